package vn.pcmt.plans;

import java.time.LocalDate;
import java.util.List;
import vn.pcmt.plans.internal.TaskReport;

/** A task as a list shows it: names of its agencies, its current due date, whether it is overdue, its reports. */
public record TaskView(
        PlanTask task,
        String planNumber,
        String leadAgency,
        List<String> cooperatingAgencies,
        LocalDate due,
        boolean overdue,
        boolean canReport,
        List<TaskReport> reports) {}
