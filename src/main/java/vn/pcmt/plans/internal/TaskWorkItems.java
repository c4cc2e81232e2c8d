package vn.pcmt.plans.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.plans.PlanTasks;
import vn.pcmt.plans.TaskView;
import vn.pcmt.platform.WorkEntry;
import vn.pcmt.platform.WorkItems;

/**
 * The plans' part of the work list (ADR 047): the open tasks of the caller's agency, unit or (standing office)
 * province that are overdue, or due within {@value #WARNING_DAYS} days; each links to its progress form when the
 * caller may report on it.
 */
@Component
@Order(30)
class TaskWorkItems implements WorkItems {

    /** Tasks show on the work list from this many days before they fall due. */
    static final int WARNING_DAYS = 15;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CurrentUsers users;
    private final PlanTasks tasks;
    private final MessageSource messages;

    TaskWorkItems(CurrentUsers users, PlanTasks tasks, MessageSource messages) {
        this.users = users;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<WorkEntry> due(LocalDate today) {
        var user = users.require();
        if (!user.can(Permission.TASK_UPDATE) && !user.can(Permission.PLAN_EDIT)) {
            return List.of();
        }
        LocalDate horizon = today.plusDays(WARNING_DAYS);
        List<WorkEntry> entries = new ArrayList<>();
        for (TaskView v : tasks.mine()) {
            if (v.due() == null || !v.task().getStatus().isOpen() || v.due().isAfter(horizon)) {
                continue;
            }
            String who = v.leadAgency() != null ? v.leadAgency() : "";
            String detail = (v.planNumber() != null ? v.planNumber() + " · " : "")
                    + (who.isBlank() ? "" : who + " · ")
                    + messages.getMessage(
                            "plan.task.dueText", new Object[] {v.due().format(DAY)}, LocaleContextHolder.getLocale());
            entries.add(new WorkEntry(
                    v.overdue() ? "TASK_OVERDUE" : "TASK_DUE",
                    v.overdue(),
                    v.task().getText(),
                    detail,
                    v.due(),
                    v.canReport() ? "/tasks#status" + v.task().getId() : "/tasks"));
        }
        return entries;
    }
}
