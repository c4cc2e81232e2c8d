package vn.pcmt.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.reports.Report;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByPlanIdOrderByPeriodToDescIdDesc(long planId);

    @org.springframework.data.jpa.repository.Query(
            "select r from Report r where r.status in (vn.pcmt.reports.ReportStatus.DRAFT,"
                    + " vn.pcmt.reports.ReportStatus.RETURNED) and r.dueOn is not null and r.dueOn <= :before"
                    + " order by r.dueOn")
    List<Report> findOpenDueBefore(java.time.LocalDate before);
}
