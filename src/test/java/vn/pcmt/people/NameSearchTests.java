package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.people.internal.IdNumber;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonRow;
import vn.pcmt.people.internal.PersonSearch;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PersonStatus;

/**
 * Name search forgives one typo (ADR 056): a letter wrong, missing or extra, two letters swapped, a space out of
 * place, with or without diacritics; exact matches come first; two typos in a short name find nobody; the jurisdiction
 * and the masking of numbers hold for close matches as for exact ones. On the real database (the words index and the
 * list of words are PostgreSQL's).
 */
@PcmtTest
class NameSearchTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PersonService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void officer() {
        clock.setToday(TODAY);
        fixture.signIn("xa1");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_name_with_one_typo_of_each_kind_is_found() {
        Person p = fixture.person("11953", "Khổng Minh Quyết", LocalDate.of(1985, 3, 4));
        for (String typed : List.of(
                "khong minh quyet", // exact, for reference
                "khong minh quyat", // a letter wrong
                "khong minh quyt", // a letter missing
                "khong minh quyeet", // a letter too many
                "khong minh quyte", // two letters swapped
                "khnog minh quyet", // swapped in the first word
                "Khổng Mình Quyếr", // with diacritics, one letter wrong
                "khong minhquyet", // a space missing
                "kh ong minh quyet", // a space too many
                "minh quyte", // a part of the name
                "quyte")) { // one word
            assertThat(ids(typed)).as(typed).contains(p.getId());
        }
        assertThat(ids("khong min hquyet")).as("a space one letter off").contains(p.getId());
        assertThat(ids("khongxminh quyet")).as("a letter for a space").contains(p.getId());
    }

    @Test
    void exact_matches_come_before_close_ones_and_count_with_them() {
        Person near = fixture.person("11953", "Văn Tiến Quảng", LocalDate.of(1980, 1, 1));
        Person exact = fixture.person("11953", "Văn Tiến Quãng", LocalDate.of(1981, 1, 1));
        Person close = fixture.person("11953", "Văn Tiến Quang", LocalDate.of(1982, 1, 1));
        Person other = fixture.person("11953", "Văn Tiến Quanh", LocalDate.of(1983, 1, 1));
        // "van tien quang" folds Quảng, Quãng and Quang alike: all three exact; Quanh is one letter off, after them
        List<Long> found = ids("văn tiến quãng");
        assertThat(found).containsSubsequence(exact.getId(), other.getId());
        assertThat(found).containsSubsequence(near.getId(), other.getId());
        assertThat(found).containsSubsequence(close.getId(), other.getId());
        assertThat(found.get(0)).as("the marks as typed first").isEqualTo(exact.getId());
        // a typo that is itself a name: Quanh typed finds Quanh first, then the three others
        List<Long> typo = ids("van tien quanh");
        assertThat(typo.get(0)).isEqualTo(other.getId());
        assertThat(typo).contains(near.getId(), exact.getId(), close.getId());
        Page<PersonRow> page = people.search(search("van tien quanh"), PageRequest.of(0, 2));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getContent()).extracting(PersonRow::id).first().isEqualTo(other.getId());
        Page<PersonRow> second = people.search(search("van tien quanh"), PageRequest.of(1, 2));
        Page<PersonRow> third = people.search(search("van tien quanh"), PageRequest.of(2, 2));
        assertThat(second.getContent()).hasSize(2);
        assertThat(third.getContent()).isEmpty();
        assertThat(List.of(
                        page.getContent().get(1).id(),
                        second.getContent().get(0).id(),
                        second.getContent().get(1).id()))
                .containsExactlyInAnyOrder(near.getId(), exact.getId(), close.getId());
    }

    @Test
    void two_typos_in_a_short_name_find_nobody_and_short_text_is_matched_exactly() {
        Person p = fixture.person("11953", "Lư Văn Bé", LocalDate.of(1990, 5, 5));
        assertThat(ids("lu van bi")).as("one typo").contains(p.getId());
        assertThat(ids("lu vam bi")).as("two typos").doesNotContain(p.getId());
        assertThat(ids("li van bi")).as("two typos").doesNotContain(p.getId());
        assertThat(ids("lu")).as("two letters, exact").contains(p.getId());
        assertThat(ids("lo")).as("two letters, no typo forgiven").doesNotContain(p.getId());
        assertThat(ids("bx")).doesNotContain(p.getId());
    }

    @Test
    void nobody_outside_the_jurisdiction_is_found_typo_or_not_and_numbers_stay_masked() {
        Person p = fixture.person("11953", "Giáp Văn Khuyến", LocalDate.of(1979, 9, 9));
        assertThat(people.search(search("giap van khuyne"), PageRequest.of(0, 5))
                        .getContent())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(p.getId());
                    assertThat(r.idNumber()).isEqualTo(IdNumber.mask(p.getIdNumber()));
                });
        fixture.signIn("xa2");
        assertThat(ids("giap van khuyen")).doesNotContain(p.getId());
        assertThat(ids("giap van khuyne")).doesNotContain(p.getId());
        assertThat(people.search(search("giap van khuyne"), PageRequest.of(0, 5))
                        .getTotalElements())
                .isZero();
    }

    @Test
    void a_new_name_and_a_changed_one_are_searchable_at_once() {
        Person p = fixture.person("11953", "Xìu Văn Phổng", LocalDate.of(1970, 2, 2));
        assertThat(jdbc.sql("select count(*) from person_name_word where word in ('xiu', 'phong')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(ids("xiu van phnog")).contains(p.getId());
        jdbc.sql("update person set search_name = 'xiu van phuoc' where id = :id")
                .param("id", p.getId())
                .update();
        assertThat(ids("xiu van phouc")).contains(p.getId());
    }

    @Test
    void a_part_of_a_long_name_is_found_by_its_pairs_of_words_and_only_in_its_order() {
        Person p = fixture.person("11953", "Đoàn Thị Kim Xuyến", LocalDate.of(1988, 8, 8));
        for (String typed : List.of(
                "doan thi kim xuyen", // whole
                "oan thi kim xu", // the end of the first word, whole words, the beginning of the last
                "thi kim", // two whole words
                "an thi k", // two letters of each end
                "kim xuyen")) {
            assertThat(ids(typed)).as(typed).contains(p.getId());
        }
        for (String typed : List.of("doan kim xuyen", "kim thi", "xuyen doan")) {
            assertThat(ids(typed)).as("words not side by side: " + typed).doesNotContain(p.getId());
        }
        assertThat(ids("doan thi kin xuyen")).as("a typo in a middle word").contains(p.getId());
        assertThat(ids("doan thi kim xuyne")).as("a typo in the last word").contains(p.getId());
        assertThat(ids("doan thi kimxuyen")).as("a space missing").contains(p.getId());
        assertThat(ids("doan thi kin xuyne")).as("two typos").doesNotContain(p.getId());
    }

    @Test
    void each_row_of_a_page_carries_its_statuses_exact_or_close() {
        Person managed = fixture.person("11953", "Ông Văn Quýnh", LocalDate.of(1984, 4, 4));
        Person other = fixture.person("11953", "Ông Văn Quỳnh", LocalDate.of(1985, 5, 5));
        fixture.open(managed, PeopleFixture.management(TODAY.minusMonths(2)));
        Person close = fixture.person("11953", "Ông Văn Quýn", LocalDate.of(1986, 6, 6));
        fixture.open(close, PeopleFixture.management(TODAY.minusMonths(1)));
        List<PersonRow> rows =
                people.search(search("ong van quynh"), PageRequest.of(0, 10)).getContent();
        assertThat(rows).extracting(PersonRow::id).containsSubsequence(managed.getId(), close.getId());
        assertThat(rows).extracting(PersonRow::id).containsSubsequence(other.getId(), close.getId());
        assertThat(rows)
                .filteredOn(r -> r.id() == managed.getId() || r.id() == close.getId())
                .allSatisfy(r -> assertThat(r.statuses()).contains(PersonStatus.UNDER_MANAGEMENT));
        assertThat(rows)
                .filteredOn(r -> r.id() == other.getId())
                .singleElement()
                .satisfies(r -> assertThat(r.statuses()).doesNotContain(PersonStatus.UNDER_MANAGEMENT));
    }

    @Test
    void a_name_search_by_the_terms_index_is_planned_once_and_only_in_its_transaction() {
        fixture.person("11953", "Ung Văn Tỏa", LocalDate.of(1977, 7, 7));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        String byTerms = tx.execute(status -> {
            assertThat(ids("ung van toa")).isNotEmpty();
            return planCacheMode();
        });
        assertThat(byTerms).isEqualTo("force_generic_plan");
        // a letter: the trigram index, whose best plan depends on how much of the register it matches
        String byTrigrams = tx.execute(status -> {
            assertThat(ids("n")).isNotEmpty();
            return planCacheMode();
        });
        assertThat(byTrigrams).isEqualTo("auto");
        assertThat(ids("ung van toa")).isNotEmpty();
        assertThat(planCacheMode())
                .as("the figures' statements are planned for their values as before (ADR 016)")
                .isEqualTo("auto");
    }

    private String planCacheMode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }

    private static PersonSearch search(String text) {
        return new PersonSearch(text, null, null, null, null, null);
    }

    private List<Long> ids(String text) {
        return people.search(search(text), PageRequest.of(0, 50)).stream()
                .map(PersonRow::id)
                .toList();
    }
}
