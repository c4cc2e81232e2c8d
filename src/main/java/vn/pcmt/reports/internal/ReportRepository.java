package vn.pcmt.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.reports.Report;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByPlanIdOrderByPeriodToDescIdDesc(long planId);

    /** The report a unit or a department already has on a plan for a kind and period, if any. */
    @org.springframework.data.jpa.repository.Query(
            "select r from Report r where r.planId = :planId and r.kind = :kind and r.unitId = :unitId"
                    + " and ((:agencyId is null and r.agencyId is null) or r.agencyId = :agencyId)"
                    + " and ((:facilityId is null and r.facilityId is null) or r.facilityId = :facilityId)"
                    + " and r.periodFrom = :from and r.periodTo = :to")
    List<Report> findSame(
            long planId,
            vn.pcmt.plans.ReportKind kind,
            long unitId,
            Long agencyId,
            Long facilityId,
            java.time.LocalDate from,
            java.time.LocalDate to);

    @org.springframework.data.jpa.repository.Query(
            "select r from Report r where r.status in (vn.pcmt.reports.internal.ReportStatus.DRAFT,"
                    + " vn.pcmt.reports.internal.ReportStatus.RETURNED) and r.dueOn is not null and r.dueOn <= :before"
                    + " order by r.dueOn")
    List<Report> findOpenDueBefore(java.time.LocalDate before);

    /** Reports in a status, earliest deadline first: the submitted ones wait for the standing office's review. */
    List<Report> findByStatusOrderByDueOnAscIdAsc(ReportStatus status);
}
