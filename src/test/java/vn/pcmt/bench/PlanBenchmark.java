package vn.pcmt.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.FigureSource;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;

/**
 * Hưng Yên's plan (the 135/KH-UBND template with the demo's each-commune target: 18 targets, 17 of them computed
 * from the registers, those of issues 17 and 18 included) on the national register: the
 * province's dashboard, and every target for every commune of the country. Each is measured twice: right after a
 * change to the registers (the register version is raised before each call, so no kept figure is used) and on
 * repeated views (kept figures). The same run compares one target for Hưng Yên's communes in one query per figure
 * against each commune with its own queries, on a second application that keeps no figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class PlanBenchmark {

    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    /** The targets of the HY template computed from the registers of issues 17 and 18. */
    private static final List<String> REGISTER_TARGETS =
            List.of("HY3b", "HY5a", "HY5b", "HY6", "HY7a", "HY7b", "HY7c", "HY8a", "HY8b", "HY8c", "HY9", "HY10b");

    ConfigurableApplicationContext context;
    ConfigurableApplicationContext uncached;
    PlanService plans;
    PlanService uncachedPlans;
    JdbcClient jdbc;
    long planId;
    List<PlanTarget> targets;
    PlanTarget addicts;
    List<String> provinces = new ArrayList<>();
    List<String> hungYenCommunes = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() {
        context = NationalRegister.start(true, true);
        uncached = NationalRegister.attach(context, false);
        NationalRegister.signIn(context, "admin");
        plans = context.getBean(PlanService.class);
        uncachedPlans = uncached.getBean(PlanService.class);
        jdbc = context.getBean(JdbcClient.class);
        List<Plan> hungYen = plans.list("33");
        System.out.printf(
                "Hưng Yên's plans: %s%n",
                hungYen.stream().map(Plan::getTemplateCode).toList());
        Plan plan = hungYen.stream()
                .filter(p -> "HY-135-2025".equals(p.getTemplateCode()))
                .findFirst()
                .orElseThrow();
        planId = plan.getId();
        targets = plans.targets(planId);
        addicts = targets.stream()
                .filter(t -> t.getCode().equals("HY1a"))
                .findFirst()
                .orElseThrow();
        UnitService units = context.getBean(UnitService.class);
        var page = org.springframework.data.domain.PageRequest.of(0, 100);
        for (AdminUnit p : units.search(new UnitSearch(UnitLevel.PROVINCE, ON, null, null), page)) {
            provinces.add(p.code());
        }
        var communes = org.springframework.data.domain.PageRequest.of(0, 500);
        for (AdminUnit c : units.search(new UnitSearch(UnitLevel.COMMUNE, ON, "33", null), communes)) {
            hungYenCommunes.add(c.code());
        }
        System.out.printf(
                "plan %d: %d targets; %d provinces; %d communes in Hưng Yên%n",
                planId, targets.size(), provinces.size(), hungYenCommunes.size());
        // the plan must be the template of today, with the targets of the registers of issues 17 and 18 (a plan kept
        // in data/bench-pg from an older template would measure fewer figures)
        List<String> codes = targets.stream().map(PlanTarget::getCode).toList();
        List<String> missing =
                REGISTER_TARGETS.stream().filter(c -> !codes.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "the plan of the benchmark lacks " + missing + ": delete data/bench-pg's plan");
        }
        long fromRegisters = 0;
        for (TargetProgress p : plans.progress(planId, "33", ON)) {
            System.out.printf("  %s: %s %s%n", p.code(), p.value(), p.source());
            if (p.source() == FigureSource.REGISTER) {
                fromRegisters++;
            }
        }
        System.out.printf("plan %d: %d targets computed from registers alone%n", planId, fromRegisters);
        casesToChange();
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        uncached.close();
        context.close();
    }

    /**
     * A change to the units or the rules (or to a table no province is found for): {@code register_version} rises and
     * no kept figure is used any more anywhere. Rare (the units change with a reform; rules with a law).
     */
    public void changeOfRules() {
        jdbc.sql("update register_version set version = version + 1 where id = 1")
                .update();
    }

    /**
     * A real change to a register in a province: a drug crime case of the province written again (its statement's
     * trigger raises the version of the provinces covering the case's commune at commit, ADR 055).
     */
    public void changeIn(long caseId) {
        jdbc.sql("update drug_case set note = note where id = :id")
                .param("id", caseId)
                .update();
    }

    /** A case of each province other than Hưng Yên, and one of Hưng Yên, for the changes. */
    void casesToChange() {
        otherProvinceCases = jdbc.sql("select distinct on (a.province_code) c.id from drug_case c"
                        + " join admin_unit a on a.id = c.commune_id"
                        + " where a.valid_to is null and a.province_code <> '33' and c.deleted_at is null"
                        + " order by a.province_code, c.id")
                .query(Long.class)
                .list();
        hungYenCase = jdbc.sql("select min(c.id) from drug_case c join admin_unit a on a.id = c.commune_id"
                        + " where a.valid_to is null and a.province_code = '33' and c.deleted_at is null")
                .query(Long.class)
                .single();
        System.out.printf("cases to change: %d provinces other than Hưng Yên%n", otherProvinceCases.size());
        hungYenEpisode = jdbc.sql("select min(e.id) from episode e join admin_unit a on a.id = e.unit_id"
                        + " where a.valid_to is null and a.province_code = '33' and e.deleted_at is null")
                .query(Long.class)
                .single();
    }

    long hungYenEpisode;

    /** An episode of a person of Hưng Yên written again (its triggers write the person's statuses again). */
    public void changePersonInProvince() {
        jdbc.sql("update episode set note = note where id = :id")
                .param("id", hungYenEpisode)
                .update();
    }

    List<Long> otherProvinceCases = List.of();
    long hungYenCase;
    int nextProvince;

    /** The province's dashboard: every target of the plan for Hưng Yên (each-commune ones over its communes). */
    @Benchmark
    public Object provinceDashboard() {
        return plans.progress(planId, "33", ON);
    }

    /**
     * The same right after a change in another province (the common case: 33 of 34 changes happen elsewhere), which
     * leaves Hưng Yên's figures kept.
     */
    @Benchmark
    public Object provinceDashboardAfterChangeElsewhere(ChangedElsewhere changed) {
        return plans.progress(planId, "33", ON);
    }

    /** The same right after a change in Hưng Yên itself: its figures are computed again. */
    @Benchmark
    public Object provinceDashboardAfterChangeInProvince(ChangedInProvince changed) {
        return plans.progress(planId, "33", ON);
    }

    /**
     * The same right after a change to a person in Hưng Yên (an episode written again: the people's statuses are
     * written by its triggers), which makes every figure read from the people's statuses computed again (ADR 063).
     */
    @Benchmark
    public Object provinceDashboardAfterPeopleChangeInProvince(PeopleChangedInProvince changed) {
        return plans.progress(planId, "33", ON);
    }

    /** The same right after a change of the units or rules: nothing kept is used. */
    @Benchmark
    public Object provinceDashboardAfterChangeOfRules(ChangedRules changed) {
        return plans.progress(planId, "33", ON);
    }

    /** Every target of the plan for every commune of the country (all 3,321 communes in one query per figure). */
    @Benchmark
    public Object allTargetsAllCommunes() {
        return everyCommune(plans);
    }

    /**
     * The same right after a change in one province (another each time): that province's communes are computed
     * again, the others' figures looked up (ADR 061).
     */
    @Benchmark
    public Object allTargetsAllCommunesAfterChangeElsewhere(ChangedElsewhere changed) {
        return everyCommune(plans);
    }

    /** The same right after a change of the units or rules: every commune computed, one query per figure. */
    @Benchmark
    public Object allTargetsAllCommunesAfterChangeOfRules(ChangedRules changed) {
        return everyCommune(plans);
    }

    /** The same on an application that keeps no figures ({@code pcmt.figures.cache=false}). */
    @Benchmark
    public Object allTargetsAllCommunesUncached() {
        return everyCommune(uncachedPlans);
    }

    /** One target (HY1a, addicts fewer than the year before) for Hưng Yên's communes, one query for them all. */
    @Benchmark
    public Object oneTargetHungYenCommunesOneQuery() {
        return uncachedPlans.breakdown(planId, addicts.getId(), "33", ON);
    }

    /** One target (HY1a, addicts fewer than the year before) for Hưng Yên's communes, each commune with its own query. */
    @Benchmark
    public Object oneTargetHungYenCommunesEachOwnQuery() {
        List<Object> all = new ArrayList<>();
        for (String commune : hungYenCommunes) {
            all.add(uncachedPlans.progress(planId, addicts.getId(), commune, ON));
        }
        return all;
    }

    private List<Object> everyCommune(PlanService service) {
        List<Object> all = new ArrayList<>();
        for (PlanTarget target : targets) {
            all.add(service.breakdownNationwide(planId, target.getId(), ON));
        }
        return all;
    }

    /** Raises the register version before each call of a benchmark that takes it. */
    @State(Scope.Benchmark)
    public static class ChangedRules {
        @Setup(Level.Invocation)
        public void change(PlanBenchmark bench) {
            bench.changeOfRules();
        }
    }

    /** Changes a case of another province (the next one each time) before each call. */
    @State(Scope.Benchmark)
    public static class ChangedElsewhere {
        @Setup(Level.Invocation)
        public void change(PlanBenchmark bench) {
            bench.changeIn(bench.otherProvinceCases.get(bench.nextProvince++ % bench.otherProvinceCases.size()));
        }
    }

    /** Changes a person of Hưng Yên before each call. */
    @State(Scope.Benchmark)
    public static class PeopleChangedInProvince {
        @Setup(Level.Invocation)
        public void change(PlanBenchmark bench) {
            bench.changePersonInProvince();
        }
    }

    /** Changes a case of Hưng Yên before each call. */
    @State(Scope.Benchmark)
    public static class ChangedInProvince {
        @Setup(Level.Invocation)
        public void change(PlanBenchmark bench) {
            bench.changeIn(bench.hungYenCase);
        }
    }
}
