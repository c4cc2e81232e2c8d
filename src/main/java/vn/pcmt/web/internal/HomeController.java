package vn.pcmt.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.Localities;
import vn.pcmt.metrics.FigureStatus;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.people.WorkList;
import vn.pcmt.plans.PlanTasks;
import vn.pcmt.plans.TaskView;
import vn.pcmt.reports.Reports;

/** The home page: the user's work list and what they can reach from here. */
@Controller
class HomeController {

    /** Reports still to send show on the work list from this many days before their deadline. */
    static final int REPORT_WARNING_DAYS = 15;

    private final CurrentUsers users;
    private final WorkList workList;
    private final Localities drugFree;
    private final PlanTasks tasks;
    private final Reports reports;
    private final ManualFigures figures;
    private final UnitService units;
    private final Clock clock;

    HomeController(
            CurrentUsers users,
            WorkList workList,
            Localities drugFree,
            PlanTasks tasks,
            Reports reports,
            ManualFigures figures,
            UnitService units,
            Clock clock) {
        this.users = users;
        this.figures = figures;
        this.units = units;
        this.workList = workList;
        this.drugFree = drugFree;
        this.tasks = tasks;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        if (users.require().can(Permission.PERSON_READ)) {
            var items = workList.due(LocalDate.now(clock));
            model.addAttribute("workItems", items);
            model.addAttribute(
                    "workGroups",
                    items.stream()
                            .collect(java.util.stream.Collectors.groupingBy(
                                    vn.pcmt.people.WorkItem::kind,
                                    () -> new java.util.EnumMap<>(vn.pcmt.people.WorkItemKind.class),
                                    java.util.stream.Collectors.toList())));
        }
        model.addAttribute("drugFreeAlerts", drugFree.openAlerts(null));
        model.addAttribute(
                "overdueTasks", tasks.mine().stream().filter(TaskView::overdue).toList());
        model.addAttribute(
                "dueReports",
                reports.dueSoon(REPORT_WARNING_DAYS).stream()
                        .map(r -> new DueReport(
                                r.getId(),
                                reports.unitOf(r).fullName(),
                                r.getKind().name(),
                                r.getDueOn(),
                                r.getDueOn().isBefore(LocalDate.now(clock))))
                        .toList());
        String province = units.provinceCodeOf(users.get(), null);
        if (province != null && users.require().can(Permission.FIGURE_REVIEW)) {
            model.addAttribute("figuresWaiting", figures.waiting(province, FigureStatus.SUBMITTED));
        }
        if (province != null && users.require().can(Permission.FIGURE_ENTER)) {
            model.addAttribute("figuresReturned", figures.waiting(province, FigureStatus.RETURNED));
        }
        return "home";
    }

    /** A report to send soon, or late, on the work list. */
    record DueReport(long id, String unitName, String kind, LocalDate dueOn, boolean late) {}
}
