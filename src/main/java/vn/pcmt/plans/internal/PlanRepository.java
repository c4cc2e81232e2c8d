package vn.pcmt.plans.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.plans.Plan;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p where p.id = :id and p.deletedAt is null")
    Optional<Plan> findLive(Long id);

    @Query("select p from Plan p where p.provinceCode = :provinceCode and p.deletedAt is null"
            + " order by p.issuedOn desc, p.id desc")
    List<Plan> findLive(String provinceCode);

    @Query("select p from Plan p where p.deletedAt is null order by p.provinceCode, p.issuedOn desc, p.id desc")
    List<Plan> findAllLive();
}
