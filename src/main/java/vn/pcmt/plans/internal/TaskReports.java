package vn.pcmt.plans.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.plans.TaskReport;
import vn.pcmt.plans.TaskStatus;

/** The progress reports of tasks: appended, never changed. */
@Repository
public class TaskReports {

    private final JdbcClient jdbc;

    TaskReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long taskId, LocalDate on, TaskStatus status, int progress, String note, String by) {
        jdbc.sql("insert into plan_task_update (task_id, on_date, status, progress_percent, note, by_user)"
                        + " values (:t, :d, :s, :p, :n, :b)")
                .param("t", taskId)
                .param("d", on)
                .param("s", status.name())
                .param("p", progress)
                .param("n", note)
                .param("b", by)
                .update();
    }

    public List<TaskReport> of(long taskId) {
        return jdbc.sql("select * from plan_task_update where task_id = :t order by id desc")
                .param("t", taskId)
                .query((rs, i) -> new TaskReport(
                        rs.getObject("on_date", LocalDate.class),
                        TaskStatus.valueOf(rs.getString("status")),
                        rs.getInt("progress_percent"),
                        rs.getString("note"),
                        rs.getString("by_user"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
