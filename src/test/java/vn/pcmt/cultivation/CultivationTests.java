package vn.pcmt.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.cultivation.internal.CultivationPlot;
import vn.pcmt.cultivation.internal.CultivationService;
import vn.pcmt.cultivation.internal.DestructionForm;
import vn.pcmt.cultivation.internal.PlantSpecies;
import vn.pcmt.cultivation.internal.PlotForm;
import vn.pcmt.cultivation.internal.PlotState;
import vn.pcmt.cultivation.internal.ReplantingForm;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * The cultivation register as rules: found, destroyed, re-planted, and its figures across 1/7/2025. Phường Phố Hiến
 * (11953) was formed on 1/7/2025 from, among others, Phường An Tảo (11956), a ward of the former city of Hưng Yên: a
 * plot found in An Tảo in 2024 counts in Phố Hiến's 2024 figure and in the former district's.
 */
@PcmtTest
class CultivationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    CultivationService plots;

    @Autowired
    Metrics metrics;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    static PlotForm form(String commune, LocalDate found, String area, int plants) {
        return new PlotForm(
                commune,
                PlantSpecies.CANNABIS,
                null,
                new BigDecimal(area),
                plants,
                found,
                "Công an xã",
                new BigDecimal("20.650000"),
                new BigDecimal("106.050000"),
                "Bãi sông",
                null,
                null);
    }

    private BigDecimal figure(String metric, String unit, LocalDate from, LocalDate to) {
        return metrics.value("cultivation." + metric, unit, from, to).value();
    }

    @Test
    void figures_follow_unit_history_across_the_reform_and_count_destruction_and_replanting_on_their_own_days() {
        fixture.signIn("tinh");
        LocalDate y24 = LocalDate.of(2024, 1, 1);
        LocalDate e24 = LocalDate.of(2024, 12, 31);
        LocalDate y26 = LocalDate.of(2026, 1, 1);
        String district = jdbc.sql(
                        "select district_code from admin_unit where code = '11956'" + " and valid_to = '2025-06-30'")
                .query(String.class)
                .single();
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'CULTIVATION', '2023-01-01'"
                        + " from admin_unit where code = '33' and valid_to is null and not exists (select 1 from"
                        + " register_start s where s.register = \'CULTIVATION\' and s.deleted_at is null"
                        + " and s.unit_id = admin_unit.id)")
                .update();
        assertThat(figure("plots_found", "11953", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .as("before the province kept the register: no data, not 0")
                .isNull();
        BigDecimal ward24 = figure("plots_found", "11953", y24, e24);
        BigDecimal district24 = figure("plots_found", district, y24, e24);
        BigDecimal area26 = figure("area_destroyed_m2", "11953", y26, TODAY);
        BigDecimal replanted26 = figure("plots_replanted", "11953", y26, TODAY);

        CultivationPlot old = plots.record(form("11956", LocalDate.of(2024, 3, 1), "250.5", 400));
        assertThat(plots.communeOf(old).code()).isEqualTo("11956");
        old = plots.destroy(old.getId(), new DestructionForm(LocalDate.of(2026, 1, 10), "Tổ công tác xã", 0L));
        CultivationPlot again = plots.replant(
                old.getId(),
                new ReplantingForm(LocalDate.of(2026, 3, 1), "Công an phường", new BigDecimal("80"), 90, null));
        assertThat(again.getReplantedFromId()).isEqualTo(old.getId());
        assertThat(plots.communeOf(again).code())
                .as("the re-planted plot belongs to the commune of its day")
                .isEqualTo("11953");

        assertThat(figure("plots_found", "11953", y24, e24)).isEqualByComparingTo(ward24.add(BigDecimal.ONE));
        assertThat(figure("plots_found", district, y24, e24))
                .as("the former district counts its ward's plot of 2024")
                .isEqualByComparingTo(district24.add(BigDecimal.ONE));
        assertThat(figure("plots_found", "11956", y24, e24)).isPositive();
        assertThat(figure("area_destroyed_m2", "11953", y26, TODAY))
                .as("destroyed in 2026, counted by the day destroyed in the new ward")
                .isEqualByComparingTo(area26.add(new BigDecimal("250.5")));
        assertThat(figure("plots_replanted", "11953", y26, TODAY))
                .isEqualByComparingTo(replanted26.add(BigDecimal.ONE));
        assertThat(figure("area_destroyed_m2", "11953", y24, e24))
                .as("nothing destroyed in 2024 from this plot")
                .isEqualByComparingTo(figure("area_destroyed_m2", "11953", y24, e24));
        assertThat(plots.search("11953", y24, TODAY, PlotState.STANDING, null))
                .anyMatch(r -> r.id() == again.getId())
                .noneMatch(r -> r.id() == plots.get(again.getReplantedFromId()).getId());
    }

    @Test
    void the_lifecycle_refuses_what_cannot_be() {
        fixture.signIn("xa1");
        CultivationPlot plot = plots.record(form("11953", LocalDate.of(2026, 2, 1), "10", 5));
        assertThatThrownBy(() -> plots.replant(plot.getId(), new ReplantingForm(TODAY, "X", BigDecimal.ONE, 1, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cultivation.replant.notDestroyed");
        assertThatThrownBy(() -> plots.destroy(
                        plot.getId(), new DestructionForm(LocalDate.of(2026, 1, 31), "X", plot.getVersion())))
                .hasMessageContaining("cultivation.destroyed.beforeFound");
        assertThatThrownBy(() -> plots.destroy(plot.getId(), new DestructionForm(TODAY, "X", plot.getVersion() + 1)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> plots.record(form("11953", TODAY.plusDays(1), "1", 1)))
                .hasMessageContaining("cultivation.future");
        CultivationPlot destroyed =
                plots.destroy(plot.getId(), new DestructionForm(TODAY, "Tổ công tác", plot.getVersion()));
        assertThat(destroyed.stateOn(TODAY)).isEqualTo(PlotState.DESTROYED);
        assertThat(destroyed.stateOn(TODAY.minusDays(1))).isEqualTo(PlotState.STANDING);
        assertThatThrownBy(() -> plots.destroy(plot.getId(), new DestructionForm(TODAY, "X", destroyed.getVersion())))
                .hasMessageContaining("cultivation.alreadyDestroyed");
        assertThatThrownBy(() -> plots.replant(plot.getId(), new ReplantingForm(TODAY, "X", BigDecimal.ONE, 1, null)))
                .as("re-planting is found after the destruction")
                .hasMessageContaining("cultivation.replant.beforeDestruction");
    }

    @Test
    void commune_police_record_in_their_commune_only_and_departments_not_at_all() {
        fixture.signIn("xa1");
        assertThatThrownBy(() -> plots.record(form("11977", LocalDate.of(2026, 2, 1), "1", 1)))
                .as("another commune of the province")
                .isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("tinh");
        CultivationPlot plot = plots.record(form("11977", LocalDate.of(2026, 2, 1), "1", 1));
        fixture.signIn("xa1");
        assertThatThrownBy(() -> plots.get(plot.getId())).isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("soyte");
        assertThatThrownBy(() -> plots.record(form("11953", LocalDate.of(2026, 2, 1), "1", 1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
