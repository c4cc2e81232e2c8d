package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.Person;

/**
 * The metrics of issue 16 as rules, each on communes of Quảng Ngãi where the demo data has nothing: new users and
 * new addicts (a person's first management, first determination found addicted), communes whose recognition was
 * revoked, and key localities in force on a date (a stock).
 */
@PcmtTest
class NewMetricTests {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    Metrics metrics;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        clock.setToday(TODAY);
        accounts.create(
                "qn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("51", TODAY).orElseThrow().id(),
                null);
        fixture.signIn("qn_tinh");
        // Quảng Ngãi keeps its registers: what these tests record counts, not "no data" (ADR 030)
        KeptRegisters.keep(jdbc, "51", TODAY, LocalDate.of(2015, 1, 1));
    }

    @AfterEach
    void signOut() {
        KeptRegisters.forget(jdbc, "51");
        fixture.signOut();
    }

    long value(String code, String unit, LocalDate from, LocalDate to) {
        return metrics.value(code, unit, from, to).value().longValueExact();
    }

    @Test
    void new_users_are_people_managed_for_the_first_time_and_new_addicts_those_first_found_addicted() {
        String commune = "21115";
        Person first = fixture.person(commune, "Nguyễn Văn Mới", LocalDate.of(1995, 3, 2));
        fixture.open(first, management(LocalDate.of(2026, 3, 1)));
        Person again = fixture.person(commune, "Trần Văn Cũ", LocalDate.of(1990, 5, 6));
        fixture.open(again, management(LocalDate.of(2024, 3, 1)));
        fixture.open(again, management(LocalDate.of(2026, 2, 1)));

        assertThat(value("people.management_opened", commune, Y2026, TODAY)).isEqualTo(2);
        assertThat(value("people.new_users", commune, Y2026, TODAY)).isEqualTo(1);
        assertThat(value("people.new_users", commune, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEqualTo(1);

        Person relapsed = fixture.person(commune, "Lê Văn Tái", LocalDate.of(1988, 1, 9));
        fixture.open(
                relapsed,
                determination(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10), DeterminationResult.ADDICTED));
        fixture.open(
                relapsed,
                determination(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5), DeterminationResult.ADDICTED));
        Person found = fixture.person(commune, "Phạm Văn Mới", LocalDate.of(1999, 8, 1));
        fixture.open(
                found,
                determination(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 1), DeterminationResult.ADDICTED));
        Person laterFound = fixture.person(commune, "Đỗ Văn Sau", LocalDate.of(2000, 2, 2));
        fixture.open(
                laterFound,
                determination(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 1), DeterminationResult.NOT_ADDICTED));
        fixture.open(
                laterFound,
                determination(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 1), DeterminationResult.ADDICTED));

        assertThat(value("people.determined_addicted", commune, Y2026, TODAY)).isEqualTo(3);
        assertThat(value("people.new_addicts", commune, Y2026, TODAY)).isEqualTo(2);
        assertThat(value("people.new_addicts", commune, LocalDate.of(2026, 4, 2), TODAY))
                .as("only the one first found addicted in May")
                .isEqualTo(1);
        assertThat(metrics.find("people.new_addicts").orElseThrow().kind()).isEqualTo(MetricKind.FLOW);
    }

    @Test
    void revoked_recognitions_are_a_flow_over_the_period() {
        String commune = "21127";
        long programme = jdbc.sql("insert into drugfree_programme (province_code, name, criteria_set_id, starts_on)"
                        + " select '51', 'Thử thu hồi', id, '2025-01-01' from drugfree_criteria_set"
                        + " where code = 'KONTUM-2024' returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into drugfree_commune (programme_id, unit_id, status, registered_on, decision_number,"
                        + " recognised_on, revoked_on, revoke_reason) values (:p, :u, 'REVOKED', '2025-03-01',"
                        + " '5/QĐ-UBND', '2025-10-01', '2026-04-01', 'Phát hiện điểm bán lẻ')")
                .param("p", programme)
                .param("u", units.find(commune, TODAY).orElseThrow().id())
                .update();
        assertThat(value("drugfree.revoked", commune, Y2026, TODAY)).isEqualTo(1);
        assertThat(value("drugfree.revoked", commune, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .isZero();
        assertThat(value("drugfree.recognised", commune, Y2026, LocalDate.of(2026, 3, 31)))
                .isEqualTo(1);
        assertThat(value("drugfree.recognised", commune, Y2026, TODAY)).isZero();
        assertThat(metrics.find("drugfree.revoked").orElseThrow().kind()).isEqualTo(MetricKind.FLOW);
    }

    @Test
    void key_localities_in_force_are_a_stock_on_the_date() {
        String commune = "21124";
        long unit = units.find(commune, TODAY).orElseThrow().id();
        locality(unit, null, null);
        locality(unit, LocalDate.of(2026, 5, 1), null);
        locality(unit, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20));
        assertThat(value("key_localities.in_force", commune, Y2026, LocalDate.of(2026, 4, 30)))
                .isEqualTo(3);
        assertThat(value("key_localities.in_force", commune, Y2026, LocalDate.of(2026, 6, 1)))
                .isEqualTo(2);
        assertThat(value("key_localities.in_force", commune, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .as("before the decisions")
                .isZero();
        assertThat(value("key_localities.selected", commune, Y2026, LocalDate.of(2026, 6, 1)))
                .as("the selections of the period, transformed or not")
                .isEqualTo(3);
        assertThat(metrics.find("key_localities.in_force").orElseThrow().kind()).isEqualTo(MetricKind.STOCK);
    }

    void locality(long unit, LocalDate transformed, LocalDate complexAgain) {
        jdbc.sql("insert into key_locality (unit_id, decision_number, decision_date, period_from, period_to, reasons,"
                        + " transformed_on, transformed_decision, complex_again_on, complex_again_reason)"
                        + " values (:u, '7/QĐ-UBND', '2026-01-10', '2026-01-10', '2026-12-31', 'Nhiều người sử dụng',"
                        + " :t, :td, :a, :ar)")
                .param("u", unit)
                .param("t", transformed)
                .param("td", transformed == null ? null : "9/QĐ-UBND")
                .param("a", complexAgain)
                .param("ar", complexAgain == null ? null : "Tái phức tạp")
                .update();
    }
}
