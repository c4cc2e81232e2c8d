package vn.pcmt.reports.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps of reports: appended, never changed. */
@Repository
public class ReportSteps {

    private final JdbcClient jdbc;

    ReportSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long reportId, ReportAction step, ReportStatus status, String note, String by) {
        jdbc.sql("insert into report_step (report_id, step, status, note, by_user) values (:r, :s, :st, :n, :b)")
                .param("r", reportId)
                .param("s", step.name())
                .param("st", status.name())
                .param("n", note)
                .param("b", by)
                .update();
    }

    public List<ReportStep> of(long reportId) {
        return jdbc.sql("select * from report_step where report_id = :r order by id")
                .param("r", reportId)
                .query((rs, i) -> new ReportStep(
                        rs.getString("step"),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("note"),
                        rs.getString("by_user"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
