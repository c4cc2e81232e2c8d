package vn.pcmt.plans.internal;

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
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.PlanTask;
import vn.pcmt.plans.Plans;
import vn.pcmt.plans.ReportPeriod;
import vn.pcmt.plans.ReportingRegime;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.RuleViolationException;

/**
 * Plans of a province and their targets: entered through the pages or the API, copied from a template or another
 * plan, exported and imported as JSON; their progress computed from the metric catalogue for any unit and date.
 * Reads and changes stay inside the caller's jurisdiction (the plan's province).
 */
@Service
@Transactional
public class PlanService implements Plans {

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
    private final PlanHistory history;
    private final vn.pcmt.geo.UnitGroups groups;

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
            jakarta.validation.Validator validator,
            PlanHistory history,
            vn.pcmt.geo.UnitGroups groups) {
        this.history = history;
        this.groups = groups;
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
    @Override
    public List<Plan> list(String provinceCode) {
        coverage.provinceWorkedIn(provinceCode, null, null);
        return plans.findLive(provinceCode);
    }

    @Transactional(readOnly = true)
    @Override
    public Plan get(long id) {
        Plan plan = plans.findLive(id).orElseThrow();
        coverage.provinceWorkedIn(plan.getProvinceCode(), plan.getPeriodFrom(), plan.getPeriodTo());
        return plan;
    }

    /**
     * The date a plan's pages show its progress on when none is asked: today, or the plan's last day when its
     * province no longer exists today (a 2021 plan of Nam Định, merged on 1/7/2025, is shown as it ended, on the
     * units of its own time).
     */
    @Transactional(readOnly = true)
    public LocalDate defaultDate(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        boolean provinceGone = units.find(plan.getProvinceCode(), today).isEmpty();
        return provinceGone && plan.getPeriodTo().isBefore(today) ? plan.getPeriodTo() : today;
    }

    /** Whether the caller's jurisdiction covers the whole province (not just a commune of it). */
    @Transactional(readOnly = true)
    @Override
    public boolean coversProvince(String provinceCode) {
        try {
            return coverage.covers(
                    coverage.current(),
                    coverage.provinceOfPeriod(provinceCode, null, null).id());
        } catch (RuleViolationException e) {
            return false;
        }
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
        if (form.periodFrom().isAfter(form.periodTo())) {
            throw new RuleViolationException("period.invalid", form.periodFrom(), form.periodTo());
        }
        // a province in force during the plan's period, even one merged since (its successor's office enters it)
        coverage.provinceCovered(form.provinceCode(), form.periodFrom(), form.periodTo());
        return plans.saveAndFlush(new Plan(form, templateCode));
    }

    /**
     * Corrects a plan's header (number, title, issuer, dates, legal basis, objectives) in any status but superseded;
     * the plan's province does not change. The former header stays in the history ({@link #history}).
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan update(long id, PlanForm form, long version) {
        Plan plan = writable(id, version);
        if (form.provinceCode() != null && !form.provinceCode().strip().equals(plan.getProvinceCode())) {
            throw RuleViolationException.onField("provinceCode", "plan.province.fixed");
        }
        if (form.periodFrom().isAfter(form.periodTo())) {
            throw new RuleViolationException("period.invalid", form.periodFrom(), form.periodTo());
        }
        plan.apply(form);
        return plans.saveAndFlush(plan);
    }

    /** Deletes (softly, in the history) a draft; a plan that was ever in force is ended or superseded instead. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long id, long version) {
        Plan plan = writable(id, version);
        plan.delete(currentUser(), Instant.now(clock));
        plans.saveAndFlush(plan);
    }

    /** A draft put in force: its number, issuer and date of issue must be filled in. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan adopt(long id, long version) {
        return move(id, version, PlanAction.ADOPT);
    }

    /** A plan in force closed. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan end(long id, long version) {
        return move(id, version, PlanAction.END);
    }

    /** A plan in force or ended replaced by another plan of the same province, itself in force. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan supersede(long id, long byPlanId, long version) {
        Plan plan = writable(id, version);
        Plan by = plans.findLive(byPlanId)
                .filter(p -> p.getId() != id && p.getProvinceCode().equals(plan.getProvinceCode()))
                .orElseThrow(() -> RuleViolationException.onField("supersededBy", "plan.supersede.unknown"));
        if (by.getStatus() != PlanStatus.IN_FORCE) {
            throw RuleViolationException.onField("supersededBy", "plan.supersede.notInForce", by.numberShown());
        }
        plan.supersededBy(by.getId());
        return plans.saveAndFlush(plan);
    }

    private Plan move(long id, long version, PlanAction action) {
        Plan plan = writable(id, version);
        plan.move(action);
        return plans.saveAndFlush(plan);
    }

    /** The plan's header through its history, oldest first (status included). */
    @Transactional(readOnly = true)
    public List<Revision<PlanHeader>> history(long id) {
        get(id);
        return history.of(Plan.class, id, PlanHeader::of);
    }

    /** A target's versions, oldest first: each correction with who made it and when. */
    @Transactional(readOnly = true)
    public List<Revision<PlanTargetForm>> targetHistory(long planId, long targetId) {
        get(planId);
        targets.findById(targetId).filter(t -> t.getPlanId() == planId).orElseThrow();
        return history.of(PlanTarget.class, targetId, PlanTarget::toForm);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public PlanTarget addTarget(long planId, PlanTargetForm form) {
        Plan plan = contentWritable(planId);
        check(form, plan.getProvinceCode());
        boolean taken = targets.findLive(planId).stream()
                .anyMatch(t -> t.getCode().equalsIgnoreCase(form.code().strip()));
        if (taken) {
            throw RuleViolationException.onField("code", "plan.target.codeTaken", form.code());
        }
        return targets.saveAndFlush(new PlanTarget(planId, form));
    }

    /**
     * Corrects a target (text, metric, form, denominator, comparison, threshold, when judged, level). Reports
     * already submitted keep the figures and thresholds they were judged on; drafts and later reports use the
     * corrected target. The former versions stay in the history ({@link #targetHistory}).
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public PlanTarget correctTarget(long planId, long targetId, PlanTargetForm form, long version) {
        Plan plan = contentWritable(planId);
        PlanTarget target = Part.asRead(targets.findById(targetId), planId, version);
        check(form, plan.getProvinceCode());
        boolean taken = targets.findLive(planId).stream()
                .anyMatch(t -> !t.getId().equals(targetId)
                        && t.getCode().equalsIgnoreCase(form.code().strip()));
        if (taken) {
            throw RuleViolationException.onField("code", "plan.target.codeTaken", form.code());
        }
        target.correct(form);
        return targets.saveAndFlush(target);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void deleteTarget(long planId, long targetId, long version) {
        contentWritable(planId);
        PlanTarget target =
                Part.deleteAsRead(targets.findById(targetId), planId, version, currentUser(), Instant.now(clock));
        targets.saveAndFlush(target);
    }

    /** A plan the caller may change (its whole province in their jurisdiction), at the version they read. */
    private Plan writable(long id, long version) {
        Plan plan = get(id);
        coverage.provinceCovered(plan.getProvinceCode(), plan.getPeriodFrom(), plan.getPeriodTo());
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, id);
        }
        return plan;
    }

    /** A plan whose content (targets, tasks, projects, regimes) the caller may change in its status. */
    public Plan contentWritable(long planId) {
        Plan plan = get(planId);
        coverage.provinceCovered(plan.getProvinceCode(), plan.getPeriodFrom(), plan.getPeriodTo());
        plan.getStatus().check(PlanAction.EDIT_CONTENT);
        return plan;
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
    @Override
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
     * A target's trend as a series by month or quarter ({@code months} 1 or 3) up to the date, for a unit (ADR 050):
     * what the figures allow where they come from the registers, which count any period.
     */
    @Transactional(readOnly = true)
    public List<SeriesPoint> series(long planId, long targetId, String unitCode, LocalDate date, int months) {
        Plan plan = get(planId);
        String unit = unitCode == null || unitCode.isBlank() ? plan.getProvinceCode() : unitCode.strip();
        return evaluator.series(plan, target(planId, targetId), unit, date, months);
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

    /**
     * Every target of the plan for each unit beneath the unit (or, with no unit, each commune of the country for
     * national users): the whole plan drilled down at once, one query per figure.
     */
    @Transactional(readOnly = true)
    public List<TargetUnits> breakdownAll(long planId, String unitCode, LocalDate date) {
        Plan plan = get(planId);
        if (unitCode == null) {
            coverage.checkNational();
        } else {
            coverage.visibleUnit(unitCode, date);
        }
        return targets.findLive(planId).stream()
                .map(t -> new TargetUnits(
                        t.getId(), t.getCode(), t.getText(), evaluator.breakdown(plan, t, unitCode, date)))
                .toList();
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

    /**
     * A new plan of the province from a template, its dates moved by {@code shiftYears}: a draft without number,
     * issuer or date of issue, to fill in.
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan copyTemplate(String templateCode, String provinceCode, int shiftYears) {
        PlanDocument template = templates().stream()
                .filter(t -> t.templateCode().equals(templateCode))
                .findFirst()
                .orElseThrow();
        return asDraftCopy(importPlan(template.shiftedBy(shiftYears), provinceCode, ImportOptions.KEEP_HEADER));
    }

    /**
     * A copy of a plan for another province (in the caller's jurisdiction) or year: a draft without number, issuer
     * or date of issue.
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan copy(long planId, String provinceCode, int shiftYears) {
        PlanDocument document = export(planId).shiftedBy(shiftYears);
        if (provinceCode != null && !provinceCode.strip().equals(get(planId).getProvinceCode())) {
            // the source's communes and districts are not the receiving province's: their tasks stay behind
            document = document.withoutUnitTasks();
        }
        return asDraftCopy(importPlan(document, provinceCode, ImportOptions.KEEP_HEADER));
    }

    /** A copy is another plan: its number, issuer and date of issue are left to fill in, not the source's. */
    private Plan asDraftCopy(Plan plan) {
        plan.clearIssue();
        return plans.saveAndFlush(plan);
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

    /** The plan's tasks with their agencies by code, and a unit's task with the unit's official code. */
    private List<TaskSpec> tasksOf(Plan plan) {
        return planTasks.findLive(plan.getId()).stream()
                .map(t -> new TaskSpec(
                        t.getText(),
                        t.getLeadAgencyId() == null
                                ? null
                                : agencies.find(t.getLeadAgencyId())
                                        .map(Agency::getCode)
                                        .orElse(null),
                        t.getCooperatingAgencyIds().stream()
                                .map(id ->
                                        agencies.find(id).map(Agency::getCode).orElse(null))
                                .filter(java.util.Objects::nonNull)
                                .sorted()
                                .toList(),
                        t.getDueOn(),
                        t.getRecurrence(),
                        t.getLeadUnitId() == null
                                ? null
                                : units.findById(t.getLeadUnitId())
                                        .map(AdminUnit::code)
                                        .orElse(null)))
                .filter(t -> t.leadAgencyCode() != null || t.toUnit())
                .toList();
    }

    /**
     * The tasks of a plan file, their agencies found by code in the province, or through the mapping the importer
     * gave (a code of the file → a code of the province). An agency found neither way refuses the import with the
     * names not matched and the agencies offered ({@code plan.import.agencyUnmatched}), so the importer maps them;
     * nothing is given to an agency the plan did not name. Only agencies existing during the plan's period match.
     * A province with no agency registered yet gets no task:
     * tasks need a lead agency, and the office adds them once its agencies are entered.
     */
    private void importTasks(Plan plan, List<TaskSpec> specs, java.util.Map<String, String> mapping) {
        if (specs == null || specs.isEmpty()) {
            return;
        }
        java.util.Map<TaskSpec, AdminUnit> unitLeads = unitLeads(plan, specs);
        if (agencies.list(plan.getProvinceCode()).isEmpty()) {
            // no agency yet: the units' tasks are taken in without their cooperating agencies
            unitLeads.forEach((spec, unit) -> planTasks.save(new PlanTask(
                    plan.getId(),
                    new PlanTaskForm(spec.text(), null, List.of(), spec.dueOn(), spec.recurrence(), unit.code()),
                    unit.id())));
            planTasks.flush();
            return;
        }
        // the agencies that exist during the plan's period: a plan of 2021 finds Sở Lao động - Thương binh và Xã
        // hội, a plan of 2026 does not (its tasks went to Sở Y tế and Sở Nội vụ on 1/3/2025)
        List<Agency> ofProvince = agencies.listDuring(plan.getProvinceCode(), plan.getPeriodFrom(), plan.getPeriodTo());
        java.util.Map<String, Agency> byCode = new java.util.HashMap<>();
        ofProvince.forEach(a -> byCode.put(a.getCode().toUpperCase(java.util.Locale.ROOT), a));
        java.util.function.Function<String, java.util.Optional<Agency>> find = code -> {
            String key = code.strip().toUpperCase(java.util.Locale.ROOT);
            String mapped = mapping.entrySet().stream()
                    .filter(e -> e.getKey().strip().equalsIgnoreCase(key))
                    .map(e -> e.getValue().strip().toUpperCase(java.util.Locale.ROOT))
                    .findFirst()
                    .orElse(key);
            return java.util.Optional.ofNullable(byCode.get(mapped));
        };
        java.util.Set<String> unmatched = new java.util.TreeSet<>();
        for (TaskSpec spec : specs) {
            if (spec.text() == null || spec.text().isBlank()) {
                throw new RuleViolationException("plan.import.taskInvalid");
            }
            if (!spec.toUnit()
                    && (spec.leadAgencyCode() == null || spec.leadAgencyCode().isBlank())) {
                throw new RuleViolationException("plan.import.taskNoLead", spec.text());
            }
            java.util.stream.Stream.concat(
                            spec.toUnit()
                                    ? java.util.stream.Stream.<String>empty()
                                    : java.util.stream.Stream.of(spec.leadAgencyCode()),
                            spec.cooperatingAgencyCodes() == null
                                    ? java.util.stream.Stream.empty()
                                    : spec.cooperatingAgencyCodes().stream())
                    .filter(c -> c != null && !c.isBlank() && find.apply(c).isEmpty())
                    .forEach(c -> unmatched.add(c.strip().toUpperCase(java.util.Locale.ROOT)));
        }
        if (!unmatched.isEmpty()) {
            List<java.util.Map<String, String>> offered = ofProvince.stream()
                    .map(a -> java.util.Map.of("code", a.getCode(), "name", a.getName()))
                    .toList();
            throw new RuleViolationException(
                    java.util.Map.of("unmatched", List.copyOf(unmatched), "offered", offered),
                    "plan.import.agencyUnmatched",
                    String.join(", ", unmatched));
        }
        for (TaskSpec spec : specs) {
            List<Long> cooperating = spec.cooperatingAgencyCodes() == null
                    ? List.of()
                    : spec.cooperatingAgencyCodes().stream()
                            .filter(c -> c != null && !c.isBlank())
                            .map(c -> find.apply(c).orElseThrow().getId())
                            .distinct()
                            .toList();
            AdminUnit unit = unitLeads.get(spec);
            if (unit != null) {
                planTasks.save(new PlanTask(
                        plan.getId(),
                        new PlanTaskForm(spec.text(), null, cooperating, spec.dueOn(), spec.recurrence(), unit.code()),
                        unit.id()));
                continue;
            }
            Long lead = find.apply(spec.leadAgencyCode()).orElseThrow().getId();
            planTasks.save(new PlanTask(
                    plan.getId(), new PlanTaskForm(spec.text(), lead, cooperating, spec.dueOn(), spec.recurrence())));
        }
        planTasks.flush();
    }

    /**
     * The units leading the file's tasks given to units: a commune, or a district before 1/7/2025, of the plan's
     * province, by code, as in force at the end of the plan's period (today when it runs on). A code found nowhere
     * there refuses the import, naming the codes ({@code plan.import.taskUnitUnmatched}); nothing is written.
     */
    private java.util.Map<TaskSpec, AdminUnit> unitLeads(Plan plan, List<TaskSpec> specs) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = plan.getPeriodTo().isBefore(today) ? plan.getPeriodTo() : today;
        java.util.Map<TaskSpec, AdminUnit> found = new java.util.IdentityHashMap<>();
        java.util.Set<String> unmatched = new java.util.TreeSet<>();
        for (TaskSpec spec : specs) {
            if (!spec.toUnit()) {
                continue;
            }
            if (spec.leadAgencyCode() != null && !spec.leadAgencyCode().isBlank()) {
                throw new RuleViolationException("plan.import.taskTwoLeads", spec.text());
            }
            String code = spec.leadUnitCode().strip();
            units.find(code, on)
                    .filter(u -> u.level() != vn.pcmt.geo.UnitLevel.PROVINCE
                            && plan.getProvinceCode().equals(u.provinceCode()))
                    .ifPresentOrElse(u -> found.put(spec, u), () -> unmatched.add(code));
        }
        if (!unmatched.isEmpty()) {
            throw new RuleViolationException(
                    java.util.Map.of("unmatched", List.copyOf(unmatched)),
                    "plan.import.taskUnitUnmatched",
                    String.join(", ", unmatched));
        }
        return found;
    }

    /**
     * How a plan file is taken in: whether it keeps the number, issuer and date of issue it carries (a province's
     * own plan entered from its file) or leaves them to fill in (the default: a plan of another province or year),
     * and the agencies of the file mapped to the province's ({@code code of the file → code of the province}).
     */
    public record ImportOptions(boolean keepHeader, java.util.Map<String, String> agencyMapping) {

        public static final ImportOptions DEFAULT = new ImportOptions(false, java.util.Map.of());
        static final ImportOptions KEEP_HEADER = new ImportOptions(true, java.util.Map.of());

        public ImportOptions {
            agencyMapping = agencyMapping == null ? java.util.Map.of() : java.util.Map.copyOf(agencyMapping);
        }
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
                    spec.code(),
                    spec.name(),
                    spec.definition(),
                    spec.kind(),
                    spec.unit() == null || spec.unit().isBlank() ? "đơn vị" : spec.unit(),
                    agencyId);
        }
    }

    /**
     * A plan from a file: all of it or nothing (a bad target or project, or an agency not matched, refuses the whole
     * plan). It starts as a draft without the file's number, issuer and date of issue (to fill in).
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan importPlan(PlanDocument document, String provinceCode) {
        return importPlan(document, provinceCode, ImportOptions.DEFAULT);
    }

    /** A plan from a file, as the options say: keeping its header or not, with the importer's agency mapping. */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public Plan importPlan(PlanDocument document, String provinceCode, ImportOptions options) {
        validator.validate(document).stream()
                .min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new RuleViolationException(
                            "plan.import.invalidField", v.getPropertyPath().toString(), v.getMessage());
                });
        if (document.title() == null
                || document.periodFrom() == null
                || document.periodTo() == null
                || (options.keepHeader() && (document.number() == null || document.issuedOn() == null))) {
            throw new RuleViolationException("plan.import.incomplete");
        }
        boolean keep = options.keepHeader();
        Plan plan = create(
                new PlanForm(
                        provinceCode,
                        keep ? document.number() : null,
                        document.title(),
                        keep ? (document.issuer() == null ? "" : document.issuer()) : null,
                        keep ? document.issuedOn() : null,
                        document.periodFrom(),
                        document.periodTo(),
                        document.legalBasis(),
                        document.objectives()),
                document.templateCode());
        defineManualMetrics(document.manualMetrics(), provinceCode);
        if (document.targets() != null) {
            for (PlanTargetForm target : document.targets()) {
                check(target, provinceCode);
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
        importTasks(plan, document.tasks(), options.agencyMapping());
        return plan;
    }

    private void check(PlanTargetForm form, String provinceCode) {
        if (form.code() == null
                || form.code().isBlank()
                || form.text() == null
                || form.text().isBlank()
                || form.form() == null
                || form.comparison() == null
                || form.threshold() == null) {
            throw new RuleViolationException("plan.target.incomplete", form.code());
        }
        knownMetric("metricCode", form.metricCode(), provinceCode);
        if (form.form() == TargetForm.SHARE) {
            if (form.denominator() == null || form.denominator().isBlank()) {
                throw RuleViolationException.onField("denominator", "plan.target.denominatorRequired", form.code());
            }
            knownMetric("denominator", form.denominator().strip(), provinceCode);
        }
        checkGroup(form, provinceCode);
        if (form.hasUnitThreshold()) {
            if (form.unitComparison() == null || form.unitThreshold() == null) {
                throw RuleViolationException.onField(
                        form.unitThreshold() == null ? "unitThreshold" : "unitComparison",
                        "plan.target.unitThresholdIncomplete",
                        form.code());
            }
            if (form.levelOrUnit() == TargetLevel.UNIT) {
                throw RuleViolationException.onField("unitThreshold", "plan.target.unitThresholdOnUnit", form.code());
            }
        }
    }

    /** A metric of the catalogue, or a problem naming the field and listing the codes the province may use. */
    private void knownMetric(String field, String code, String provinceCode) {
        if (code == null || metrics.find(code.strip()).isEmpty()) {
            throw metrics.unknown(field, code, provinceCode);
        }
    }

    /** A target of a group level names a live group of the plan's province; a target of another level names none. */
    private void checkGroup(PlanTargetForm form, String provinceCode) {
        if (!form.levelOrUnit().onGroup()) {
            if (form.groupId() != null) {
                throw RuleViolationException.onField("groupId", "plan.target.groupWithoutGroupLevel", form.code());
            }
            return;
        }
        if (form.groupId() == null) {
            throw RuleViolationException.onField("groupId", "plan.target.groupRequired", form.code());
        }
        vn.pcmt.geo.UnitGroup group;
        try {
            group = groups.group(form.groupId());
        } catch (java.util.NoSuchElementException | vn.pcmt.geo.OutsideJurisdictionException e) {
            throw RuleViolationException.onField("groupId", "plan.target.groupUnknown", form.groupId());
        }
        if (!group.getProvinceCode().equals(provinceCode)) {
            throw RuleViolationException.onField("groupId", "plan.target.groupUnknown", form.groupId());
        }
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
