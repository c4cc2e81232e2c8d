package vn.pcmt.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.reports.Report;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByPlanIdOrderByPeriodToDescIdDesc(long planId);
}
