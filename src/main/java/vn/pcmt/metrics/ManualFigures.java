package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.internal.FigureRow;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.metrics.internal.ManualFigureQueries;
import vn.pcmt.metrics.internal.ManualFigureRepository;
import vn.pcmt.metrics.internal.ManualMetricForm;
import vn.pcmt.metrics.internal.ManualMetricRepository;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.platform.RuleViolationException;

/**
 * Manual figures: the standing office of a province defines them (or a plan template brings them); the agency
 * responsible enters a value per unit and period; the standing office accepts it or returns it with a comment.
 * Only accepted values count in the catalogue. Every read and change stays inside the caller's jurisdiction.
 */
@Service
@Transactional
public class ManualFigures {

    private final ManualMetricRepository metrics;
    private final ManualFigureRepository figures;
    private final ManualFigureQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final CurrentUsers users;
    private final AgencyService agencies;
    private final RegisterStarts registerStarts;
    private final Clock clock;

    ManualFigures(
            ManualMetricRepository metrics,
            ManualFigureRepository figures,
            ManualFigureQueries queries,
            UnitService units,
            UnitCoverage coverage,
            CurrentUsers users,
            AgencyService agencies,
            RegisterStarts registerStarts,
            Clock clock) {
        this.registerStarts = registerStarts;
        this.metrics = metrics;
        this.figures = figures;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The manual figures a province defined ({@code manual.…}), by code. */
    @Transactional(readOnly = true)
    public List<ManualMetric> definitions(String provinceCode) {
        readable(provinceCode);
        return metrics.findLive(provinceCode).stream()
                .filter(m -> m.standsFor().isEmpty())
                .toList();
    }

    /**
     * The register metrics of a province with figures entered by hand for periods before a unit kept the register
     * (ADR 035), by code.
     */
    @Transactional(readOnly = true)
    public List<ManualMetric> standIns(String provinceCode) {
        readable(provinceCode);
        return metrics.findLive(provinceCode).stream()
                .filter(m -> m.standsFor().isPresent())
                .toList();
    }

    /**
     * The province's manual figure standing in for a register metric before a unit kept the register, created (named
     * as the metric, no agency: the unit's own users or the standing office enter it) when the province has none. Any
     * user who enters figures in the province may open it; {@link Metrics#standIn} checks the code.
     */
    @PreAuthorize("hasAuthority('FIGURE_ENTER')")
    public ManualMetric ensureStandIn(String provinceCode, Metric registerMetric, String definition) {
        readable(provinceCode);
        return metrics.findLive(provinceCode, registerMetric.code())
                .orElseGet(() -> metrics.saveAndFlush(new ManualMetric(
                        provinceCode,
                        new ManualMetricForm(
                                registerMetric.code(),
                                registerMetric.name(),
                                definition,
                                registerMetric.kind(),
                                registerMetric.unit(),
                                null))));
    }

    @Transactional(readOnly = true)
    public ManualMetric get(long id) {
        ManualMetric metric = metrics.findLive(id).orElseThrow();
        readable(metric.getProvinceCode());
        return metric;
    }

    /** The province of the caller's jurisdiction; null for a national one. */
    @Transactional(readOnly = true)
    public String callerProvince() {
        return units.provinceCodeOf(coverage.current(), null);
    }

    /** A definition with this code: the caller's province's, else any province's (codes mean the same). */
    @Transactional(readOnly = true)
    public Optional<ManualMetric> find(String code) {
        if (code == null || !code.startsWith("manual.")) {
            return Optional.empty();
        }
        List<ManualMetric> all = metrics.findLiveByCode(code);
        String own = callerProvince();
        return all.stream()
                .filter(m -> m.getProvinceCode().equals(own))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public ManualMetric define(String provinceCode, ManualMetricForm form) {
        province(provinceCode);
        if (metrics.findLive(provinceCode, form.code().strip()).isPresent()) {
            throw new RuleViolationException("figure.metric.codeTaken", form.code());
        }
        checkAgency(provinceCode, form.agencyId());
        return metrics.saveAndFlush(new ManualMetric(provinceCode, form));
    }

    /** The definition of this code in the province, created from the given one when the province has none. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public ManualMetric ensure(String provinceCode, ManualMetricForm form) {
        province(provinceCode);
        return metrics.findLive(provinceCode, form.code().strip()).orElseGet(() -> define(provinceCode, form));
    }

    /**
     * The definition of this code in the province, created from the given fields when the province has none: for
     * other modules (a plan's file defines the manual metrics its targets read), which do not see the form.
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public ManualMetric ensure(
            String provinceCode,
            String code,
            String name,
            String definition,
            MetricKind kind,
            String unit,
            Long agencyId) {
        return ensure(provinceCode, new ManualMetricForm(code, name, definition, kind, unit, agencyId));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public ManualMetric update(long id, ManualMetricForm form, long version) {
        ManualMetric metric = editable(id, version);
        if (metric.standsFor().isPresent()) {
            throw new RuleViolationException("figure.standIn.fixed", metric.getCode());
        }
        if (!metric.getCode().equals(form.code().strip())) {
            throw new RuleViolationException("figure.metric.codeFixed", metric.getCode());
        }
        checkAgency(metric.getProvinceCode(), form.agencyId());
        metric.apply(form);
        return metrics.saveAndFlush(metric);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long id, long version) {
        ManualMetric metric = editable(id, version);
        metric.delete(users.require().username(), Instant.now(clock));
        metrics.saveAndFlush(metric);
    }

    /** The figures entered for a metric, inside the caller's jurisdiction, latest period first. */
    @Transactional(readOnly = true)
    public List<FigureRow> figures(long metricId) {
        get(metricId);
        Jurisdiction jurisdiction = coverage.current();
        return figures.findLiveOfMetric(metricId).stream()
                .filter(f -> coverage.covers(jurisdiction, f.getUnitId()))
                .map(this::row)
                .toList();
    }

    /**
     * A value for a unit and period, by the agency responsible (a department user of another agency is refused)
     * or by the standing office; it waits for review. A value for a unit and period already entered is refused
     * unless {@code version} says which one to correct.
     */
    @PreAuthorize("hasAuthority('FIGURE_ENTER')")
    public ManualFigure enter(long metricId, ManualFigureForm form) {
        ManualMetric metric = get(metricId);
        CurrentUser user = users.require();
        if (user.agencyId() != null
                && metric.getAgencyId() != null
                && !user.agencyId().equals(metric.getAgencyId())) {
            throw new AccessDeniedException("not the agency responsible");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.periodFrom().isAfter(form.periodTo())) {
            throw new RuleViolationException("period.invalid", form.periodFrom(), form.periodTo());
        }
        if (form.periodTo().isAfter(today)) {
            throw new RuleViolationException("figure.future", form.periodTo());
        }
        if (form.value() == null || form.value().signum() < 0) {
            throw new RuleViolationException("figure.value.negative");
        }
        AdminUnit unit = units.find(form.unitCode().strip(), form.periodTo())
                .orElseThrow(() -> new RuleViolationException("figure.unit.unknown", form.unitCode()));
        coverage.check(unit.id());
        AdminUnit province = units.find(metric.getProvinceCode(), today).orElseThrow();
        if (!coverage.covers(Jurisdiction.of(province.id()), unit.id())) {
            throw new RuleViolationException("figure.unit.otherProvince", unit.fullName());
        }
        metric.standsFor().ifPresent(register -> beforeStart(register, metric, unit, form));
        String by = user.username();
        Optional<ManualFigure> existing = figures.findLive(metricId, unit.id(), form.periodFrom(), form.periodTo());
        if (existing.isPresent()) {
            ManualFigure figure = existing.get();
            if (form.version() == null) {
                throw new RuleViolationException(
                        java.util.Map.of("figureId", figure.getId()), "figure.exists", unit.fullName());
            }
            if (figure.getVersion() != form.version()) {
                throw new ObjectOptimisticLockingFailureException(ManualFigure.class, figure.getId());
            }
            figure.correct(form, by, Instant.now(clock));
            return figures.saveAndFlush(figure);
        }
        return figures.saveAndFlush(new ManualFigure(metricId, unit.id(), form, by, Instant.now(clock)));
    }

    /**
     * From when the province of a figure standing in for a register keeps that register (the start that applies to
     * it, ADR 030); empty for a figure of its own or a province with no start.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> registerStart(ManualMetric metric) {
        if (metric.standsFor().isEmpty()) {
            return Optional.empty();
        }
        AdminUnit province =
                units.find(metric.getProvinceCode(), LocalDate.now(clock)).orElseThrow();
        return Optional.ofNullable(registerStarts
                .applying(metric.standsFor().get(), List.of(province.id()))
                .get(province.id()));
    }

    /**
     * A figure standing in for a register is for a period the register's own figure of the unit is "no data": a flow
     * beginning, a stock on a date, before the start that applies to the unit. From the start on the register wins.
     */
    private void beforeStart(Register register, ManualMetric metric, AdminUnit unit, ManualFigureForm form) {
        LocalDate since = registerStarts.applying(register, List.of(unit.id())).get(unit.id());
        LocalDate day = metric.getKind() == MetricKind.STOCK ? form.periodTo() : form.periodFrom();
        if (since != null && !since.isAfter(day)) {
            throw new RuleViolationException(
                    java.util.Map.of("field", "periodFrom", "since", since),
                    metric.getKind() == MetricKind.STOCK ? "figure.standIn.keptStock" : "figure.standIn.kept",
                    unit.fullName(),
                    since);
        }
    }

    /**
     * A new value for a unit and period, as {@link #enter(long, ManualFigureForm)} without a version: for other
     * modules (the demo plan enters its figures), which do not see the form.
     */
    @PreAuthorize("hasAuthority('FIGURE_ENTER')")
    public ManualFigure enter(
            long metricId, String unitCode, LocalDate periodFrom, LocalDate periodTo, BigDecimal value, String note) {
        return enter(metricId, new ManualFigureForm(unitCode, periodFrom, periodTo, value, note, null));
    }

    /**
     * Whether the caller may enter or correct this definition's figures: they enter figures, and belong to no agency
     * or to the agency responsible (as {@link #enter(long, ManualFigureForm)} checks): pages offer the form only then.
     */
    @Transactional(readOnly = true)
    public boolean mayEnter(ManualMetric metric) {
        CurrentUser user = users.require();
        return user.can(vn.pcmt.access.Permission.FIGURE_ENTER)
                && (user.agencyId() == null
                        || metric.getAgencyId() == null
                        || user.agencyId().equals(metric.getAgencyId()));
    }

    /** The standing office accepts a figure (it counts from now on) or returns it with a comment. */
    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    public ManualFigure review(long figureId, boolean accept, String comment, long version) {
        ManualFigure figure = figures.findLive(figureId).orElseThrow();
        get(figure.getMetricId());
        coverage.check(figure.getUnitId());
        if (figure.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ManualFigure.class, figureId);
        }
        figure.getStatus().check(FigureStatus.review(accept));
        if (!accept && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("figure.review.commentRequired");
        }
        figure.review(accept, comment, users.require().username(), Instant.now(clock));
        return figures.saveAndFlush(figure);
    }

    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    public void deleteFigure(long figureId, long version) {
        ManualFigure figure = figures.findLive(figureId).orElseThrow();
        get(figure.getMetricId());
        coverage.check(figure.getUnitId());
        if (figure.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ManualFigure.class, figureId);
        }
        figure.delete(users.require().username(), Instant.now(clock));
        figures.saveAndFlush(figure);
    }

    /** For each metric of the province, how many figures wait, were returned, were accepted. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.util.Map<FigureStatus, Long>> statusCounts(String provinceCode) {
        readable(provinceCode);
        return queries.statusCounts(provinceCode);
    }

    /**
     * The units the caller may enter a figure for: the province and its communes in force today, or only the
     * caller's own commune.
     */
    @Transactional(readOnly = true)
    public List<AdminUnit> enterableUnits(ManualMetric metric) {
        LocalDate today = LocalDate.now(clock);
        AdminUnit province = units.find(metric.getProvinceCode(), today).orElseThrow();
        Jurisdiction jurisdiction = coverage.current();
        List<AdminUnit> all = new java.util.ArrayList<>();
        all.add(province);
        all.addAll(units.children(province, today));
        return all.stream().filter(u -> coverage.covers(jurisdiction, u.id())).toList();
    }

    /** Figures waiting for review in the province (standing office) or returned to the caller's agency. */
    @Transactional(readOnly = true)
    public long waiting(String provinceCode, FigureStatus status) {
        List<Long> ids = metrics.findLive(provinceCode).stream()
                .filter(m -> status == FigureStatus.SUBMITTED
                        || users.require().agencyId() == null
                        || users.require().agencyId().equals(m.getAgencyId()))
                .map(ManualMetric::getId)
                .toList();
        return queries.count(ids, status);
    }

    /**
     * The catalogue's value for each unit (with what it covers), by unit id: accepted figures only, absent where none
     * answers; one query. The caller has checked the units against the jurisdiction.
     */
    @Transactional(readOnly = true)
    Map<Long, BigDecimal> values(String code, MetricKind kind, List<Long> unitIds, LocalDate from, LocalDate to) {
        return kind == MetricKind.STOCK ? queries.stocks(code, unitIds, to) : queries.flows(code, unitIds, from, to);
    }

    /**
     * For each unit, the accepted figures entered for that very unit (a province's own figure, not its communes' nor
     * its predecessors'); absent where none answers. One query.
     */
    @Transactional(readOnly = true)
    Map<Long, BigDecimal> ownValues(String code, MetricKind kind, List<Long> unitIds, LocalDate from, LocalDate to) {
        return kind == MetricKind.STOCK
                ? queries.ownStocks(code, unitIds, to)
                : queries.ownFlows(code, unitIds, from, to);
    }

    private FigureRow row(ManualFigure f) {
        AdminUnit unit = units.findById(f.getUnitId()).orElseThrow();
        return new FigureRow(f, unit.code(), unit.fullName());
    }

    private ManualMetric editable(long id, long version) {
        ManualMetric metric = get(id);
        province(metric.getProvinceCode());
        if (metric.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ManualMetric.class, id);
        }
        return metric;
    }

    private void checkAgency(String provinceCode, Long agencyId) {
        if (agencyId == null) {
            return;
        }
        agencies.find(agencyId)
                .filter(a -> a.getProvinceCode().equals(provinceCode) && !a.isDeleted())
                .map(Agency::getId)
                .orElseThrow(() -> new RuleViolationException("plan.task.agencyUnknown"));
    }

    private void readable(String code) {
        coverage.provinceWorkedIn(code);
    }

    private void province(String code) {
        coverage.provinceCovered(code);
    }
}
