package vn.pcmt.plans.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    @Query("select b from BudgetLine b where b.projectId = :projectId and b.deletedAt is null"
            + " order by b.year, b.agencyId, b.source, b.id")
    List<BudgetLine> findLive(Long projectId);

    @Query("select count(b) from BudgetLine b where b.projectId = :projectId and b.deletedAt is null")
    long countLive(Long projectId);
}
