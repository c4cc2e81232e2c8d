package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.Person;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.UnitProgress;
import vn.pcmt.platform.FigureCache;

/**
 * Figures are kept under the register version, and batched figures equal the figures asked unit by unit: a kept
 * or batched figure is never different from what the registers say now.
 */
@PcmtTest
class FigureCacheTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Autowired
    Metrics metrics;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    FigureCache cache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlanService plans;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    /**
     * A figure is computed with each statement planned for its values (ADR 016), whether kept or not; other
     * statements keep PostgreSQL's default, which lets the triggers and the imports reuse their plans.
     */
    @Test
    void figures_are_planned_for_their_values_and_nothing_else() {
        String setting = "select current_setting('plan_cache_mode')";
        String inFigure = cache.get(
                () -> jdbc.sql(setting).query(String.class).single(), "test.planCacheMode", System.nanoTime());
        assertThat(inFigure).isEqualTo("force_custom_plan");
        assertThat(jdbc.sql(setting).query(String.class).single()).isEqualTo("auto");
        String afterFigure = transactions.execute(status -> {
            cache.get(() -> 1, "test.planCacheMode", System.nanoTime());
            return jdbc.sql(setting).query(String.class).single();
        });
        assertThat(afterFigure).isEqualTo("force_custom_plan");
        String otherTransaction = transactions.execute(
                status -> jdbc.sql(setting).query(String.class).single());
        assertThat(otherTransaction).isEqualTo("auto");
    }

    @Test
    void a_kept_figure_changes_with_the_register_whether_the_change_comes_through_a_service_or_straight_sql() {
        fixture.signIn("tinh");
        BigDecimal before = managed("11953");
        assertThat(managed("11953")).as("asked again, unchanged").isEqualByComparingTo(before);

        Person person = fixture.person("11953", "Đoàn Văn Kế", LocalDate.of(1990, 3, 4));
        Episode episode = fixture.open(person, PeopleFixture.management(TODAY.minusDays(3)));
        assertThat(managed("11953")).isEqualByComparingTo(before.add(BigDecimal.ONE));

        jdbc.sql("update episode set deleted_at = now(), deleted_by = 'test' where id = :id")
                .param("id", episode.getId())
                .update();
        assertThat(managed("11953")).as("a change by SQL, outside the services").isEqualByComparingTo(before);
    }

    @Test
    void the_register_version_rises_once_per_committed_transaction_and_not_for_a_rolled_back_one() {
        long start = cache.version();
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                jdbc.sql("update legal_rule set note = note where id = (select min(id) from legal_rule)")
                        .update();
            }
        });
        assertThat(cache.version()).isEqualTo(start + 1);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update legal_rule set note = note where id = (select min(id) from legal_rule)")
                    .update();
            tx.setRollbackOnly();
        });
        assertThat(cache.version()).isEqualTo(start + 1);
    }

    @Test
    void figures_for_every_commune_at_once_equal_each_commune_asked_alone_across_the_reform() {
        fixture.signIn("tinh");
        for (String code : new String[] {
            "people.under_management",
            "people.addicts",
            "people.with_record",
            "people.drug_tests",
            "people.served",
            "hotspots.arisen"
        }) {
            for (LocalDate[] period : new LocalDate[][] {
                {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)}, {TODAY.withDayOfYear(1), TODAY}
            }) {
                Map<AdminUnit, BigDecimal> all =
                        metrics.valuesBeneath(code, "33", UnitLevel.COMMUNE, TODAY, period[0], period[1]);
                assertThat(all).hasSize(104);
                BigDecimal total = BigDecimal.ZERO;
                for (var e : all.entrySet()) {
                    BigDecimal alone = metrics.value(code, e.getKey().code(), period[0], period[1])
                            .value();
                    assertThat(e.getValue())
                            .as(code + " " + e.getKey().code() + " " + period[0])
                            .isEqualByComparingTo(alone);
                    total = total.add(alone);
                }
                assertThat(total)
                        .as(code + " over " + period[0] + " has something to compare")
                        .isPositive();
            }
        }
    }

    @Test
    void a_target_for_every_commune_of_the_country_is_for_national_users_and_agrees_with_each_province() {
        fixture.signIn("admin");
        Plan plan = plans.list("33").stream()
                .filter(p -> "HY-135-2025".equals(p.getTemplateCode()))
                .findFirst()
                .orElseThrow();
        PlanTarget target = plans.targets(plan.getId()).stream()
                .filter(t -> t.getCode().equals("HY1a"))
                .findFirst()
                .orElseThrow();
        List<UnitProgress> country = plans.breakdownNationwide(plan.getId(), target.getId(), TODAY);
        assertThat(country).hasSize(3321);
        List<UnitProgress> hungYen = plans.breakdown(plan.getId(), target.getId(), "33", TODAY);
        assertThat(country).containsAll(hungYen);

        fixture.signIn("tinh");
        assertThatThrownBy(() -> plans.breakdownNationwide(plan.getId(), target.getId(), TODAY))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    private BigDecimal managed(String commune) {
        return metrics.value("people.under_management", commune, TODAY).value();
    }
}
