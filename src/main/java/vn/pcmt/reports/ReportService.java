package vn.pcmt.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.PlanService;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.reports.internal.ReportRepository;
import vn.pcmt.reports.internal.ReportSteps;

/**
 * Reports on plans: a commune or the province opens one for a period; it is pre-filled with the progress of every
 * target for its unit; the reporter writes the narrative and submits (the figures of that moment are kept); the
 * standing office returns it with a comment or accepts it.
 */
@Service
@Transactional
public class ReportService {

    private static final TypeReference<List<TargetProgress>> FIGURES = new TypeReference<>() {};

    private final ReportRepository reports;
    private final ReportSteps steps;
    private final PlanService plans;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final CurrentUsers users;
    private final ObjectMapper json;
    private final ReportDocx docx;
    private final ReportPdf pdf;
    private final ReportXlsx xlsx;

    ReportService(
            ReportRepository reports,
            ReportSteps steps,
            PlanService plans,
            UnitService units,
            UnitCoverage coverage,
            CurrentUsers users,
            ObjectMapper json,
            ReportDocx docx,
            ReportPdf pdf,
            ReportXlsx xlsx) {
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
    }

    /** Opens a report of a unit (the caller's own by default) on a plan for the usual period of its kind. */
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    public Report open(long planId, ReportKind kind, int year, String unitCode) {
        Plan plan = plans.get(planId);
        AdminUnit unit = unitCode == null || unitCode.isBlank()
                ? units.findById(Objects.requireNonNull(users.require().unitId()))
                        .orElseThrow()
                : units.find(unitCode.strip(), LocalDate.now()).orElseThrow();
        coverage.check(unit.id());
        if (!plan.getProvinceCode().equals(unit.provinceCode())) {
            throw new RuleViolationException("report.unit.otherProvince", unit.fullName());
        }
        LocalDate from = kind.defaultFrom(year, plan.getPeriodFrom());
        LocalDate to = kind.defaultTo(year, plan.getPeriodTo());
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        LocalDate due = kind == ReportKind.AD_HOC ? null : to;
        Report report = reports.saveAndFlush(new Report(
                planId, kind, unit.id(), from, to, due, users.require().username()));
        steps.add(
                report.getId(),
                "OPEN",
                report.getStatus(),
                null,
                users.require().username());
        return report;
    }

    /** The reports of a plan whose unit the caller's jurisdiction covers. */
    @Transactional(readOnly = true)
    public List<Report> ofPlan(long planId) {
        plans.get(planId);
        var jurisdiction = coverage.current();
        return reports.findByPlanIdOrderByPeriodToDescIdDesc(planId).stream()
                .filter(r -> coverage.covers(jurisdiction, r.getUnitId()))
                .toList();
    }

    /**
     * Reports still to be sent (draft or returned) whose deadline is past or within the days given, among the units
     * the caller's jurisdiction covers: for the work list.
     */
    @Transactional(readOnly = true)
    public List<Report> dueSoon(int days) {
        var jurisdiction = coverage.current();
        return reports.findOpenDueBefore(LocalDate.now().plusDays(days)).stream()
                .filter(r -> coverage.covers(jurisdiction, r.getUnitId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Report get(long id) {
        Report report = reports.findById(id).orElseThrow();
        coverage.check(report.getUnitId());
        return report;
    }

    @Transactional(readOnly = true)
    public AdminUnit unitOf(Report report) {
        return units.findById(report.getUnitId()).orElseThrow();
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
        LocalDate today = LocalDate.now();
        LocalDate on = report.getPeriodTo().isAfter(today) ? today : report.getPeriodTo();
        return plans.progress(report.getPlanId(), unitOf(report).code(), on);
    }

    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    public Report write(long id, ReportText text) {
        Report report = editable(id, text.version());
        report.write(text);
        return reports.saveAndFlush(report);
    }

    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    public Report submit(long id, long version) {
        Report report = editable(id, version);
        if (isBlank(report.getResults())) {
            throw new RuleViolationException("report.results.required");
        }
        report.submit(json.writeValueAsString(figures(id)));
        Report saved = reports.saveAndFlush(report);
        steps.add(id, "SUBMIT", saved.getStatus(), null, users.require().username());
        return saved;
    }

    /** The standing office returns a submitted report with what to change. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Report sendBack(long id, String comment, long version) {
        Report report = reviewable(id, version);
        if (isBlank(comment)) {
            throw new RuleViolationException("report.return.commentRequired");
        }
        report.review(ReportStatus.RETURNED, comment);
        Report saved = reports.saveAndFlush(report);
        steps.add(
                id,
                "RETURN",
                saved.getStatus(),
                comment.strip(),
                users.require().username());
        return saved;
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Report accept(long id, String comment, long version) {
        Report report = reviewable(id, version);
        report.review(ReportStatus.ACCEPTED, comment);
        Report saved = reports.saveAndFlush(report);
        steps.add(
                id,
                "ACCEPT",
                saved.getStatus(),
                isBlank(comment) ? null : comment.strip(),
                users.require().username());
        return saved;
    }

    private Report editable(long id, long version) {
        Report report = get(id);
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, id);
        }
        if (!report.isEditable()) {
            throw new RuleViolationException("report.notEditable");
        }
        return report;
    }

    private Report reviewable(long id, long version) {
        Report report = get(id);
        Plan plan = plans.get(report.getPlanId());
        if (!plans.coversProvince(plan.getProvinceCode())) {
            throw new OutsideJurisdictionException();
        }
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, id);
        }
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new RuleViolationException("report.notSubmitted");
        }
        return report;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The report as a Word document in the state format. */
    @Transactional(readOnly = true)
    public byte[] docx(long id) {
        ReportContent c = content(id);
        return docx.render(c.report(), c.plan(), c.unit(), c.province(), c.figures());
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
        AdminUnit province = units.find(plan.getProvinceCode(), LocalDate.now()).orElse(unit);
        return new ReportContent(report, plan, unit, province, figures(id));
    }
}
