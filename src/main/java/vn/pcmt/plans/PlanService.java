package vn.pcmt.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetricForm;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.internal.PlanRepository;
import vn.pcmt.plans.internal.PlanTargetRepository;
import vn.pcmt.plans.internal.PlanTaskRepository;
import vn.pcmt.plans.internal.ReportingRegimeRepository;
import vn.pcmt.platform.RuleViolationException;

/**
 * Plans of a province and their targets: entered through the pages or the API, copied from a template or another
 * plan, exported and imported as JSON; their progress computed from the metric catalogue for any unit and date.
 * Reads and changes stay inside the caller's jurisdiction (the plan's province).
 */
@Service
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PlanTargetRepository targets;
    private final TargetEvaluator evaluator;
    private final Metrics metrics;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final ObjectMapper json;
    private final ManualFigures manual;
    private final AgencyService agencies;
    private final ReportingRegimeRepository regimes;
    private final ProjectFiles projectFiles;
    private final PlanTaskRepository planTasks;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    PlanService(
            PlanRepository plans,
            PlanTargetRepository targets,
            TargetEvaluator evaluator,
            Metrics metrics,
            UnitService units,
            UnitCoverage coverage,
            ObjectMapper json,
            ManualFigures manual,
            AgencyService agencies,
            ReportingRegimeRepository regimes,
            ProjectFiles projectFiles,
            PlanTaskRepository planTasks,
            Clock clock,
            jakarta.validation.Validator validator) {
        this.planTasks = planTasks;
        this.validator = validator;
        this.regimes = regimes;
        this.projectFiles = projectFiles;
        this.manual = manual;
        this.agencies = agencies;
        this.plans = plans;
        this.targets = targets;
        this.evaluator = evaluator;
        this.metrics = metrics;
        this.units = units;
        this.coverage = coverage;
        this.json = json;
        this.clock = clock;
    }

    /** The plans of a province: readable by its province and by the communes and departments within it. */
    @Transactional(readOnly = true)
    public List<Plan> list(String provinceCode) {
        readable(provinceCode);
        return plans.findLive(provinceCode);
    }

    @Transactional(readOnly = true)
    public Plan get(long id) {
        Plan plan = plans.findLive(id).orElseThrow();
        readable(plan.getProvinceCode());
        return plan;
    }

    /** Whether the caller's jurisdiction covers the whole province (not just a commune of it). */
    @Transactional(readOnly = true)
    public boolean coversProvince(String provinceCode) {
        return units.find(provinceCode, LocalDate.now(clock))
                .map(p -> coverage.covers(coverage.current(), p.id()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<PlanTarget> targets(long planId) {
        get(planId);
        return targets.findLive(planId);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan create(PlanForm form) {
        return create(form, null);
    }

    private Plan create(PlanForm form, String templateCode) {
        province(form.provinceCode());
        if (form.periodFrom().isAfter(form.periodTo())) {
            throw new RuleViolationException("period.invalid", form.periodFrom(), form.periodTo());
        }
        return plans.saveAndFlush(new Plan(form, templateCode));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan update(long id, PlanForm form, long version) {
        Plan plan = get(id);
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, id);
        }
        if (form.periodFrom().isAfter(form.periodTo())) {
            throw new RuleViolationException("period.invalid", form.periodFrom(), form.periodTo());
        }
        plan.apply(form);
        return plans.saveAndFlush(plan);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long id, long version) {
        Plan plan = get(id);
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, id);
        }
        plan.delete(currentUser(), Instant.now(clock));
        plans.saveAndFlush(plan);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public PlanTarget addTarget(long planId, PlanTargetForm form) {
        get(planId);
        check(form);
        boolean taken = targets.findLive(planId).stream()
                .anyMatch(t -> t.getCode().equalsIgnoreCase(form.code().strip()));
        if (taken) {
            throw new RuleViolationException("plan.target.codeTaken", form.code());
        }
        return targets.saveAndFlush(new PlanTarget(planId, form));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void deleteTarget(long planId, long targetId, long version) {
        get(planId);
        PlanTarget target =
                targets.findById(targetId).filter(t -> t.getPlanId() == planId).orElseThrow();
        if (target.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PlanTarget.class, targetId);
        }
        target.delete(currentUser(), Instant.now(clock));
        targets.saveAndFlush(target);
    }

    /** Every target's progress for a unit (the plan's province by default) on a date. */
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(long planId, String unitCode, LocalDate date) {
        Plan plan = get(planId);
        String unit = unitCode == null || unitCode.isBlank() ? plan.getProvinceCode() : unitCode.strip();
        LocalDate today = LocalDate.now(clock);
        return targets.findLive(planId).stream()
                .map(t -> evaluator.evaluate(plan, t, unit, date, today))
                .toList();
    }

    /**
     * Every target's progress for a unit in a report over a period: a yearly target is judged over the report's
     * period (a cut-off such as 15/12 of the year before to 14/12, or from a plan's mid-year start) up to the date,
     * and on its last day; the others as on the date.
     */
    @Transactional(readOnly = true)
    public List<TargetProgress> progress(long planId, String unitCode, ReportPeriod period, LocalDate date) {
        Plan plan = get(planId);
        String unit = unitCode == null || unitCode.isBlank() ? plan.getProvinceCode() : unitCode.strip();
        LocalDate today = LocalDate.now(clock);
        return targets.findLive(planId).stream()
                .map(t -> evaluator.evaluate(plan, t, unit, date, today, period))
                .toList();
    }

    /** One target's progress for a unit on a date (the drill-down page), without evaluating the others. */
    @Transactional(readOnly = true)
    public TargetProgress progress(long planId, long targetId, String unitCode, LocalDate date) {
        Plan plan = get(planId);
        String unit = unitCode == null || unitCode.isBlank() ? plan.getProvinceCode() : unitCode.strip();
        return evaluator.evaluate(plan, target(planId, targetId), unit, date, LocalDate.now(clock));
    }

    /**
     * The unit a plan's progress is shown for when none is asked: the province for those who cover it, the
     * caller's own unit (a commune) otherwise.
     */
    @Transactional(readOnly = true)
    public String unitFor(Plan plan, String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        return coversProvince(plan.getProvinceCode())
                ? plan.getProvinceCode()
                : units.codeOf(coverage.current(), plan.getProvinceCode());
    }

    @Transactional(readOnly = true)
    public PlanTarget target(long planId, long targetId) {
        get(planId);
        return targets.findById(targetId)
                .filter(t -> t.getPlanId() == planId && !t.isDeleted())
                .orElseThrow();
    }

    /**
     * A target for each unit of its level beneath the unit (each commune, or each former district), or for each
     * commune when the target is of the unit itself: the drill-down from the province to its communes.
     */
    @Transactional(readOnly = true)
    public List<UnitProgress> breakdown(long planId, long targetId, String unitCode, LocalDate date) {
        Plan plan = get(planId);
        PlanTarget target = target(planId, targetId);
        coverage.visibleUnit(unitCode, date);
        return evaluator.breakdown(plan, target, unitCode, date);
    }

    /**
     * A target for every commune of the country (or every former district), for national users: how a plan's
     * target would stand everywhere. One query per figure for the whole country.
     */
    @Transactional(readOnly = true)
    public List<UnitProgress> breakdownNationwide(long planId, long targetId, LocalDate date) {
        Plan plan = get(planId);
        PlanTarget target = target(planId, targetId);
        coverage.checkNational();
        return evaluator.breakdown(plan, target, null, date);
    }

    /** The shipped templates (the seed plans), by code. */
    @Transactional(readOnly = true)
    public List<PlanDocument> templates() {
        List<PlanDocument> list = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:plans/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    list.add(json.readValue(in, PlanDocument.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        list.sort(Comparator.comparing(PlanDocument::templateCode));
        return list;
    }

    /** A new plan of the province from a template, its dates moved by {@code shiftYears}. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan copyTemplate(String templateCode, String provinceCode, int shiftYears) {
        PlanDocument template = templates().stream()
                .filter(t -> t.templateCode().equals(templateCode))
                .findFirst()
                .orElseThrow();
        return importPlan(template.shiftedBy(shiftYears), provinceCode);
    }

    /** A copy of a plan for another province (in the caller's jurisdiction) or year. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan copy(long planId, String provinceCode, int shiftYears) {
        return importPlan(export(planId).shiftedBy(shiftYears), provinceCode);
    }

    @Transactional(readOnly = true)
    public PlanDocument export(long planId) {
        Plan plan = get(planId);
        return new PlanDocument(
                plan.getTemplateCode(),
                plan.getNumber(),
                plan.getTitle(),
                plan.getIssuer(),
                plan.getIssuedOn(),
                plan.getPeriodFrom(),
                plan.getPeriodTo(),
                plan.getLegalBasis(),
                plan.getObjectives(),
                targets.findLive(planId).stream().map(PlanTarget::toForm).toList(),
                manualMetricsOf(plan),
                regimes.findLive(planId).stream().map(ReportingRegime::toForm).toList(),
                projectFiles.export(plan),
                tasksOf(plan));
    }

    /** The plan's tasks with their agencies by code. */
    private List<TaskSpec> tasksOf(Plan plan) {
        return planTasks.findLive(plan.getId()).stream()
                .map(t -> new TaskSpec(
                        t.getText(),
                        agencies.find(t.getLeadAgencyId()).map(Agency::getCode).orElse(null),
                        t.getCooperatingAgencyIds().stream()
                                .map(id ->
                                        agencies.find(id).map(Agency::getCode).orElse(null))
                                .filter(java.util.Objects::nonNull)
                                .sorted()
                                .toList(),
                        t.getDueOn(),
                        t.getRecurrence()))
                .toList();
    }

    /**
     * The tasks of a plan file, their agencies found by code in the province; a lead agency the province lacks is
     * replaced by its police (the standing office). A province with no agency registered yet gets no task: tasks
     * need a lead agency, and the office adds them once its agencies are entered.
     */
    private void importTasks(Plan plan, List<TaskSpec> specs) {
        if (specs == null) {
            return;
        }
        List<Agency> ofProvince = agencies.list(plan.getProvinceCode());
        for (TaskSpec spec : specs) {
            if (spec.text() == null || spec.text().isBlank()) {
                throw new RuleViolationException("plan.import.taskInvalid");
            }
            java.util.Optional<Long> found = ofProvince.stream()
                    .filter(a -> a.getCode().equals(spec.leadAgencyCode()))
                    .findFirst()
                    .or(() -> ofProvince.stream()
                            .filter(a -> a.getKind() == vn.pcmt.agencies.AgencyKind.POLICE)
                            .findFirst())
                    .map(Agency::getId);
            if (found.isEmpty()) {
                continue;
            }
            Long lead = found.get();
            List<Long> cooperating = spec.cooperatingAgencyCodes() == null
                    ? List.of()
                    : ofProvince.stream()
                            .filter(a -> spec.cooperatingAgencyCodes().contains(a.getCode()))
                            .map(Agency::getId)
                            .toList();
            planTasks.save(new PlanTask(
                    plan.getId(), new PlanTaskForm(spec.text(), lead, cooperating, spec.dueOn(), spec.recurrence())));
        }
        planTasks.flush();
    }

    /** The manual figures the plan's targets use, as the province defined them. */
    private List<ManualMetricSpec> manualMetricsOf(Plan plan) {
        var used = new java.util.HashSet<String>();
        targets.findLive(plan.getId()).forEach(t -> {
            used.add(t.getMetricCode());
            if (t.getDenominator() != null) {
                used.add(t.getDenominator());
            }
        });
        return manual.definitions(plan.getProvinceCode()).stream()
                .filter(m -> used.contains(m.getCode()))
                .map(m -> new ManualMetricSpec(
                        m.getCode(),
                        m.getName(),
                        m.getDefinition(),
                        m.getKind(),
                        m.getUnit(),
                        agencyOf(m).map(Agency::getKind).orElse(null),
                        agencyOf(m).map(Agency::getCode).orElse(null)))
                .toList();
    }

    private java.util.Optional<Agency> agencyOf(vn.pcmt.metrics.ManualMetric m) {
        return m.getAgencyId() == null ? java.util.Optional.empty() : agencies.find(m.getAgencyId());
    }

    /** Defines in the province the manual figures a plan file brings, unless it has them already. */
    private void defineManualMetrics(List<ManualMetricSpec> specs, String provinceCode) {
        if (specs == null) {
            return;
        }
        List<Agency> ofProvince = agencies.list(provinceCode);
        for (ManualMetricSpec spec : specs) {
            if (spec.code() == null
                    || !spec.code().matches("manual\\.[a-z0-9_]+")
                    || spec.name() == null
                    || spec.name().isBlank()
                    || spec.kind() == null) {
                throw new RuleViolationException("plan.import.manualMetricInvalid", spec.code());
            }
            Long agencyId = ofProvince.stream()
                    .filter(a -> a.getCode().equals(spec.agencyCode()))
                    .findFirst()
                    .or(() -> ofProvince.stream()
                            .filter(a -> spec.agencyKind() != null && a.getKind() == spec.agencyKind())
                            .findFirst())
                    .map(Agency::getId)
                    .orElse(null);
            manual.ensure(
                    provinceCode,
                    new ManualMetricForm(
                            spec.code(),
                            spec.name(),
                            spec.definition(),
                            spec.kind(),
                            spec.unit() == null || spec.unit().isBlank() ? "đơn vị" : spec.unit(),
                            agencyId));
        }
    }

    /** A plan from a file: all of it or nothing (a bad target or project refuses the whole plan). */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan importPlan(PlanDocument document, String provinceCode) {
        validator.validate(document).stream()
                .min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new RuleViolationException(
                            "plan.import.invalidField", v.getPropertyPath().toString(), v.getMessage());
                });
        if (document.number() == null
                || document.title() == null
                || document.issuedOn() == null
                || document.periodFrom() == null
                || document.periodTo() == null) {
            throw new RuleViolationException("plan.import.incomplete");
        }
        Plan plan = create(
                new PlanForm(
                        provinceCode,
                        document.number(),
                        document.title(),
                        document.issuer() == null ? "" : document.issuer(),
                        document.issuedOn(),
                        document.periodFrom(),
                        document.periodTo(),
                        document.legalBasis(),
                        document.objectives()),
                document.templateCode());
        defineManualMetrics(document.manualMetrics(), provinceCode);
        if (document.targets() != null) {
            for (PlanTargetForm target : document.targets()) {
                check(target);
                targets.save(new PlanTarget(plan.getId(), target));
            }
            targets.flush();
        }
        if (document.regimes() != null) {
            for (RegimeForm regime : document.regimes()) {
                ReportingRegimes.check(regime);
                regimes.save(new ReportingRegime(plan.getId(), regime));
            }
            regimes.flush();
        }
        projectFiles.importInto(plan, document.projects());
        importTasks(plan, document.tasks());
        return plan;
    }

    private void check(PlanTargetForm form) {
        if (form.code() == null
                || form.code().isBlank()
                || form.text() == null
                || form.text().isBlank()
                || form.form() == null
                || form.comparison() == null
                || form.threshold() == null) {
            throw new RuleViolationException("plan.target.incomplete", form.code());
        }
        metrics.find(form.metricCode())
                .orElseThrow(() -> new RuleViolationException("metric.unknown", form.metricCode()));
        if (form.form() == TargetForm.SHARE) {
            if (form.denominator() == null || form.denominator().isBlank()) {
                throw new RuleViolationException("plan.target.denominatorRequired", form.code());
            }
            metrics.find(form.denominator().strip())
                    .orElseThrow(() -> new RuleViolationException("metric.unknown", form.denominator()));
        }
    }

    private void readable(String code) {
        coverage.provinceWorkedIn(code);
    }

    private AdminUnit province(String code) {
        return coverage.provinceCovered(code);
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
