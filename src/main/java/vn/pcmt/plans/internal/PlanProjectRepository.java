package vn.pcmt.plans.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanProjectRepository extends JpaRepository<PlanProject, Long> {

    @Query("select p from PlanProject p where p.planId = :planId and p.deletedAt is null")
    List<PlanProject> findLive(Long planId);
}
