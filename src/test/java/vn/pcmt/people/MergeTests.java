package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.test;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonEvent;
import vn.pcmt.people.internal.PersonMerge;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.TestResult;

/** The standing office merges duplicates; nothing is lost and the history shows where rows came from. */
@PcmtTest
class MergeTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PersonMerge merges;

    @Autowired
    RecordService records;

    @Autowired
    PersonService people;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_merge_moves_episodes_and_events_and_keeps_the_duplicate_marked() {
        fixture.signIn("xa1");
        Person keep = fixture.person("11953", "Gộp Văn Giữ", LocalDate.of(1985, 3, 3));
        Person dup = fixture.person("11953", "Gop Van Giu", LocalDate.of(1985, 3, 3));
        fixture.open(dup, management(TODAY.minusDays(50)));
        records.record(dup.getId(), test(TODAY.minusDays(52), TestResult.POSITIVE));
        assertThatThrownBy(() -> merges.merge(keep.getId(), keep.getVersion(), dup.getId()))
                .isInstanceOf(AccessDeniedException.class);

        fixture.signIn("tinh");
        merges.merge(keep.getId(), keep.getVersion(), dup.getId());

        assertThat(records.episodes(keep.getId())).hasSize(1);
        assertThat(records.events(keep.getId())).hasSize(1);
        assertThat(jdbc.sql("select merged_into_id from person where id = :id")
                        .param("id", dup.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(keep.getId());
        assertThat(jdbc.sql("select count(*) from episode_aud where person_id = :id")
                        .param("id", dup.getId())
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThatThrownBy(() -> people.visible(dup.getId())).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(jdbc.sql("select count(*) from access_log where kind = 'MERGE' and subject_id = :id")
                        .param("id", String.valueOf(keep.getId()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_merge_judges_the_tests_again_against_the_episodes_of_both_records() {
        fixture.signIn("xa1");
        LocalDate start = LocalDate.of(2025, 9, 1);
        Person keep = fixture.person("11953", "Gộp Văn Xét", LocalDate.of(1986, 4, 4));
        Person dup = fixture.person("11953", "Gop Van Xet", LocalDate.of(1986, 4, 4));
        fixture.open(keep, PeopleFixture.substitution(start));
        PersonEvent positive = records.record(dup.getId(), test(start.plusMonths(2), TestResult.POSITIVE));
        assertThat(positive.isFlag256a())
                .as("no window on the duplicate's own record")
                .isFalse();

        fixture.signIn("tinh");
        merges.merge(keep.getId(), keep.getVersion(), dup.getId());

        assertThat(records.events(keep.getId())).singleElement().satisfies(e -> assertThat(e.isFlag256a())
                .as("a positive test during substitution treatment (art. 256a (a))")
                .isTrue());
    }
}
