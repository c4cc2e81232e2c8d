package vn.pcmt.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.PlanTask;
import vn.pcmt.plans.PlanTasks;
import vn.pcmt.plans.TaskView;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.RuleViolationException;

/**
 * Tasks that plans give to the agencies of the province or to its units (a commune's or a district's steering
 * committee): the standing office enters them; the lead and cooperating agencies, or the unit's users, report
 * progress; every report is kept; overdue tasks are flagged.
 */
@Service
@Transactional
public class TaskService implements PlanTasks {

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final PlanTaskRepository tasks;
    private final TaskReports reports;
    private final AgencyService agencies;
    private final CurrentUsers users;
    private final UnitService units;
    private final Clock clock;

    TaskService(
            PlanService plans,
            PlanRepository planRepository,
            PlanTaskRepository tasks,
            TaskReports reports,
            AgencyService agencies,
            CurrentUsers users,
            UnitService units,
            Clock clock) {
        this.units = units;
        this.plans = plans;
        this.planRepository = planRepository;
        this.tasks = tasks;
        this.reports = reports;
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public PlanTask add(long planId, PlanTaskForm form) {
        Plan plan = writable(planId);
        if (form.toUnit() == (form.leadAgencyId() != null)) {
            throw RuleViolationException.onField("leadAgencyId", "plan.task.oneLead");
        }
        Long unitId = form.toUnit() ? unitOf(plan, form.leadUnitCode()).id() : null;
        if (unitId == null) {
            agencyOf(plan, form.leadAgencyId());
        }
        form.cooperating().forEach(id -> agencyOf(plan, id));
        if (form.dueOn() != null && (form.dueOn().isBefore(plan.getPeriodFrom().minusYears(1)))) {
            throw new RuleViolationException("plan.task.dueBeforePlan", plan.getPeriodFrom());
        }
        return tasks.saveAndFlush(new PlanTask(planId, form, unitId));
    }

    /**
     * The units a plan's tasks may go to: the communes of its province, and before 1/7/2025 its districts, in force
     * at the end of the plan's period (today when it runs on), in Vietnamese order.
     */
    @Transactional(readOnly = true)
    public List<vn.pcmt.geo.AdminUnit> unitsFor(Plan plan) {
        LocalDate on = unitDate(plan);
        var province = units.find(plan.getProvinceCode(), on).orElse(null);
        if (province == null) {
            return List.of();
        }
        List<vn.pcmt.geo.AdminUnit> list = new ArrayList<>(units.coveredOn(province, UnitLevel.DISTRICT, on));
        list.addAll(units.coveredOn(province, UnitLevel.COMMUNE, on));
        return list.stream()
                .filter(u -> plan.getProvinceCode().equals(u.provinceCode()))
                .sorted(vn.pcmt.text.VietnameseText.comparing(vn.pcmt.geo.AdminUnit::fullName))
                .toList();
    }

    /** A commune or district of the plan's province, by code, as in force at the end of the plan's period. */
    private vn.pcmt.geo.AdminUnit unitOf(Plan plan, String code) {
        return units.find(code.strip(), unitDate(plan))
                .filter(u -> u.level() != UnitLevel.PROVINCE
                        && plan.getProvinceCode().equals(u.provinceCode()))
                .orElseThrow(() -> RuleViolationException.onField("leadUnitCode", "plan.task.unitUnknown", code));
    }

    private LocalDate unitDate(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        return plan.getPeriodTo().isBefore(today) ? plan.getPeriodTo() : today;
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long planId, long taskId, long version) {
        writable(planId);
        PlanTask task = Part.deleteAsRead(
                tasks.findById(taskId), planId, version, users.require().username(), Instant.now(clock));
        tasks.saveAndFlush(task);
    }

    /** The tasks of a plan, with what the current user may do with each. */
    @Transactional(readOnly = true)
    @Override
    public List<TaskView> ofPlan(long planId) {
        Plan plan = plans.get(planId);
        return views(tasks.findLive(planId), id -> plan);
    }

    /**
     * The tasks that concern the current user: those of their agency (a department), or those of every plan of
     * their province (the standing office); overdue first.
     */
    @Transactional(readOnly = true)
    @Override
    public List<TaskView> mine() {
        CurrentUser user = users.require();
        List<PlanTask> list;
        if (user.agencyId() != null) {
            list = tasks.findLiveOfAgency(user.agencyId());
        } else if (user.can(Permission.PLAN_EDIT) && user.unitId() != null) {
            String province = units.findById(user.unitId()).orElseThrow().provinceCode();
            List<Long> ids = plans.list(province).stream().map(Plan::getId).toList();
            list = ids.isEmpty() ? List.of() : tasks.findLiveOfPlans(ids);
        } else if (user.unitId() != null) {
            // a commune's (or district's) own tasks, given to its steering committee or people's committee
            list = tasks.findLiveOfUnit(user.unitId());
        } else {
            list = List.of();
        }
        Map<Long, Plan> planCache = new HashMap<>();
        return views(
                        list,
                        id -> planCache.computeIfAbsent(
                                id, k -> planRepository.findLive(k).orElseThrow()))
                .stream()
                .sorted(Comparator.comparing((TaskView v) -> !v.overdue())
                        .thenComparing(v -> v.due() == null ? LocalDate.MAX : v.due()))
                .toList();
    }

    /** A progress report by the lead or a cooperating agency, or by the standing office. */
    @PreAuthorize("hasAuthority('TASK_UPDATE')")
    public PlanTask report(long taskId, TaskUpdateForm form) {
        return report(taskId, form, null, null);
    }

    /**
     * A progress report with a file (PDF, JPEG or PNG, checked by its first bytes, at most 5 MB): the agency's
     * report, minutes, photos. A file refused changes nothing.
     */
    @PreAuthorize("hasAuthority('TASK_UPDATE')")
    public PlanTask report(long taskId, TaskUpdateForm form, String fileName, byte[] content) {
        TaskReports.File file = content == null || content.length == 0
                ? null
                : new TaskReports.File(
                        vn.pcmt.platform.Attachments.safeName(fileName, "tep-dinh-kem"),
                        vn.pcmt.platform.Attachments.check(content),
                        content);
        PlanTask task = tasks.findById(taskId).orElseThrow();
        Plan plan = plans.get(task.getPlanId());
        if (!canReport(plan, task)) {
            throw new AccessDeniedException("not an agency of the task");
        }
        if (!Objects.equals(form.version(), task.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(PlanTask.class, taskId);
        }
        if (!task.getStatus().isOpen() && task.getRecurrence() == Recurrence.NONE) {
            throw new RuleViolationException("plan.task.closed");
        }
        task.report(form.status(), form.progressPercent());
        PlanTask saved = tasks.saveAndFlush(task);
        reports.add(
                taskId,
                LocalDate.now(clock),
                form.status(),
                saved.getProgressPercent(),
                form.note() == null || form.note().isBlank()
                        ? null
                        : form.note().strip(),
                users.require().username(),
                file);
        return saved;
    }

    /** The file of a progress report, for whoever may read the task's plan. */
    @Transactional(readOnly = true)
    public TaskReports.File file(long updateId) {
        var entry = reports.file(updateId).orElseThrow();
        PlanTask task = tasks.findById(entry.getKey()).orElseThrow();
        plans.get(task.getPlanId());
        return entry.getValue();
    }

    /**
     * The views of the tasks, their progress reports read in one query and each agency's name, each plan and whether
     * the user may edit each province looked up once.
     */
    private List<TaskView> views(List<PlanTask> list, Function<Long, Plan> planOf) {
        Map<Long, List<TaskReport>> histories =
                reports.of(list.stream().map(PlanTask::getId).toList());
        Map<Long, String> agencyNames = new HashMap<>();
        Function<Long, String> agencyName = id -> agencyNames.computeIfAbsent(id, this::agencyName);
        Map<String, Boolean> editsProvince = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<TaskView> views = new ArrayList<>();
        for (PlanTask task : list) {
            Plan plan = planOf.apply(task.getPlanId());
            List<TaskReport> history = histories.getOrDefault(task.getId(), List.of());
            LocalDate lastReport = history.isEmpty() ? null : history.get(0).onDate();
            LocalDate due =
                    task.getRecurrence() == Recurrence.NONE ? task.getDueOn() : task.currentDue(lastReport, today);
            boolean overdue = task.getStatus().isOpen() && due != null && due.isBefore(today);
            boolean canReport =
                    canReport(task, () -> editsProvince.computeIfAbsent(plan.getProvinceCode(), plans::coversProvince));
            views.add(new TaskView(
                    task,
                    plan.numberShown(),
                    task.getLeadAgencyId() != null
                            ? agencyName.apply(task.getLeadAgencyId())
                            : units.findById(task.getLeadUnitId())
                                    .map(vn.pcmt.geo.AdminUnit::fullName)
                                    .orElse("—"),
                    task.getCooperatingAgencyIds().stream()
                            .map(agencyName)
                            .sorted()
                            .toList(),
                    due,
                    overdue,
                    canReport,
                    history));
        }
        return views;
    }

    private boolean canReport(Plan plan, PlanTask task) {
        return canReport(task, () -> plans.coversProvince(plan.getProvinceCode()));
    }

    /**
     * An agency of the task, a user of the unit it was given to, or the standing office of a province the user may
     * edit (asked only when needed).
     */
    private boolean canReport(PlanTask task, BooleanSupplier editsProvince) {
        CurrentUser user = users.require();
        if (!user.can(Permission.TASK_UPDATE)) {
            return false;
        }
        return task.involves(user.agencyId())
                || (user.agencyId() == null && task.givenTo(user.unitId()))
                || (user.can(Permission.PLAN_EDIT) && editsProvince.getAsBoolean());
    }

    private String agencyName(long id) {
        return agencies.find(id).map(Agency::getName).orElse("—");
    }

    private Agency agencyOf(Plan plan, long agencyId) {
        Agency agency = agencies.find(agencyId)
                .filter(a -> a.getProvinceCode().equals(plan.getProvinceCode()))
                .orElseThrow(() -> new RuleViolationException("plan.task.agencyUnknown"));
        if (!agency.inForceDuring(plan.getPeriodFrom(), plan.getPeriodTo())) {
            throw new RuleViolationException(
                    "plan.task.agencyNotInForce", agency.getName(), plan.getPeriodFrom(), plan.getPeriodTo());
        }
        return agency;
    }

    private Plan writable(long planId) {
        Plan plan = plans.get(planId);
        if (!plans.coversProvince(plan.getProvinceCode())) {
            throw new OutsideJurisdictionException();
        }
        plan.getStatus().check(PlanAction.EDIT_CONTENT);
        return plan;
    }
}
