package vn.pcmt.localities.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.platform.WorkEntry;
import vn.pcmt.platform.WorkItems;

/**
 * The key localities' part of the work list (ADR 047): for those who keep key localities (the standing office), the
 * open tasks of the transformation plans in their jurisdiction that are overdue or due within
 * {@value #WARNING_DAYS} days; each opens its locality's page, where it is marked done.
 */
@Component
@Order(35)
class LocalityWorkItems implements WorkItems {

    static final int WARNING_DAYS = 15;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final UnitCoverage coverage;
    private final MessageSource messages;

    LocalityWorkItems(JdbcClient jdbc, UnitCoverage coverage, MessageSource messages) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.messages = messages;
    }

    @Override
    public List<WorkEntry> due(LocalDate today) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> "LOCALITY_EDIT".equals(a.getAuthority()))) {
            return List.of();
        }
        String jurisdiction = UnitCoverage.sqlCondition(coverage.current(), "k.unit_id");
        return jdbc.sql("select t.text, t.due_on, k.id as locality_id, u.full_name as unit_name"
                        + " from key_locality_task t join key_locality k on k.id = t.locality_id"
                        + " join admin_unit u on u.id = k.unit_id"
                        + " where t.deleted_at is null and k.deleted_at is null and t.done_on is null"
                        + " and t.due_on is not null and t.due_on <= :horizon and " + jurisdiction
                        + " order by t.due_on, t.id")
                .param("horizon", today.plusDays(WARNING_DAYS))
                .query((rs, n) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    boolean late = due.isBefore(today);
                    return new WorkEntry(
                            late ? "TASK_OVERDUE" : "TASK_DUE",
                            late,
                            rs.getString("text"),
                            messages.getMessage(
                                    "work.locality.task",
                                    new Object[] {rs.getString("unit_name"), due.format(DAY)},
                                    LocaleContextHolder.getLocale()),
                            due,
                            "/localities/" + rs.getLong("locality_id"));
                })
                .list();
    }
}
