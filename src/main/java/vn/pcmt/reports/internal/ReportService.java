package vn.pcmt.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.PlanTasks;
import vn.pcmt.plans.Plans;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.ReportPeriod;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegime;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.reports.Report;
import vn.pcmt.reports.Reports;
import vn.pcmt.text.VietnameseText;

/**
 * Reports on plans: a commune or the province opens one for a period; it is pre-filled with the progress of every
 * target for its unit; the reporter writes the narrative and submits (the figures of that moment are kept); the
 * standing office returns it with a comment or accepts it.
 */
@Service
@Transactional
public class ReportService implements Reports {

    private static final TypeReference<List<TargetProgress>> FIGURES = new TypeReference<>() {};

    private final ReportRepository reports;
    private final ReportSteps steps;
    private final Plans plans;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final CurrentUsers users;
    private final ObjectMapper json;
    private final ReportDocx docx;
    private final ReportPdf pdf;
    private final ReportXlsx xlsx;
    private final ReportingRegimes regimes;
    private final PlanTasks tasks;
    private final AgencyService agencies;
    private final DocumentIssuers issuers;
    private final Clock clock;
    private final vn.pcmt.facilities.Facilities facilities;

    ReportService(
            ReportRepository reports,
            ReportSteps steps,
            Plans plans,
            UnitService units,
            UnitCoverage coverage,
            CurrentUsers users,
            ObjectMapper json,
            ReportDocx docx,
            ReportPdf pdf,
            ReportXlsx xlsx,
            ReportingRegimes regimes,
            PlanTasks tasks,
            AgencyService agencies,
            DocumentIssuers issuers,
            Clock clock,
            vn.pcmt.facilities.Facilities facilities) {
        this.facilities = facilities;
        this.issuers = issuers;
        this.regimes = regimes;
        this.tasks = tasks;
        this.agencies = agencies;
        this.docx = docx;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.reports = reports;
        this.steps = steps;
        this.plans = plans;
        this.units = units;
        this.coverage = coverage;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Opens a report on a plan: a department's (the caller's agency, when they belong to one), or a unit's (the
     * caller's own; naming it is allowed, naming another unit is not: only a unit's own reporters open its report,
     * except that the standing office enters the report of a unit no longer in force, such as a district before
     * 1/7/2025, which has no reporters of its own any more). The year lies within the plan's period, and a unit or
     * department has one report of a kind for a period (ad hoc reports excepted). Its period starts, ends and it
     * falls due as the plan's reporting regime says for that kind and those reporters (or on the usual days of its
     * kind when the regime is silent), never before the plan starts; the unit must be in force during it.
     */
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    public Report open(long planId, ReportKind kind, int year, String unitCode) {
        Plan plan = plans.get(planId);
        var user = users.require();
        if (coverage.current().isFacility()) {
            return openOfFacility(plan, kind, year, coverage.current().facilityId());
        }
        boolean unitNamed = unitCode != null && !unitCode.isBlank();
        if (user.agencyId() != null && unitNamed) {
            throw new org.springframework.security.access.AccessDeniedException("a department reports for itself");
        }
        if (year < plan.getPeriodFrom().getYear() || year > plan.getPeriodTo().getYear()) {
            throw new RuleViolationException(
                    "report.year.outsidePlan",
                    String.valueOf(year),
                    String.valueOf(plan.getPeriodFrom().getYear()),
                    String.valueOf(plan.getPeriodTo().getYear()));
        }
        LocalDate today = LocalDate.now(clock);
        Long agencyId = unitNamed ? null : user.agencyId();
        AdminUnit unit = agencyId != null
                ? units.find(plan.getProvinceCode(), today).orElseThrow()
                : unitCode == null || unitCode.isBlank()
                        ? units.findById(Objects.requireNonNull(users.require().unitId()))
                                .orElseThrow()
                        : unitOfYear(unitCode.strip(), year, today);
        coverage.check(unit.id());
        boolean own = user.unitId() != null && user.unitId() == unit.id();
        boolean historic = !unit.validOn(today) && user.can(vn.pcmt.access.Permission.PLAN_EDIT);
        if (agencyId == null && !own && !historic) {
            throw new org.springframework.security.access.AccessDeniedException("only the unit's own reporters");
        }
        if (!plan.getProvinceCode().equals(unit.provinceCode())) {
            throw new RuleViolationException("report.unit.otherProvince", unit.fullName());
        }
        Reporters reporters = agencyId != null
                ? Reporters.DEPARTMENTS
                : switch (unit.level()) {
                    case PROVINCE -> Reporters.PROVINCE;
                    case DISTRICT -> Reporters.DISTRICTS;
                    default -> Reporters.COMMUNES;
                };
        Optional<ReportingRegime> regime = regimes.find(planId, kind, reporters);
        ReportPeriod period = regime.map(r -> r.period(year, plan, today))
                .orElseGet(() -> ReportPeriod.of(kind, year, plan, today, null, null, null, null));
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        if ((unit.validFrom() != null && unit.validFrom().isAfter(to))
                || (unit.validTo() != null && unit.validTo().isBefore(from))) {
            throw new RuleViolationException("report.unit.notInForce", unit.fullName(), from, to);
        }
        if (kind != ReportKind.AD_HOC) {
            for (Report same : reports.findSame(planId, kind, unit.id(), agencyId, null, from, to)) {
                throw new RuleViolationException(Map.of("existingId", same.getId()), "report.exists", same.getId());
            }
        }
        LocalDate due = kind == ReportKind.AD_HOC
                ? null
                : regime.map(r -> r.due(year, plan, today)).orElse(to);
        Report report = reports.saveAndFlush(new Report(planId, kind, unit.id(), agencyId, from, to, due));
        steps.add(
                report.getId(),
                ReportAction.OPEN,
                report.getStatus(),
                null,
                users.require().username());
        return report;
    }

    /**
     * Opens the report of the caller's facility (ADR 043): the plan's regime for FACILITIES sets its period and due
     * day; the facility lies in the plan's province and is open during the period; one report of a kind a period.
     */
    private Report openOfFacility(Plan plan, ReportKind kind, int year, long facilityId) {
        vn.pcmt.facilities.FacilityRef facility = facilities
                .find(facilityId)
                .filter(vn.pcmt.facilities.FacilityRef::rehab)
                .orElseThrow(OutsideJurisdictionException::new);
        if (year < plan.getPeriodFrom().getYear() || year > plan.getPeriodTo().getYear()) {
            throw new RuleViolationException(
                    "report.year.outsidePlan",
                    String.valueOf(year),
                    String.valueOf(plan.getPeriodFrom().getYear()),
                    String.valueOf(plan.getPeriodTo().getYear()));
        }
        AdminUnit unit = units.findById(facility.communeId()).orElseThrow();
        if (!plan.getProvinceCode().equals(unit.provinceCode())) {
            throw new RuleViolationException("report.unit.otherProvince", facility.name());
        }
        LocalDate today = LocalDate.now(clock);
        ReportingRegime regime = regimes.find(plan.getId(), kind, Reporters.FACILITIES)
                .orElseThrow(() -> new RuleViolationException("report.facility.noRegime"));
        ReportPeriod period = regime.period(year, plan, today);
        if (period.from().isAfter(period.to())) {
            throw new RuleViolationException("period.invalid", period.from(), period.to());
        }
        if (facility.validFrom().isAfter(period.to())
                || (facility.validTo() != null && facility.validTo().isBefore(period.from()))) {
            throw new RuleViolationException("report.unit.notInForce", facility.name(), period.from(), period.to());
        }
        if (kind != ReportKind.AD_HOC) {
            for (Report same :
                    reports.findSame(plan.getId(), kind, unit.id(), null, facilityId, period.from(), period.to())) {
                throw new RuleViolationException(Map.of("existingId", same.getId()), "report.exists", same.getId());
            }
        }
        LocalDate due = kind == ReportKind.AD_HOC ? null : regime.due(year, plan, today);
        Report report =
                reports.saveAndFlush(new Report(plan.getId(), kind, unit.id(), null, period.from(), period.to(), due)
                        .ofFacility(facilityId));
        steps.add(
                report.getId(),
                ReportAction.OPEN,
                report.getStatus(),
                null,
                users.require().username());
        return report;
    }

    /**
     * Whether the caller may read the report: a facility's report by its staff (and those who cover its unit); a
     * facility's staff read nothing else (ADR 043).
     */
    private boolean visible(vn.pcmt.geo.Jurisdiction jurisdiction, Report report) {
        if (jurisdiction.isFacility()) {
            return report.getFacilityId() != null && jurisdiction.isFacility(report.getFacilityId());
        }
        return coverage.covers(jurisdiction, report.getUnitId());
    }

    /** A unit named by code: the one in force today, else the one of that code during the year of the report. */
    private AdminUnit unitOfYear(String code, int year, LocalDate today) {
        return units.find(code, today)
                .or(() -> units.find(code, LocalDate.of(year, 12, 31)))
                .or(() -> units.find(code, LocalDate.of(year, 1, 1)))
                .orElseThrow();
    }

    /** The reports of a plan whose unit the caller's jurisdiction covers. */
    @Transactional(readOnly = true)
    public List<Report> ofPlan(long planId) {
        plans.get(planId);
        var jurisdiction = coverage.current();
        return reports.findByPlanIdOrderByPeriodToDescIdDesc(planId).stream()
                .filter(r -> visible(jurisdiction, r))
                .toList();
    }

    /**
     * Reports still to be sent (draft or returned) whose deadline is past or within the days given, among the units
     * the caller's jurisdiction covers: for the work list.
     */
    @Transactional(readOnly = true)
    @Override
    public List<Report> dueSoon(int days) {
        var jurisdiction = coverage.current();
        return reports.findOpenDueBefore(LocalDate.now(clock).plusDays(days)).stream()
                .filter(r -> visible(jurisdiction, r))
                .toList();
    }

    @Transactional(readOnly = true)
    public Report get(long id) {
        Report report = reports.findById(id).orElseThrow();
        if (!visible(coverage.current(), report)) {
            throw new OutsideJurisdictionException();
        }
        return report;
    }

    @Transactional(readOnly = true)
    @Override
    public AdminUnit unitOf(Report report) {
        return units.findById(report.getUnitId()).orElseThrow();
    }

    /** Who sends the report: the department, or the unit. */
    @Transactional(readOnly = true)
    public String reporterName(Report report) {
        return reporterNames(List.of(report)).get(report.getId());
    }

    /** Who sends each report (by report id): the department, or the unit; each looked up once. */
    @Transactional(readOnly = true)
    public Map<Long, String> reporterNames(Collection<Report> list) {
        Map<Long, String> agencyNames = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Report r : list) {
            if (r.getFacilityId() != null) {
                names.put(
                        r.getId(),
                        facilities
                                .find(r.getFacilityId())
                                .map(vn.pcmt.facilities.FacilityRef::name)
                                .orElse("—"));
                continue;
            }
            names.put(
                    r.getId(),
                    r.getAgencyId() != null
                            ? agencyNames.computeIfAbsent(
                                    r.getAgencyId(),
                                    a -> agencies.find(a).map(Agency::getName).orElse("—"))
                            : unitNames.computeIfAbsent(
                                    r.getUnitId(),
                                    u -> units.findById(u).orElseThrow().fullName()));
        }
        return names;
    }

    /**
     * The accepted reports of the same plan, kind and year from the communes and departments beneath a province's
     * own report, in Vietnamese order of who sent them, with their names: what the province's report gathers. Empty
     * for any other report.
     */
    @Transactional(readOnly = true)
    public Gathered gathered(long id) {
        Report report = get(id);
        if (report.getAgencyId() != null || unitOf(report).level() != UnitLevel.PROVINCE) {
            return new Gathered(List.of(), Map.of());
        }
        List<Report> parts = reports.findByPlanIdOrderByPeriodToDescIdDesc(report.getPlanId()).stream()
                .filter(r -> r.getStatus() == ReportStatus.ACCEPTED
                        && r.getKind() == report.getKind()
                        && r.getPeriodTo().getYear() == report.getPeriodTo().getYear()
                        && (r.getAgencyId() != null || r.getUnitId() != report.getUnitId()))
                .toList();
        Map<Long, String> names = reporterNames(parts);
        return new Gathered(
                parts.stream()
                        .sorted(java.util.Comparator.comparing(
                                r -> names.get(r.getId()), VietnameseText.comparing(s -> s)))
                        .toList(),
                names);
    }

    /** The reports a province's report gathers, and who sent each (by report id). */
    public record Gathered(List<Report> reports, Map<Long, String> names) {}

    /**
     * Fills the province's draft with the narrative of the accepted reports it gathers, each part headed by who sent
     * it; the office then edits it. Nothing else changes.
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Report gather(long id, long version) {
        Report report = editable(id, version, ReportAction.GATHER);
        Gathered gathered = gathered(id);
        List<Report> parts = gathered.reports();
        if (parts.isEmpty()) {
            throw new RuleViolationException("report.gather.none");
        }
        Map<Long, String> names = gathered.names();
        report.write(new ReportText(
                report.getNumber(),
                join(parts, names, Report::getResults),
                join(parts, names, Report::getLimits),
                join(parts, names, Report::getCauses),
                join(parts, names, Report::getProposals),
                version));
        Report saved = reports.saveAndFlush(report);
        steps.add(
                id,
                ReportAction.GATHER,
                saved.getStatus(),
                parts.size() + "",
                users.require().username());
        return saved;
    }

    private static String join(
            List<Report> parts, Map<Long, String> names, java.util.function.Function<Report, String> section) {
        StringBuilder text = new StringBuilder();
        for (Report part : parts) {
            String value = section.apply(part);
            if (value != null && !value.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(names.get(part.getId())).append(": ").append(value.strip());
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /**
     * Who has not yet sent a report the regime asks for this year (none submitted or accepted): each commune, or
     * each district, of the province in force at the end of the report's period (for districts, on their last day,
     * 30/6/2025, when the period ends later), asked of the database for that date, so a 2021 report asks the communes
     * and districts of 2021; or each department with a task in the plan. For the standing office.
     */
    @Transactional(readOnly = true)
    public List<String> outstanding(long planId, ReportKind kind, int year) {
        Plan plan = plans.get(planId);
        if (!plans.coversProvince(plan.getProvinceCode())) {
            return List.of();
        }
        List<Report> sent = reports.findByPlanIdOrderByPeriodToDescIdDesc(planId).stream()
                .filter(r -> r.getKind() == kind
                        && r.getPeriodTo().getYear() == year
                        && (r.getStatus() == ReportStatus.SUBMITTED || r.getStatus() == ReportStatus.ACCEPTED))
                .toList();
        List<String> missing = new java.util.ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (ReportingRegime regime : regimes.of(planId)) {
            if (regime.getKind() != kind) {
                continue;
            }
            if (regime.getReporters() == Reporters.COMMUNES || regime.getReporters() == Reporters.DISTRICTS) {
                reporterUnits(plan, regime, year, today).stream()
                        .filter(c -> sent.stream()
                                .noneMatch(r -> r.getAgencyId() == null
                                        && r.getFacilityId() == null
                                        && r.getUnitId() == c.id()))
                        .forEach(c -> missing.add(c.fullName()));
            } else if (regime.getReporters() == Reporters.FACILITIES) {
                // the rehab facilities of the province open on the last day of the report's period (ADR 043)
                LocalDate end = regime.period(year, plan, today).to();
                units.find(plan.getProvinceCode(), end).or(() -> units.find(plan.getProvinceCode(), today)).stream()
                        .flatMap(province -> facilities.rehabIn(province.id(), end).stream())
                        .filter(f -> sent.stream()
                                .noneMatch(r -> Long.valueOf(f.id()).equals(r.getFacilityId())))
                        .map(vn.pcmt.facilities.FacilityRef::name)
                        .forEach(missing::add);
            } else if (regime.getReporters() == Reporters.DEPARTMENTS) {
                java.util.Set<Long> withTasks = new java.util.LinkedHashSet<>();
                tasks.ofPlan(planId).forEach(v -> {
                    if (v.task().getLeadAgencyId() != null) {
                        withTasks.add(v.task().getLeadAgencyId());
                    }
                    withTasks.addAll(v.task().getCooperatingAgencyIds());
                });
                withTasks.stream()
                        .filter(a -> sent.stream().noneMatch(r -> a.equals(r.getAgencyId())))
                        .map(a -> agencies.find(a).map(Agency::getName).orElse("—"))
                        .sorted(VietnameseText.comparing(n -> n))
                        .forEach(missing::add);
            }
        }
        return missing;
    }

    /** The last day former districts were in force. */
    private static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 6, 30);

    /**
     * The communes or districts a regime asks a report of a year from: those of the plan's province in force on
     * the last day of the report's period (districts: on 30/6/2025 at the latest; none for a period that starts
     * after it), in the database's order.
     */
    @Transactional(readOnly = true)
    public List<AdminUnit> reporterUnits(Plan plan, ReportingRegime regime, int year, LocalDate today) {
        ReportPeriod period = regime.period(year, plan, today);
        UnitLevel level = regime.getReporters() == Reporters.DISTRICTS ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        LocalDate on = period.to();
        if (level == UnitLevel.DISTRICT && on.isAfter(DISTRICTS_ABOLISHED)) {
            if (period.from().isAfter(DISTRICTS_ABOLISHED)) {
                return List.of();
            }
            on = DISTRICTS_ABOLISHED;
        }
        LocalDate date = on;
        return units.find(plan.getProvinceCode(), date)
                .map(province -> units.coveredOn(province, level, date))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<ReportStep> steps(long id) {
        get(id);
        return steps.of(id);
    }

    /** The figures of the report: as submitted, or computed now for a draft. */
    @Transactional(readOnly = true)
    public List<TargetProgress> figures(long id) {
        Report report = get(id);
        if (report.getFigures() != null && !report.isEditable()) {
            return json.readValue(report.getFigures(), FIGURES);
        }
        if (report.getFacilityId() != null) {
            // a facility reports in words; the figures are its province's, which the office reads (ADR 043)
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = report.getPeriodTo().isAfter(today) ? today : report.getPeriodTo();
        return plans.progress(report.getPlanId(), unitOf(report).code(), yearOf(report), on);
    }

    /**
     * The year a report judges yearly targets over: an annual report's own period (from a cut-off such as 15/12 of
     * the year before, or from a plan's mid-year start, to its end, on which they are judged); for a six-month
     * report, the year starting with its period (judged later, so on track or at risk); for the others, none (the
     * calendar year of the date).
     */
    private static ReportPeriod yearOf(Report report) {
        return switch (report.getKind()) {
            case ANNUAL -> new ReportPeriod(report.getPeriodFrom(), report.getPeriodTo());
            case SIX_MONTH -> new ReportPeriod(
                    report.getPeriodFrom(), report.getPeriodFrom().plusYears(1).minusDays(1));
            default -> null;
        };
    }

    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    public Report write(long id, ReportText text) {
        Report report = editable(id, text.version(), ReportAction.WRITE);
        report.write(text);
        return reports.saveAndFlush(report);
    }

    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    public Report submit(long id, long version) {
        Report report = editable(id, version, ReportAction.SUBMIT);
        if (isBlank(report.getResults())) {
            throw new RuleViolationException("report.results.required");
        }
        report.submit(json.writeValueAsString(figures(id)));
        Report saved = reports.saveAndFlush(report);
        steps.add(
                id,
                ReportAction.SUBMIT,
                saved.getStatus(),
                null,
                users.require().username());
        return saved;
    }

    /** The standing office returns a submitted report with what to change. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Report sendBack(long id, String comment, long version) {
        Report report = reviewable(id, version, ReportAction.RETURN);
        if (isBlank(comment)) {
            throw new RuleViolationException("report.return.commentRequired");
        }
        report.review(ReportAction.RETURN, comment);
        Report saved = reports.saveAndFlush(report);
        steps.add(
                id,
                ReportAction.RETURN,
                saved.getStatus(),
                comment.strip(),
                users.require().username());
        return saved;
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Report accept(long id, String comment, long version) {
        Report report = reviewable(id, version, ReportAction.ACCEPT);
        report.review(ReportAction.ACCEPT, comment);
        Report saved = reports.saveAndFlush(report);
        steps.add(
                id,
                ReportAction.ACCEPT,
                saved.getStatus(),
                isBlank(comment) ? null : comment.strip(),
                users.require().username());
        return saved;
    }

    private Report editable(long id, long version, ReportAction action) {
        Report report = get(id);
        checkWriter(report);
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, id);
        }
        report.getStatus().next(action);
        return report;
    }

    /**
     * Refuses unless the caller writes for the report's reporter: an agency's report is its agency's staff's (or the
     * standing office's); a unit's report is the unit's staff's who belong to no agency.
     */
    private void checkWriter(Report report) {
        var user = users.require();
        boolean office = user.can(vn.pcmt.access.Permission.PLAN_EDIT);
        boolean ownAgency = user.agencyId() != null && user.agencyId().equals(report.getAgencyId());
        if ((user.agencyId() != null || report.getAgencyId() != null) && !ownAgency && !office) {
            throw new org.springframework.security.access.AccessDeniedException("not the reporter");
        }
        boolean ownFacility = report.getFacilityId() != null
                && report.getFacilityId().equals(user.facilityId())
                && user.role().facilityScoped();
        if (report.getFacilityId() != null && !ownFacility && !office) {
            throw new org.springframework.security.access.AccessDeniedException("not the facility's staff");
        }
    }

    /** How the report's reporter heads and signs its documents (its settings, or the defaults). */
    @Transactional(readOnly = true)
    public DocumentHeading issuer(long id) {
        Report report = get(id);
        Plan plan = plans.get(report.getPlanId());
        AdminUnit unit = unitOf(report);
        return heading(report, unit, provinceOf(plan, unit));
    }

    /** Keeps how the report's reporter heads and signs its documents; for those who write its reports. */
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    @Transactional
    public DocumentHeading saveIssuer(long id, DocumentHeading heading) {
        Report report = get(id);
        checkWriter(report);
        noFacilityHeading(report);
        return issuers.save(report.getUnitId(), report.getAgencyId(), heading);
    }

    /** The report's reporter goes back to the default heading and signature. */
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    @Transactional
    public void resetIssuer(long id, long version) {
        Report report = get(id);
        checkWriter(report);
        noFacilityHeading(report);
        issuers.reset(report.getUnitId(), report.getAgencyId(), version);
    }

    private Report reviewable(long id, long version, ReportAction action) {
        Report report = get(id);
        Plan plan = plans.get(report.getPlanId());
        if (!plans.coversProvince(plan.getProvinceCode())) {
            throw new OutsideJurisdictionException();
        }
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, id);
        }
        report.getStatus().next(action);
        return report;
    }

    /** A facility's report is headed as its commune's for now: its heading is not kept (ADR 043). */
    private static void noFacilityHeading(Report report) {
        if (report.getFacilityId() != null) {
            throw new RuleViolationException("report.facility.heading");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The report as a Word document in the state format. */
    @Transactional(readOnly = true)
    public byte[] docx(long id) {
        return docx.render(content(id));
    }

    /** The report as a PDF in the same state format and with the same content as the Word document. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return pdf.render(content(id));
    }

    /** The report's targets' table (results, thresholds, yearly values) as an Excel workbook. */
    @Transactional(readOnly = true)
    public byte[] xlsx(long id) {
        return xlsx.render(content(id));
    }

    /** What the files of a report show, read under the same check as the report itself ({@link #get}). */
    private ReportContent content(long id) {
        Report report = get(id);
        Plan plan = plans.get(report.getPlanId());
        AdminUnit unit = unitOf(report);
        AdminUnit province = provinceOf(plan, unit);
        return new ReportContent(
                report, plan, unit, province, figures(id), LocalDate.now(clock), heading(report, unit, province));
    }

    /** The province of a report's plan as it is today (the unit itself when the plan's province is gone). */
    private AdminUnit provinceOf(Plan plan, AdminUnit unit) {
        return units.find(plan.getProvinceCode(), LocalDate.now(clock)).orElse(unit);
    }

    /** How the report's reporter (its unit, or its agency) heads and signs its documents. */
    private DocumentHeading heading(Report report, AdminUnit unit, AdminUnit province) {
        Optional<Agency> agency = report.getAgencyId() == null ? Optional.empty() : agencies.find(report.getAgencyId());
        return issuers.heading(unit, province, agency);
    }
}
