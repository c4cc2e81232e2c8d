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
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.people.PeopleFixture;

/** The catalogue, and a 2024–2026 series of a new commune that sums its predecessors before 1/7/2025. */
@PcmtTest
class MetricTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

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
    HotspotService hotspots;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void every_module_contributes_named_and_documented_metrics() {
        fixture.signIn("tinh");
        List<Metric> catalogue = metrics.catalogue(null);
        assertThat(catalogue)
                .extracting(Metric::code)
                .contains(
                        "people.under_management",
                        "people.addicts",
                        "people.served",
                        "hotspots.arisen",
                        "hotspots.eliminated",
                        "key_localities.transformed",
                        "drugfree.recognised",
                        "units.communes");
        // the registers' metrics are named and defined in the messages (a manual figure's definition is optional)
        assertThat(catalogue).filteredOn(m -> !m.module().equals("manual")).allSatisfy(m -> {
            assertThat(m.name()).as(m.code()).isNotBlank().isNotEqualTo(m.code());
            assertThat(m.definition()).as(m.code()).isNotBlank();
        });
        assertThatThrownBy(() -> metrics.value("no.such", "33", TODAY)).hasMessageContaining("metric.unknown");
    }

    @Test
    void a_series_of_a_new_commune_sums_its_predecessors_before_the_reform_and_is_its_own_after() {
        fixture.signIn("tinh");
        LocalDate today = TODAY;
        Map<Integer, BigDecimal> before = metrics.yearly("hotspots.arisen", "11953", 2024, 2026, today);
        record("11956", LocalDate.of(2024, 4, 1));
        record("11959", LocalDate.of(2024, 5, 1));
        record("11953", LocalDate.of(2026, 1, 10));
        Map<Integer, BigDecimal> after = metrics.yearly("hotspots.arisen", "11953", 2024, 2026, today);
        assertThat(after.get(2024).subtract(before.get(2024))).isEqualByComparingTo("2");
        assertThat(after.get(2025).subtract(before.get(2025))).isEqualByComparingTo("0");
        assertThat(after.get(2026).subtract(before.get(2026))).isEqualByComparingTo("1");

        // 2024: the new ward's value is the sum of its predecessors' values
        AdminUnit ward = units.find("11953", today).orElseThrow();
        BigDecimal sum = BigDecimal.ZERO;
        for (var link : units.predecessors(ward)) {
            sum = sum.add(BigDecimal.valueOf(jdbc.sql("select count(*) from hotspot where deleted_at is null"
                            + " and commune_id = :c and detected_on between '2024-01-01' and '2024-12-31'")
                    .param("c", link.unit().id())
                    .query(Long.class)
                    .single()));
        }
        assertThat(after.get(2024)).isEqualByComparingTo(sum);
        assertThat(metrics.value("hotspots.arisen", "11956", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                        .value())
                .isPositive();

        fixture.signIn("xa2");
        assertThatThrownBy(() -> metrics.value("hotspots.arisen", "11953", today))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void stocks_are_read_on_the_date_and_flows_over_the_period() {
        fixture.signIn("tinh");
        MetricValue communes = metrics.value("units.communes", "33", LocalDate.of(2024, 6, 30));
        assertThat(communes.from()).isEqualTo(communes.to());
        assertThat(communes.value().intValue())
                .as("Hưng Yên and Thái Bình before the merger")
                .isGreaterThan(300);
        assertThat(metrics.value("units.communes", "33", TODAY).value().intValue())
                .isEqualTo(104);
        MetricValue arisen = metrics.value("hotspots.arisen", "33", LocalDate.of(2026, 3, 31));
        assertThat(arisen.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    private void record(String commune, LocalDate on) {
        hotspots.record(new HotspotForm(
                commune,
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Điểm chuỗi " + commune,
                null,
                null,
                null,
                BusinessKind.NONE,
                null,
                on,
                null,
                null,
                List.of(),
                null));
    }
}
