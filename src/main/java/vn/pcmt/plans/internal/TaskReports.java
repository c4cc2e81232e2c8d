package vn.pcmt.plans.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The progress reports of tasks: appended, never changed. */
@Repository
public class TaskReports {

    private final JdbcClient jdbc;

    TaskReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file carried by a progress report. */
    public record File(String name, String contentType, byte[] content) {}

    public void add(long taskId, LocalDate on, TaskStatus status, int progress, String note, String by, File file) {
        jdbc.sql("insert into plan_task_update (task_id, on_date, status, progress_percent, note, by_user,"
                        + " file_name, content_type, size_bytes, content)"
                        + " values (:t, :d, :s, :p, :n, :b, :fn, :ct, :sz, :c)")
                .param("t", taskId)
                .param("d", on)
                .param("s", status.name())
                .param("p", progress)
                .param("n", note)
                .param("b", by)
                .param("fn", file == null ? null : file.name())
                .param("ct", file == null ? null : file.contentType())
                .param("sz", file == null ? null : file.content().length)
                .param("c", file == null ? null : file.content())
                .update();
    }

    /** The task of a progress report and its file, if it carries one. */
    public java.util.Optional<java.util.Map.Entry<Long, File>> file(long updateId) {
        return jdbc.sql("select task_id, file_name, content_type, content from plan_task_update"
                        + " where id = :id and content is not null")
                .param("id", updateId)
                .query((rs, i) -> java.util.Map.entry(
                        rs.getLong("task_id"),
                        new File(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"))))
                .optional();
    }

    /** The progress reports of a task, latest first. */
    public List<TaskReport> of(long taskId) {
        return of(List.of(taskId)).getOrDefault(taskId, List.of());
    }

    /** The progress reports of each of the tasks (latest first), in one query; a task without any is absent. */
    public java.util.Map<Long, List<TaskReport>> of(java.util.Collection<Long> taskIds) {
        java.util.Map<Long, List<TaskReport>> byTask = new java.util.HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        jdbc.sql("select id, task_id, on_date, status, progress_percent, note, by_user, at, file_name"
                        + " from plan_task_update where task_id in (:t) order by id desc")
                .param("t", taskIds)
                .query((java.sql.ResultSet rs) -> {
                    byTask.computeIfAbsent(rs.getLong("task_id"), k -> new java.util.ArrayList<>())
                            .add(new TaskReport(
                                    rs.getLong("id"),
                                    rs.getObject("on_date", LocalDate.class),
                                    TaskStatus.valueOf(rs.getString("status")),
                                    rs.getInt("progress_percent"),
                                    rs.getString("note"),
                                    rs.getString("by_user"),
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getString("file_name")));
                });
        return byTask;
    }
}
