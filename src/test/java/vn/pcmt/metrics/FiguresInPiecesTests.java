package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonQueries;
import vn.pcmt.people.internal.TestResult;

/**
 * A unit's figure added up from its pieces (ADR 064): for every metric declared a sum over the units its rows lie
 * in, the figure of one unit (a province, a district of before 2025, a commune of today), made of what the rows lying
 * in each unit it covers add to it, equals the same figure counted in one query over all it covers (asked together
 * with another unit, a figure is counted so), before and after the reform of 1/7/2025, with people recorded in
 * communes that no longer exist, of Hưng Yên and of Thái Bình merged into it.
 */
@PcmtTest
class FiguresInPiecesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 12, 31);

    /** The metrics whose figure of one unit is the sum of its pieces'. */
    private static final List<String> SUMMED = List.of(
            "people.under_management",
            "people.addicts",
            "people.addicts_with_record",
            "people.addicts_without_record",
            "people.in_rehab",
            "people.in_rehab_home",
            "people.in_rehab_community",
            "people.in_rehab_compulsory",
            "people.after_rehab",
            "people.in_substitution",
            "people.high_risk",
            "people.with_record",
            "people.opioid_addicts",
            "people.management_opened",
            "people.rehab_started",
            "people.rehab_completed",
            "people.drug_tests",
            "people.positive_tests",
            "people.communes_with_addicts",
            "people.communes_home_rehab",
            "people.high_risk_with_measure",
            "people.high_risk_without_measure",
            "facilities.health_stations",
            "facilities.health_stations_qualified",
            "facilities.public_rehab",
            "facilities.public_rehab_qualified",
            "facilities.public_rehab_meeting_law",
            "facilities.stations_and_public_rehab",
            "facilities.communes_with_qualified_point",
            "facilities.determination_capable",
            "facilities.communes_with_addicts_and_point");

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    Metrics metrics;

    @Autowired
    UnitService units;

    @Autowired
    PersonQueries queries;

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

    @Test
    void the_sum_of_the_pieces_is_the_figure_counted_over_all_a_unit_covers() {
        fixture.signIn("tinh");
        // a commune of Hưng Yên of before 2025 that no longer exists, and one of Thái Bình, merged into Hưng Yên
        String oldHungYen = oldCommune("33");
        String oldThaiBinh = oldCommune("34");
        List<String> recorded = List.of("11953", oldHungYen, oldThaiBinh);
        for (int i = 0; i < recorded.size(); i++) {
            LocalDate birth = LocalDate.of(1991, 4, 2 + i);
            Person person = fixture.person(recorded.get(i), "Người Thử " + (char) ('A' + i), birth);
            fixture.open(person, PeopleFixture.management(LocalDate.of(2024, 3, 1)));
            fixture.record(person, PeopleFixture.test(LocalDate.of(2024, 5, 2), TestResult.POSITIVE));
            fixture.record(person, PeopleFixture.test(LocalDate.of(2026, 2, 2), TestResult.NEGATIVE));
        }
        fixture.signIn("admin");
        String district = jdbc.sql("select c.district_code from admin_unit c where c.code = :c and c.level = 'COMMUNE'"
                        + " and c.valid_to = date '2025-06-30'")
                .param("c", oldHungYen)
                .query(String.class)
                .single();
        AdminUnit haNoi = units.find("01", TODAY).orElseThrow();
        List<String> checked = new ArrayList<>();
        for (LocalDate day : List.of(BEFORE_REFORM, TODAY)) {
            LocalDate from = day.withDayOfYear(1).minusYears(2);
            // the district only while it existed
            for (String code : day.equals(TODAY) ? List.of("33", "11953") : List.of("33", district, "11953")) {
                AdminUnit unit = code.equals(district)
                        ? units.find(code, day).orElseThrow()
                        : units.find(code, TODAY).orElseThrow();
                for (String metric : SUMMED) {
                    // asked with another unit first: counted in one query over all each covers
                    Map<AdminUnit, BigDecimal> counted = metrics.valuesFor(metric, List.of(unit, haNoi), from, day);
                    MetricValue composed = metrics.value(metric, unit.code(), from, day);
                    assertThat(composed.value())
                            .as("%s of %s (%s) from %s to %s", metric, unit.fullName(), code, from, day)
                            .isEqualTo(counted.get(unit));
                    checked.add(metric);
                }
            }
        }
        assertThat(checked).hasSize(5 * SUMMED.size());
        // the figures compared are not all zero: the three people counted where they lived
        assertThat(metrics.value("people.under_management", "33", TODAY, TODAY).value())
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(3));
        assertThat(metrics.value("people.drug_tests", "33", LocalDate.of(2024, 1, 1), TODAY)
                        .value())
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(6));
        assertThat(metrics.value("people.positive_tests", district, LocalDate.of(2024, 1, 1), BEFORE_REFORM)
                        .value())
                .as("the test of 2024 in the district of the time")
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
    }

    @Test
    void a_flow_of_people_is_not_counted_in_pieces() {
        assertThatThrownBy(() -> queries.flowIn("peopleServed", 1, List.of(1L), TODAY, TODAY))
                .as("people served: one person counted once in a province may have been served in two of its communes")
                .hasMessageContaining("not a sum over units");
    }

    private String oldCommune(String province) {
        return jdbc.sql("select min(code) from admin_unit where level = 'COMMUNE' and province_code = :p"
                        + " and valid_to = date '2025-06-30' and code not in (select code from admin_unit"
                        + " where valid_to is null)")
                .param("p", province)
                .query(String.class)
                .single();
    }
}
