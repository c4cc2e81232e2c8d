package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.rehabDone;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.people.internal.Classification;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EventForm;
import vn.pcmt.people.internal.EventKind;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonMerge;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.ServiceKind;
import vn.pcmt.people.internal.TestResult;
import vn.pcmt.people.internal.Transfer;
import vn.pcmt.people.internal.TransferForm;
import vn.pcmt.people.internal.TransferService;

/**
 * The counts of people by status in a unit read from the kept periods by place ({@code person_place_status}, ADR 015)
 * always equal the counts derived at each question from residences and statuses (the query before the periods by
 * place were kept), and so do the flows over events counted by the commune kept on each event (V30): for the demo
 * province, its communes and a former district, on dates before, across and after the 2025 reform, and after a move,
 * an episode, a deletion, a restoration and a merge.
 */
@PcmtTest
class PlaceStatusTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    /** Statuses by unit derived from residences and statuses on :d, as the figures were computed before V30. */
    private static final String DERIVED = "with s as materialized ("
            + Classification.statusesOn(
                    "p.deleted_at is null and p.merged_into_id is null and p.id in"
                            + " (select r.person_id from person_residence r join unit_coverage c on c.unit_id = r.commune_id"
                            + " where c.ancestor_id = :unit and r.valid_from <= :d and (r.valid_to is null or r.valid_to >= :d))")
            + ")"
            + " select s.status, count(distinct s.person_id) as n from s"
            + " join person_residence r on r.person_id = s.person_id"
            + " and r.valid_from <= :d and (r.valid_to is null or r.valid_to >= :d)"
            + " join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id = :unit"
            + " group by s.status"
            + " union all"
            + " select 'WITH_RECORD', count(distinct s.person_id) from s"
            + " join person_residence r on r.person_id = s.person_id"
            + " and r.valid_from <= :d and (r.valid_to is null or r.valid_to >= :d)"
            + " join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id = :unit"
            + " where s.status in ('UNDER_MANAGEMENT', 'ADDICT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION')";

    /** The flows over events by unit as computed before V30: the residence on the event's day, found at each question. */
    private static final Map<String, String> DERIVED_FLOWS = Map.of(
            "drugTests",
            "count(distinct v.id) %s v.kind = 'DRUG_TEST'",
            "positiveTests",
            "count(distinct v.id) %s v.kind = 'DRUG_TEST' and v.result = 'POSITIVE'",
            "peopleServed",
            "count(distinct v.person_id) %s v.kind = 'SERVICE'",
            "peopleCounselled",
            "count(distinct v.person_id) %s v.kind = 'SERVICE' and v.service in ('COUNSELLING', 'MEDICAL', 'PSYCHOLOGICAL')");

    private static final String EVENTS_BY_RESIDENCE = "from person_event v join person_residence r"
            + " on r.person_id = v.person_id"
            + " and r.valid_from <= v.event_date and (r.valid_to is null or r.valid_to >= v.event_date)"
            + " join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id = :unit"
            + " where v.deleted_at is null and v.event_date between :from and :to and";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PeopleStats stats;

    @Autowired
    TransferService transfers;

    @Autowired
    PersonService people;

    @Autowired
    PersonMerge merges;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void counts_by_place_equal_the_counts_derived_from_residences_and_statuses_on_many_dates() {
        List<Long> units =
                List.of(unitId("33", TODAY), unitId("11953", TODAY), unitId("11977", TODAY), formerDistrictOf("11953"));
        for (LocalDate date : List.of(
                LocalDate.of(2023, 3, 31),
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 1, 15),
                TODAY,
                TODAY.plusMonths(7))) {
            for (long unit : units) {
                Map<String, Long> kept = kept(unit, date);
                assertThat(kept).as("unit %d on %s", unit, date).isEqualTo(derived(unit, date));
                assertThat(keptFlows(unit, date.withDayOfYear(1), date))
                        .as("flows of unit %d to %s", unit, date)
                        .isEqualTo(derivedFlows(unit, date.withDayOfYear(1), date));
            }
        }
        assertThat(kept(units.get(0), TODAY).get("UNDER_MANAGEMENT"))
                .as("the demo province has people under management today")
                .isPositive();
    }

    @Test
    void counts_by_place_follow_moves_episodes_deletions_restorations_and_merges_of_people_and_events() {
        fixture.signIn("xa1");
        Person p = fixture.person("11953", "Nơi Văn Ở", LocalDate.of(1990, 4, 4));
        Person twin = fixture.person("11953", "Noi Van O", LocalDate.of(1990, 4, 4));
        LocalDate m = TODAY.minusMonths(14);
        fixture.open(p, management(m));
        fixture.open(p, determination(m.plusMonths(1), m.plusMonths(1), DeterminationResult.ADDICTED));
        fixture.open(twin, rehabDone(RehabForm.VOLUNTARY_HOME, m, m.plusMonths(6), m.plusMonths(6)));
        fixture.record(p, PeopleFixture.test(TODAY.minusDays(60), TestResult.POSITIVE));
        fixture.record(p, PeopleFixture.test(TODAY.minusDays(20), TestResult.NEGATIVE));
        fixture.record(p, service(TODAY.minusDays(50), ServiceKind.COUNSELLING));
        fixture.record(twin, service(TODAY.minusDays(10), ServiceKind.MEDICAL));
        fixture.record(twin, PeopleFixture.test(TODAY.minusDays(12), TestResult.POSITIVE));
        assertSame();

        // An event deleted before a move and restored after it counts where the person lived on its day.
        int deleted = jdbc.sql("update person_event set deleted_at = now(), deleted_by = 'test'"
                        + " where person_id = :id and event_date = :d")
                .param("id", p.getId())
                .param("d", TODAY.minusDays(20))
                .update();
        assertThat(deleted).isEqualTo(1);
        assertSame();

        Transfer t = transfers.request(p.getId(), new TransferForm("11977", TODAY.minusDays(40), "Thôn 3", null));
        fixture.signIn("xa2");
        transfers.accept(t.getId(), t.getVersion());
        assertSame();
        jdbc.sql("update person_event set deleted_at = null, deleted_by = null where person_id = :id")
                .param("id", p.getId())
                .update();
        assertSame();

        fixture.signIn("tinh");
        Person survivor = people.view(p.getId());
        merges.merge(survivor.getId(), survivor.getVersion(), twin.getId());
        assertSame();

        Person moved = people.view(p.getId());
        people.delete(moved.getId(), moved.getVersion());
        assertSame();

        jdbc.sql("update person set deleted_at = null, deleted_by = null where id = :id")
                .param("id", p.getId())
                .update();
        assertSame();
    }

    /**
     * Both communes of the test agree on every fortnight of the record and half a year after; the province (slower to
     * derive) before the move, after it and today.
     */
    private void assertSame() {
        List<Long> communes = List.of(unitId("11953", TODAY), unitId("11977", TODAY));
        for (LocalDate d = TODAY.minusMonths(15); !d.isAfter(TODAY.plusMonths(6)); d = d.plusDays(14)) {
            for (long unit : communes) {
                assertThat(kept(unit, d)).as("unit %d on %s", unit, d).isEqualTo(derived(unit, d));
            }
        }
        for (LocalDate to = TODAY.minusMonths(3); !to.isAfter(TODAY); to = to.plusDays(10)) {
            for (long unit : communes) {
                LocalDate from = to.minusDays(30);
                assertThat(keptFlows(unit, from, to))
                        .as("flows of unit %d from %s to %s", unit, from, to)
                        .isEqualTo(derivedFlows(unit, from, to));
            }
        }
        long province = unitId("33", TODAY);
        for (LocalDate d : List.of(TODAY.minusMonths(3), TODAY.minusDays(10), TODAY)) {
            assertThat(kept(province, d)).as("the province on %s", d).isEqualTo(derived(province, d));
        }
    }

    /** The figures' own reading: statuses by unit and people with a record, without zeros. */
    private Map<String, Long> kept(long unit, LocalDate date) {
        Map<String, Long> counts = new HashMap<>();
        stats.statusesByUnit(List.of(unit), date).get(unit).forEach((status, n) -> {
            if (n > 0) {
                counts.put(status.name(), n);
            }
        });
        long withRecord = stats.withRecordByUnit(List.of(unit), date).getOrDefault(unit, 0L);
        if (withRecord > 0) {
            counts.put("WITH_RECORD", withRecord);
        }
        return counts;
    }

    private Map<String, Long> keptFlows(long unit, LocalDate from, LocalDate to) {
        Map<String, Long> flows = new HashMap<>();
        DERIVED_FLOWS
                .keySet()
                .forEach(name -> flows.put(
                        name, stats.flowByUnit(name, List.of(unit), from, to).get(unit)));
        return flows;
    }

    private Map<String, Long> derivedFlows(long unit, LocalDate from, LocalDate to) {
        Map<String, Long> flows = new HashMap<>();
        DERIVED_FLOWS.forEach((name, sql) -> flows.put(
                name,
                jdbc.sql("select " + sql.formatted(EVENTS_BY_RESIDENCE))
                        .param("unit", unit)
                        .param("from", from)
                        .param("to", to)
                        .query(Long.class)
                        .single()));
        return flows;
    }

    private static EventForm service(LocalDate date, ServiceKind kind) {
        return new EventForm(EventKind.SERVICE, date, null, null, null, kind, "Trạm y tế", null);
    }

    private Map<String, Long> derived(long unit, LocalDate date) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(DERIVED).param("unit", unit).param("d", date).query((java.sql.ResultSet rs) -> {
            if (rs.getLong("n") > 0) {
                counts.put(rs.getString("status"), rs.getLong("n"));
            }
        });
        return counts;
    }

    private long unitId(String code, LocalDate on) {
        return jdbc.sql("select id from admin_unit where code = :code and (valid_from is null or valid_from <= :on)"
                        + " and (valid_to is null or valid_to >= :on)")
                .param("code", code)
                .param("on", on)
                .query(Long.class)
                .single();
    }

    /** The former district (before 1/7/2025) that held the predecessors of a commune of today. */
    private long formerDistrictOf(String communeCode) {
        return jdbc.sql("select c.ancestor_id from unit_coverage c join admin_unit d on d.id = c.ancestor_id"
                        + " and d.level = 'DISTRICT'"
                        + " where c.unit_id in (select s.predecessor_id from unit_succession s"
                        + " where s.successor_id = :commune) limit 1")
                .param("commune", unitId(communeCode, TODAY))
                .query(Long.class)
                .single();
    }
}
