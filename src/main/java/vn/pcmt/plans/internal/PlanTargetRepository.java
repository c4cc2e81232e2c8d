package vn.pcmt.plans.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

    @Query("select t from PlanTarget t where t.planId = :planId and t.deletedAt is null order by t.id")
    List<PlanTarget> findLive(Long planId);
}
