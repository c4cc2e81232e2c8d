package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.rehabDone;
import static vn.pcmt.people.PeopleFixture.test;

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
import vn.pcmt.metrics.KeptRegisters;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.TestResult;

/**
 * Relapse and high risk as rules (ADR 048), in Huế communes no other test uses, counted as differences so that a
 * second run on the same database gives the same answer: people who completed rehab in a period and were found
 * addicted again or tested positive within 6 or 12 months (counted where they lived on completing it, across
 * 1/7/2025), and high-risk people (psychosis after synthetic drugs) with and without a measure.
 */
@PcmtTest
class ServiceFigureTests {

    static final LocalDate TODAY = LocalDate.of(2026, 8, 1);
    /** Xã Lộc An since 1/7/2025, over the former Lộc Điền (20143). */
    static final String COMMUNE = "20140";

    static final String FORMER = "20143";

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
                "hue_dichvu",
                Role.PROVINCIAL_OFFICE,
                units.find("46", TODAY).orElseThrow().id(),
                null);
        fixture.signIn("hue_dichvu");
        KeptRegisters.keep(jdbc, "46", TODAY, LocalDate.of(2015, 1, 1));
    }

    @AfterEach
    void signOut() {
        KeptRegisters.forget(jdbc, "46");
        fixture.signOut();
    }

    long value(String code, String unit, LocalDate from, LocalDate to) {
        return metrics.value(code, unit, from, to).value().longValueExact();
    }

    private Person completed(String commune, LocalDate end) {
        Person p = fixture.person(commune, "Người Thử Tái Nghiện", LocalDate.of(1991, 4, 4));
        fixture.open(
                p, determination(end.minusMonths(8), end.minusMonths(8).plusDays(2), DeterminationResult.ADDICTED));
        fixture.open(p, rehabDone(RehabForm.VOLUNTARY_HOME, end.minusMonths(6), end, end));
        return p;
    }

    @Test
    void relapse_within_6_and_12_months_of_completing_rehab() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        long completedBefore = value("people.completed_treatment", COMMUNE, from, to);
        long sixBefore = value("people.relapsed_6m", COMMUNE, from, to);
        long twelveBefore = value("people.relapsed_12m", COMMUNE, from, to);
        long formerBefore = value("people.relapsed_6m", FORMER, from, to);

        // tested positive 2.5 months after completing: relapsed within 6 (and 12) months
        Person soon = completed(FORMER, LocalDate.of(2025, 3, 31));
        fixture.record(soon, test(LocalDate.of(2025, 6, 15), TestResult.POSITIVE));
        // found addicted again 9 months after: within 12 months only
        Person later = completed(FORMER, LocalDate.of(2025, 4, 30));
        fixture.open(
                later,
                determination(LocalDate.of(2026, 1, 28), LocalDate.of(2026, 1, 30), DeterminationResult.ADDICTED));
        // a negative test, then a positive one 13 months after: no relapse within 12 months
        Person clean = completed(COMMUNE, LocalDate.of(2025, 5, 15));
        fixture.record(clean, test(LocalDate.of(2025, 7, 1), TestResult.NEGATIVE));
        fixture.record(clean, test(LocalDate.of(2026, 6, 20), TestResult.POSITIVE));
        // completed after the period: not among those counted
        Person july = completed(COMMUNE, LocalDate.of(2025, 7, 10));
        fixture.record(july, test(LocalDate.of(2025, 8, 1), TestResult.POSITIVE));

        assertThat(value("people.completed_treatment", COMMUNE, from, to)).isEqualTo(completedBefore + 3);
        assertThat(value("people.relapsed_6m", COMMUNE, from, to)).isEqualTo(sixBefore + 1);
        assertThat(value("people.relapsed_12m", COMMUNE, from, to)).isEqualTo(twelveBefore + 2);
        // the former commune, before 1/7/2025, counts its own
        assertThat(value("people.relapsed_6m", FORMER, from, to)).isEqualTo(formerBefore + 1);
    }

    @Test
    void high_risk_people_with_and_without_a_measure() {
        LocalDate on = LocalDate.of(2025, 12, 31);
        long withBefore = value("people.high_risk_with_measure", COMMUNE, on, on);
        long withoutBefore = value("people.high_risk_without_measure", COMMUNE, on, on);
        long statusBefore = value("people.high_risk", COMMUNE, on, on);
        LocalDate later = LocalDate.of(2026, 6, 30);
        long laterWithBefore = value("people.high_risk_with_measure", COMMUNE, later, later);
        long laterWithoutBefore = value("people.high_risk_without_measure", COMMUNE, later, later);

        Person managed = fixture.person(FORMER, "Người Thử Ngáo Đá", LocalDate.of(1993, 2, 2));
        fixture.open(managed, psychosis(LocalDate.of(2025, 3, 1)));
        fixture.open(managed, management(LocalDate.of(2025, 4, 1)));
        Person unmanaged = fixture.person(COMMUNE, "Người Thử Ngáo Đá", LocalDate.of(1994, 2, 2));
        fixture.open(unmanaged, psychosis(LocalDate.of(2025, 5, 1)));

        assertThat(value("people.high_risk_with_measure", COMMUNE, on, on)).isEqualTo(withBefore + 1);
        assertThat(value("people.high_risk_without_measure", COMMUNE, on, on)).isEqualTo(withoutBefore + 1);
        assertThat(value("people.high_risk", COMMUNE, on, on)).isEqualTo(statusBefore + 2);
        // management lasts a year: from April 2026 the first is under no measure either
        assertThat(value("people.high_risk_with_measure", COMMUNE, later, later))
                .isEqualTo(laterWithBefore);
        assertThat(value("people.high_risk_without_measure", COMMUNE, later, later))
                .isEqualTo(laterWithoutBefore + 2);
    }

    static EpisodeForm psychosis(LocalDate start) {
        return new EpisodeForm(
                EpisodeKind.FLAG,
                "PSYCHOSIS",
                start,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Loạn thần sau sử dụng ma túy tổng hợp");
    }
}
