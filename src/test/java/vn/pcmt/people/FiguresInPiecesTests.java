package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonQueries;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.people.internal.TestResult;

/**
 * A unit's figures added up from their pieces (ADR 064): the people's counts by status on a day, and the flows of
 * episodes and events, of a province, of a district of before 2025 and of a commune of today are the sums of what
 * the rows lying in each unit they cover add to them, and equal the same figures counted in one query over all they
 * cover, before and after the reform of 1/7/2025, with people recorded in communes that no longer exist.
 */
@PcmtTest
class FiguresInPiecesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 12, 31);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PeopleStats stats;

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
        record Recorded(String commune, String name) {}
        for (Recorded r : List.of(
                new Recorded("11953", "Đoàn Văn Kế"),
                new Recorded(oldHungYen, "Lê Thị Hoa"),
                new Recorded(oldThaiBinh, "Phạm Văn Nam"))) {
            LocalDate birth = LocalDate.of(1991, 4, 2 + r.name().length() % 20);
            Person person = fixture.person(r.commune(), r.name(), birth);
            fixture.open(person, PeopleFixture.management(LocalDate.of(2024, 3, 1)));
            fixture.record(person, PeopleFixture.test(LocalDate.of(2024, 5, 2), TestResult.POSITIVE));
            fixture.record(person, PeopleFixture.test(LocalDate.of(2026, 2, 2), TestResult.NEGATIVE));
        }

        long hungYen = unit("33", "PROVINCE", TODAY);
        long hungYenOf2024 = unit("33", "PROVINCE", BEFORE_REFORM);
        long district = jdbc.sql("select a.id from admin_unit a join admin_unit c on c.district_code = a.code"
                        + " and c.code = :c and c.level = 'COMMUNE' and c.valid_to is not null"
                        + " where a.level = 'DISTRICT' and (a.valid_from is null or a.valid_from <= :d)"
                        + " and (a.valid_to is null or a.valid_to >= :d)"
                        + " and (c.valid_from is null or c.valid_from <= :d) and c.valid_to >= :d")
                .param("c", oldHungYen)
                .param("d", BEFORE_REFORM)
                .query(Long.class)
                .single();
        long hienNam = unit("11953", "COMMUNE", TODAY);
        for (long whole : List.of(hungYen, hungYenOf2024, district, hienNam)) {
            for (LocalDate day : List.of(BEFORE_REFORM, TODAY)) {
                Map<PersonStatus, Long> composed =
                        stats.statusesByUnit(List.of(whole), day).get(whole);
                Map<PersonStatus, Long> counted =
                        queries.countByStatus(List.of(whole), day).byStatus().get(whole);
                assertThat(composed).as("statuses of unit %d on %s", whole, day).isEqualTo(counted);
                assertThat(stats.withRecordByUnit(List.of(whole), day))
                        .as("people with a record of unit %d on %s", whole, day)
                        .isEqualTo(queries.countByStatus(List.of(whole), day).withRecord());
                LocalDate from = day.withDayOfYear(1).minusYears(2);
                for (String flow : PersonQueries.ADDITIVE_FLOWS) {
                    assertThat(stats.flowByUnit(flow, List.of(whole), from, day))
                            .as("%s of unit %d from %s to %s", flow, whole, from, day)
                            .isEqualTo(queries.flow(flow, List.of(whole), from, day));
                }
            }
        }
        // the figures compared are not all zero: the three people counted where they lived
        assertThat(stats.statusesByUnit(List.of(hungYen), TODAY).get(hungYen).get(PersonStatus.UNDER_MANAGEMENT))
                .isGreaterThanOrEqualTo(3);
        assertThat(stats.flowByUnit("drugTests", List.of(hungYen), LocalDate.of(2024, 1, 1), TODAY)
                        .get(hungYen))
                .isGreaterThanOrEqualTo(6);
        assertThat(stats.flowByUnit("positiveTests", List.of(district), LocalDate.of(2024, 1, 1), BEFORE_REFORM)
                        .get(district))
                .as("the test of 2024 in the district of the time")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_figure_not_made_of_pieces_is_refused_in_pieces() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> queries.flowIn("peopleServed", 1, List.of(1L), TODAY, TODAY))
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

    private long unit(String code, String level, LocalDate on) {
        return jdbc.sql(
                        "select id from admin_unit where code = :c and level = :l and (valid_from is null or valid_from <= :d)"
                                + " and (valid_to is null or valid_to >= :d)")
                .param("c", code)
                .param("l", level)
                .param("d", on)
                .query(Long.class)
                .single();
    }
}
