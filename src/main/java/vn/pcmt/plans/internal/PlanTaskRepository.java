package vn.pcmt.plans.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.plans.PlanTask;

public interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    @Query(
            "select t from PlanTask t where t.planId = :planId and t.deletedAt is null order by t.dueOn nulls last, t.id")
    List<PlanTask> findLive(Long planId);

    @Query("select distinct t from PlanTask t left join t.cooperatingAgencyIds c where t.deletedAt is null"
            + " and (t.leadAgencyId = :agencyId or c = :agencyId) order by t.dueOn nulls last, t.id")
    List<PlanTask> findLiveOfAgency(Long agencyId);

    @Query("select t from PlanTask t where t.deletedAt is null and t.leadUnitId = :unitId"
            + " order by t.dueOn nulls last, t.id")
    List<PlanTask> findLiveOfUnit(Long unitId);

    @Query("select t from PlanTask t where t.deletedAt is null and t.planId in :planIds")
    List<PlanTask> findLiveOfPlans(Collection<Long> planIds);
}
