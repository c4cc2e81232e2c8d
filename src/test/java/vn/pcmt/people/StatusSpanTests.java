package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.rehab;
import static vn.pcmt.people.PeopleFixture.rehabDone;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.people.internal.Classification;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeEnd;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;

/**
 * The statuses kept as periods ({@code person_status_span}) always equal the statuses derived from the episodes at
 * each question (the definition before the periods were kept, {@link ReferenceClassification}): for every person of
 * the demo and of the other tests, on dates before, across and after the 2025 reform, and after every kind of change
 * to a person's episodes.
 */
@PcmtTest
class StatusSpanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    RecordService records;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void kept_statuses_equal_the_statuses_derived_from_the_episodes_for_everybody_on_many_dates() {
        assertThat(jdbc.sql("select count(*) from person_status_span")
                        .query(Long.class)
                        .single())
                .as("the demo's people have statuses")
                .isGreaterThan(1000);
        for (LocalDate date : List.of(
                LocalDate.of(2023, 3, 31),
                LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 1, 15),
                TODAY,
                TODAY.plusMonths(7))) {
            Set<String> kept = statuses(Classification.statusesOn("true"), date);
            assertThat(kept).as("something on " + date).isNotEmpty();
            assertThat(kept).as("on " + date).isEqualTo(statuses(ReferenceClassification.statusesOn("true"), date));
        }
    }

    @Test
    void kept_statuses_follow_every_change_to_a_persons_episodes() {
        fixture.signIn("xa1");
        Person p = fixture.person("11953", "Lạc Văn Kỳ", LocalDate.of(1991, 2, 3));
        LocalDate m = TODAY.minusMonths(26);
        Episode managed = fixture.open(p, management(m));
        Episode first = fixture.open(p, determination(m.plusMonths(1), m.plusMonths(1), DeterminationResult.ADDICTED));
        fixture.open(p, determination(m.plusMonths(2), m.plusMonths(2), DeterminationResult.NOT_ADDICTED));
        fixture.open(p, determination(m.plusMonths(4), m.plusMonths(4), DeterminationResult.ADDICTED));
        fixture.open(p, rehabDone(RehabForm.VOLUNTARY_HOME, m.plusMonths(5), m.plusMonths(11), m.plusMonths(11)));
        Episode running =
                fixture.open(p, rehab(RehabForm.VOLUNTARY_COMMUNITY, TODAY.minusMonths(8), TODAY.plusMonths(3)));
        assertSame(p);

        records.end(
                p.getId(),
                running.getId(),
                new EpisodeEnd(TODAY.minusDays(2), EndReason.COMPLETED, null, running.getVersion()));
        assertSame(p);

        Episode determined = records.episodes(p.getId()).stream()
                .filter(e -> e.getId().equals(first.getId()))
                .findFirst()
                .orElseThrow();
        records.deleteEpisode(p.getId(), determined.getId(), determined.getVersion());
        assertSame(p);

        jdbc.sql("update episode set deleted_at = now(), deleted_by = 'test' where id = :id")
                .param("id", managed.getId())
                .update();
        assertSame(p);
    }

    /** The person's statuses, kept and derived, agree on every day of their record and a year after. */
    private void assertSame(Person p) {
        String filter = "p.id = " + p.getId();
        for (LocalDate d = TODAY.minusMonths(27); !d.isAfter(TODAY.plusYears(1)); d = d.plusDays(5)) {
            assertThat(statuses(Classification.statusesOn(filter), d))
                    .as("on " + d)
                    .isEqualTo(statuses(ReferenceClassification.statusesOn(filter), d));
        }
    }

    private Set<String> statuses(String sql, LocalDate date) {
        return new HashSet<>(jdbc.sql("select person_id || ' ' || status from (" + sql + ") s")
                .param("d", date)
                .query(String.class)
                .list());
    }
}
