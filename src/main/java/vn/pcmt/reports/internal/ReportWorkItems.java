package vn.pcmt.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.PlanTasks;
import vn.pcmt.plans.Plans;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.ReportPeriod;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegime;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.platform.WorkEntry;
import vn.pcmt.platform.WorkItems;
import vn.pcmt.reports.Report;

/**
 * The reports' part of the work list (ADR 047).
 *
 * <p><b>Reports due</b>, before anyone opens them: for each plan in force of the caller's province, each line of its
 * reporting regime that asks the caller's kind of reporter (a commune's users: communes; a district's: districts; a
 * department's staff: departments, on the plans where their agency has a task; the standing office: the province)
 * gives, for last year, this year and next, a report whose deadline is within {@value #WARNING_DAYS} days or past
 * (up to a year back), for the period {@link ReportingRegime#period} computes, unless the caller's unit or agency has
 * already sent (submitted or had accepted) that report. The item opens the report's draft when there is one, else the
 * plan's reports page where it is opened. Drafts of the caller's own reports due soon without a regime line are
 * listed as well.
 *
 * <p>A rehab facility's staff (ADR 043) are asked by the regime lines naming {@code FACILITIES}: their facility's
 * report of each such line, while the facility is open during the period and its report is not yet sent, in the same
 * window (ADR 052); they see no report of the commune the facility lies in.
 *
 * <p><b>Reports to review</b>, for the standing office: the submitted reports of the units of its province.
 */
@Component
@Order(20)
@Transactional(readOnly = true)
class ReportWorkItems implements WorkItems {

    /** Reports still to send show on the work list from this many days before their deadline. */
    static final int WARNING_DAYS = 15;

    /** A report late by more than this is no longer listed (the plan's reports page still shows who is missing). */
    static final int LATE_DAYS = 366;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CurrentUsers users;
    private final Plans plans;
    private final ReportingRegimes regimes;
    private final PlanTasks tasks;
    private final ReportRepository reports;
    private final ReportService service;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final MessageSource messages;
    private final vn.pcmt.facilities.Facilities facilities;

    ReportWorkItems(
            CurrentUsers users,
            Plans plans,
            ReportingRegimes regimes,
            PlanTasks tasks,
            ReportRepository reports,
            ReportService service,
            UnitService units,
            UnitCoverage coverage,
            MessageSource messages,
            vn.pcmt.facilities.Facilities facilities) {
        this.facilities = facilities;
        this.users = users;
        this.plans = plans;
        this.regimes = regimes;
        this.tasks = tasks;
        this.reports = reports;
        this.service = service;
        this.units = units;
        this.coverage = coverage;
        this.messages = messages;
    }

    @Override
    public List<WorkEntry> due(LocalDate today) {
        CurrentUser user = users.require();
        if (user.unitId() == null) {
            return List.of();
        }
        List<WorkEntry> entries = new ArrayList<>();
        if (user.can(Permission.REPORT_EDIT)) {
            entries.addAll(toSend(user, today));
        }
        if (user.can(Permission.PLAN_EDIT)) {
            entries.addAll(toReview());
        }
        return entries;
    }

    private List<WorkEntry> toSend(CurrentUser user, LocalDate today) {
        if (user.role().facilityScoped()) {
            return user.facilityId() == null ? List.of() : toSendOfFacility(user.facilityId(), today);
        }
        AdminUnit own = units.findById(user.unitId()).orElse(null);
        if (own == null) {
            return List.of();
        }
        Reporters reporters = user.agencyId() != null
                ? Reporters.DEPARTMENTS
                : switch (own.level()) {
                    case PROVINCE -> Reporters.PROVINCE;
                    case DISTRICT -> Reporters.DISTRICTS;
                    default -> Reporters.COMMUNES;
                };
        Set<Long> agencyPlans = new HashSet<>();
        if (reporters == Reporters.DEPARTMENTS) {
            tasks.mine().forEach(v -> agencyPlans.add(v.task().getPlanId()));
        }
        List<WorkEntry> entries = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (Plan plan : plans.list(own.provinceCode())) {
            if (!plan.isInForce() || (reporters == Reporters.DEPARTMENTS && !agencyPlans.contains(plan.getId()))) {
                continue;
            }
            // a department's report is written for the province as it is today (ReportService.open)
            Optional<AdminUnit> unit =
                    reporters == Reporters.DEPARTMENTS ? units.find(plan.getProvinceCode(), today) : Optional.of(own);
            if (unit.isEmpty()) {
                continue;
            }
            for (Due d : dueAround(plan, reporters, today)) {
                if (!inForce(unit.get(), d.period())) {
                    continue;
                }
                List<Report> same = reports.findSame(
                        plan.getId(),
                        d.kind(),
                        unit.get().id(),
                        user.agencyId(),
                        null,
                        d.period().from(),
                        d.period().to());
                if (same.stream().anyMatch(r -> !r.isEditable())) {
                    continue;
                }
                Report draft = same.isEmpty() ? null : same.get(0);
                if (draft != null) {
                    listed.add(draft.getId());
                }
                entries.add(entry(plan, d.kind(), d.period(), d.due(), today, draft, d.year()));
            }
        }
        // the caller's own drafts due soon that no regime line asked for (opened on the kind's usual days)
        for (Report r : service.dueSoon(WARNING_DAYS)) {
            boolean mine = r.getFacilityId() == null
                    && (user.agencyId() != null
                            ? user.agencyId().equals(r.getAgencyId())
                            : r.getAgencyId() == null && r.getUnitId() == user.unitId());
            if (mine && listed.add(r.getId())) {
                Plan plan = plans.get(r.getPlanId());
                entries.add(entry(
                        plan,
                        r.getKind(),
                        new ReportPeriod(r.getPeriodFrom(), r.getPeriodTo()),
                        r.getDueOn(),
                        today,
                        r,
                        r.getPeriodTo().getYear()));
            }
        }
        return entries;
    }

    /**
     * The reports a rehab facility's staff have to send (ADR 052): for each plan in force of the province the
     * facility lies in, each regime line naming {@code FACILITIES}, as {@code ReportService.open} opens them.
     */
    private List<WorkEntry> toSendOfFacility(long facilityId, LocalDate today) {
        vn.pcmt.facilities.FacilityRef facility = facilities
                .find(facilityId)
                .filter(vn.pcmt.facilities.FacilityRef::rehab)
                .orElse(null);
        AdminUnit unit =
                facility == null ? null : units.findById(facility.communeId()).orElse(null);
        if (unit == null) {
            return List.of();
        }
        List<WorkEntry> entries = new ArrayList<>();
        for (Plan plan : plans.list(unit.provinceCode())) {
            if (!plan.isInForce()) {
                continue;
            }
            for (Due d : dueAround(plan, Reporters.FACILITIES, today)) {
                ReportPeriod period = d.period();
                if (facility.validFrom().isAfter(period.to())
                        || (facility.validTo() != null && facility.validTo().isBefore(period.from()))) {
                    continue;
                }
                List<Report> same = reports.findSame(
                        plan.getId(), d.kind(), unit.id(), null, facilityId, period.from(), period.to());
                if (same.stream().anyMatch(r -> !r.isEditable())) {
                    continue;
                }
                entries.add(
                        entry(plan, d.kind(), period, d.due(), today, same.isEmpty() ? null : same.get(0), d.year()));
            }
        }
        return entries;
    }

    /** A report a regime line asks for a year: its kind, its period and the day it is due. */
    private record Due(ReportKind kind, int year, ReportPeriod period, LocalDate due) {}

    /**
     * The reports the plan's regime lines naming these reporters ask for (ad hoc ones aside) that fall due around
     * today: from {@link #LATE_DAYS} ago to {@link #WARNING_DAYS} ahead, over a period that is not empty; a line whose
     * period or due day cannot be worked out for a year is passed over for that year.
     */
    private List<Due> dueAround(Plan plan, Reporters reporters, LocalDate today) {
        LocalDate horizon = today.plusDays(WARNING_DAYS);
        LocalDate oldest = today.minusDays(LATE_DAYS);
        List<Due> list = new ArrayList<>();
        for (ReportingRegime regime : regimes.of(plan.getId())) {
            if (regime.getReporters() != reporters || regime.getKind() == ReportKind.AD_HOC) {
                continue;
            }
            for (int year : years(plan, regime.getKind(), today)) {
                ReportPeriod period;
                LocalDate due;
                try {
                    period = regime.period(year, plan, today);
                    due = regime.due(year, plan, today);
                } catch (RuleViolationException | java.time.DateTimeException e) {
                    continue;
                }
                if (due == null
                        || due.isAfter(horizon)
                        || due.isBefore(oldest)
                        || period.from().isAfter(period.to())) {
                    continue;
                }
                list.add(new Due(regime.getKind(), year, period, due));
            }
        }
        return list;
    }

    /** The years whose report may fall due around today: the plan's last for a final report, else three. */
    private static List<Integer> years(Plan plan, ReportKind kind, LocalDate today) {
        int first = plan.getPeriodFrom().getYear();
        int last = plan.getPeriodTo().getYear();
        if (kind == ReportKind.FINAL) {
            return List.of(last);
        }
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            if (y >= first && y <= last) {
                years.add(y);
            }
        }
        return years;
    }

    private static boolean inForce(AdminUnit unit, ReportPeriod period) {
        return (unit.validFrom() == null || !unit.validFrom().isAfter(period.to()))
                && (unit.validTo() == null || !unit.validTo().isBefore(period.from()));
    }

    private WorkEntry entry(
            Plan plan, ReportKind kind, ReportPeriod period, LocalDate due, LocalDate today, Report draft, int year) {
        boolean late = due.isBefore(today);
        String state = draft == null
                ? "work.report.notOpened"
                : draft.getStatus() == ReportStatus.RETURNED ? "work.report.returned" : "work.report.draft";
        String detail = text(
                        "work.report.period",
                        period.from().format(DAY),
                        period.to().format(DAY),
                        due.format(DAY))
                + " · " + text(state);
        String href = draft != null
                ? "/reports/" + draft.getId()
                : "/plans/" + plan.getId() + "/reports?year=" + year + "&kind=" + kind.name() + "#open-report";
        return new WorkEntry(
                late ? "REPORT_LATE" : "REPORT_DUE",
                late,
                text("work.report.title", text("report.kind." + kind.name()), planName(plan)),
                detail,
                due,
                href);
    }

    private List<WorkEntry> toReview() {
        var jurisdiction = coverage.current();
        List<Report> submitted = reports.findByStatusOrderByDueOnAscIdAsc(ReportStatus.SUBMITTED).stream()
                .filter(r -> coverage.covers(jurisdiction, r.getUnitId()))
                .toList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = service.reporterNames(submitted);
        Map<Long, Plan> planCache = new java.util.HashMap<>();
        List<WorkEntry> entries = new ArrayList<>();
        for (Report r : submitted) {
            Plan plan = planCache.computeIfAbsent(r.getPlanId(), plans::get);
            if (!plans.coversProvince(plan.getProvinceCode())) {
                continue;
            }
            entries.add(new WorkEntry(
                    "REPORT_TO_REVIEW",
                    false,
                    text("work.report.title", text("report.kind." + r.getKind().name()), planName(plan)),
                    names.get(r.getId())
                            + " · "
                            + (r.getDueOn() == null
                                    ? text(
                                            "work.report.periodOnly",
                                            r.getPeriodFrom().format(DAY),
                                            r.getPeriodTo().format(DAY))
                                    : text(
                                            "work.report.period",
                                            r.getPeriodFrom().format(DAY),
                                            r.getPeriodTo().format(DAY),
                                            r.getDueOn().format(DAY))),
                    r.getDueOn() != null ? r.getDueOn() : r.getPeriodTo(),
                    "/reports/" + r.getId()));
        }
        return entries;
    }

    private static String planName(Plan plan) {
        return plan.getNumber() != null && !plan.getNumber().isBlank() ? plan.getNumber() : plan.getTitle();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
