package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.postRehab;
import static vn.pcmt.people.PeopleFixture.rehabDone;
import static vn.pcmt.people.PeopleFixture.test;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.IdNumber;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonForm;
import vn.pcmt.people.internal.PersonRow;
import vn.pcmt.people.internal.PersonSearch;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.Sex;
import vn.pcmt.people.internal.TestResult;
import vn.pcmt.platform.RuleViolationException;

/** Identity, duplicates, search, classification, the work list and the figures (art. 256a: Penal256aTests). */
@PcmtTest
class RegisterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PersonService people;

    @Autowired
    RecordService records;

    @Autowired
    WorkList workList;

    @Autowired
    PeopleStats stats;

    @Autowired
    JdbcClient jdbc;

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
    void the_same_identification_number_is_refused_with_the_existing_record() {
        LocalDate birth = LocalDate.of(1991, 2, 3);
        String number = PeopleFixture.idNumber(birth, Sex.MALE);
        Person first = people.create(PeopleFixture.form("11953", "Ngô Văn Một", birth, number));
        assertThatThrownBy(() -> people.create(PeopleFixture.form("11953", "Ngô Văn Hai", birth, number)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).details()).containsEntry("existingId", first.getId()));
    }

    @Test
    void a_number_that_disagrees_with_the_sex_is_refused_saying_so() {
        LocalDate birth = LocalDate.of(1991, 2, 3);
        String femaleNumber = PeopleFixture.idNumber(birth, Sex.FEMALE);
        assertThatThrownBy(() -> people.create(PeopleFixture.form("11953", "Ngô Văn Ba", birth, femaleNumber)))
                .hasMessageContaining("person.idNumber.sex");
    }

    @Test
    void the_same_name_without_diacritics_and_birth_date_warns_until_the_officer_confirms() {
        LocalDate birth = LocalDate.of(1988, 8, 8);
        people.create(PeopleFixture.form("11953", "Đỗ Văn Trùng", birth, null));
        PersonForm unconfirmed = new PersonForm(
                "do van trung",
                null,
                birth,
                null,
                Sex.MALE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "11953",
                null,
                null,
                null,
                null,
                null,
                false,
                null);
        assertThatThrownBy(() -> people.create(unconfirmed))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("person.duplicate.possible")
                .satisfies(
                        e -> assertThat(((RuleViolationException) e).details()).containsKey("candidates"));
        PersonForm confirmed = new PersonForm(
                "do van trung",
                null,
                birth,
                null,
                Sex.MALE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "11953",
                null,
                null,
                null,
                null,
                null,
                true,
                null);
        assertThat(people.create(confirmed).getId()).isNotNull();
    }

    @Test
    void search_finds_names_and_aliases_without_diacritics_and_by_number() {
        LocalDate birth = LocalDate.of(1979, 9, 9);
        String number = PeopleFixture.idNumber(birth, Sex.MALE);
        PersonForm form = new PersonForm(
                "Hoàng Đức Tìm",
                "Tũn Tìm",
                birth,
                null,
                Sex.MALE,
                number,
                null,
                null,
                null,
                null,
                null,
                null,
                "11953",
                null,
                null,
                null,
                null,
                null,
                true,
                null);
        Person p = people.create(form);
        assertThat(ids(new PersonSearch("hoang duc tim", null, null, null, null, null)))
                .contains(p.getId());
        assertThat(ids(new PersonSearch("tun tim", null, null, null, null, null)))
                .contains(p.getId());
        assertThat(ids(new PersonSearch(number, null, null, null, null, null))).containsExactly(p.getId());
        assertThat(ids(new PersonSearch("hoang duc tim", 1980, null, null, null, null)))
                .doesNotContain(p.getId());
    }

    @Test
    void the_list_filters_by_the_officer_in_charge() {
        LocalDate birth = LocalDate.of(1977, 7, 7);
        PersonForm form = new PersonForm(
                "Phụ Văn Trách",
                null,
                birth,
                null,
                Sex.MALE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "11953",
                null,
                null,
                null,
                null,
                "Đại úy Lê Văn Hải",
                true,
                null);
        Person p = people.create(form);
        assertThat(ids(new PersonSearch(null, null, null, "đại úy lê văn hải", null, null)))
                .contains(p.getId());
        assertThat(ids(new PersonSearch(null, null, null, "Thiếu úy Khác", null, null)))
                .doesNotContain(p.getId());
    }

    @Test
    void numbers_are_masked_in_every_list_and_whole_only_on_the_record_for_roles_that_need_them() {
        LocalDate birth = LocalDate.of(1979, 9, 10);
        Person p = fixture.person("11953", "Vũ Văn Che", birth);
        fixture.signIn("tinh");
        assertThat(people.search(new PersonSearch("vu van che", null, null, null, null, null), PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(r -> assertThat(r.idNumber()).isEqualTo(IdNumber.mask(p.getIdNumber())));
        assertThat(people.idNumberFor(people.view(p.getId()))).isEqualTo(p.getIdNumber());
        jdbc.sql("insert into user_account (username, full_name, password_hash, role, unit_id, enabled)"
                        + " select 'ubnd_phohien', 'UBND Phố Hiến', password_hash, 'COMMUNE_COMMITTEE', unit_id, true"
                        + " from user_account where username = 'xa1' on conflict do nothing")
                .update();
        fixture.signIn("ubnd_phohien");
        assertThat(people.search(new PersonSearch("vu van che", null, null, null, null, null), PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(r -> assertThat(r.idNumber())
                        .startsWith("*********")
                        .endsWith(p.getIdNumber().substring(9)));
        assertThat(people.idNumberFor(people.view(p.getId()))).isEqualTo(IdNumber.mask(p.getIdNumber()));
    }

    @Test
    void another_commune_sees_nothing_and_a_department_sees_no_names() {
        Person p = fixture.person("11953", "Lý Văn Riêng", LocalDate.of(1992, 1, 1));
        fixture.signIn("xa2");
        assertThatThrownBy(() -> people.view(p.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThat(ids(new PersonSearch("ly van rieng", null, null, null, null, null)))
                .isEmpty();
        fixture.signIn("soyte");
        assertThatThrownBy(() -> people.search(PersonSearch.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stats.asOf("33", TODAY).byStatus()).isNotEmpty();
    }

    @Test
    void a_view_of_a_record_is_in_the_access_log() {
        Person p = fixture.person("11953", "Mai Văn Xem", LocalDate.of(1992, 1, 2));
        people.view(p.getId());
        assertThat(jdbc.sql(
                                "select count(*) from access_log where kind = 'VIEW_PERSONAL_RECORD' and subject_id = :id and username = 'xa1'")
                        .param("id", String.valueOf(p.getId()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void classification_follows_the_record_through_time() {
        Person p = fixture.person("11953", "Đào Văn Diễn", LocalDate.of(1990, 1, 1));
        LocalDate m = TODAY.minusMonths(20);
        fixture.open(p, management(m));
        LocalDate d = m.plusMonths(3);
        fixture.open(p, determination(d, d.plusDays(2), DeterminationResult.ADDICTED));
        LocalDate r = d.plusDays(10);
        fixture.open(
                p,
                rehabDone(
                        RehabForm.COMPULSORY_ADULT,
                        r,
                        r.plusMonths(12).minusDays(1),
                        r.plusMonths(12).minusDays(1)));
        fixture.open(p, postRehab(r.plusMonths(12)));

        assertThat(people.statuses(p.getId(), m.minusDays(1))).isEmpty();
        assertThat(people.statuses(p.getId(), m.plusDays(1))).containsExactly(PersonStatus.UNDER_MANAGEMENT);
        assertThat(people.statuses(p.getId(), r.plusDays(1)))
                .contains(
                        PersonStatus.ADDICT,
                        PersonStatus.ADDICT_WITH_RECORD,
                        PersonStatus.IN_REHAB,
                        PersonStatus.IN_REHAB_COMPULSORY_ADULT);
        assertThat(people.statuses(p.getId(), r.plusMonths(12).plusDays(1)))
                .contains(PersonStatus.AFTER_REHAB)
                .doesNotContain(PersonStatus.ADDICT, PersonStatus.IN_REHAB);
    }

    @Test
    void an_addict_under_no_measure_is_without_record() {
        Person p = fixture.person("11953", "Trịnh Văn Trống", LocalDate.of(1990, 1, 1));
        fixture.open(p, determination(TODAY.minusDays(20), TODAY.minusDays(18), DeterminationResult.ADDICTED));
        assertThat(people.statuses(p.getId(), TODAY))
                .containsExactlyInAnyOrder(PersonStatus.ADDICT, PersonStatus.ADDICT_WITHOUT_RECORD);
    }

    @Test
    void the_work_list_shows_what_is_due() {
        Person ending = fixture.person("11953", "Công Văn Sắp Hết", LocalDate.of(1990, 1, 1));
        fixture.open(ending, management(TODAY.minusYears(1).plusDays(10)));
        Person pending = fixture.person("11953", "Công Văn Chờ", LocalDate.of(1990, 1, 1));
        fixture.open(pending, determination(TODAY.minusDays(30), null, null));
        Person unregistered = fixture.person("11953", "Công Văn Chưa Cai", LocalDate.of(1990, 1, 1));
        fixture.open(
                unregistered, determination(TODAY.minusDays(30), TODAY.minusDays(20), DeterminationResult.ADDICTED));
        Person flagged = fixture.person("11953", "Công Văn Dương", LocalDate.of(1990, 1, 1));
        fixture.open(flagged, management(TODAY.minusDays(60)));
        fixture.open(flagged, PeopleFixture.substitution(TODAY.minusDays(50)));
        records.record(flagged.getId(), test(TODAY.minusDays(2), TestResult.POSITIVE));

        var items = workList.due(TODAY);
        assertThat(items).anyMatch(i -> i.personId() == ending.getId() && i.kind() == WorkItemKind.MANAGEMENT_ENDING);
        assertThat(items)
                .anyMatch(i -> i.personId() == pending.getId() && i.kind() == WorkItemKind.DETERMINATION_OVERDUE);
        assertThat(items)
                .anyMatch(i ->
                        i.personId() == unregistered.getId() && i.kind() == WorkItemKind.REHAB_REGISTRATION_OVERDUE);
        assertThat(items)
                .anyMatch(i -> i.personId() == flagged.getId() && i.kind() == WorkItemKind.POSITIVE_TEST_FLAGGED);
        assertThat(items).anyMatch(i -> i.personId() == flagged.getId() && i.kind() == WorkItemKind.NO_CHECK_IN);
        fixture.signIn("xa2");
        assertThat(workList.due(TODAY)).noneMatch(i -> i.personId() == flagged.getId());
    }

    @Test
    void figures_count_a_new_commune_over_2024_through_its_predecessors() {
        long oldAnTao = jdbc.sql(
                        "select id from admin_unit where code = '11956' and level = 'COMMUNE' and valid_to = '2025-06-30'")
                .query(Long.class)
                .single();
        Person p = fixture.person("11953", "Hà Văn Lịch Sử", LocalDate.of(1990, 1, 1));
        // the person lived in the old commune An Tảo in 2024, and is recorded there
        jdbc.sql("update person_residence set valid_from = '2025-07-01' where person_id = :p")
                .param("p", p.getId())
                .update();
        jdbc.sql(
                        "insert into person_residence (person_id, commune_id, valid_from, valid_to) values (:p, :c, '2024-01-01', '2025-06-30')")
                .param("p", p.getId())
                .param("c", oldAnTao)
                .update();
        fixture.open(p, management(LocalDate.of(2024, 3, 1)));
        Map<PersonStatus, Long> before =
                stats.asOf("11953", LocalDate.of(2024, 6, 1)).byStatus();
        fixture.signIn("tinh");
        Map<PersonStatus, Long> province =
                stats.asOf("33", LocalDate.of(2024, 6, 1)).byStatus();
        assertThat(before.get(PersonStatus.UNDER_MANAGEMENT)).isPositive();
        assertThat(province.get(PersonStatus.UNDER_MANAGEMENT))
                .isGreaterThanOrEqualTo(before.get(PersonStatus.UNDER_MANAGEMENT));
        fixture.signIn("xa2");
        assertThatThrownBy(() -> stats.asOf("11953", TODAY)).isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void figures_over_a_period_count_the_flows() {
        Person p = fixture.person("11953", "Hà Văn Dòng", LocalDate.of(1990, 1, 1));
        var before = stats.over("11953", TODAY.minusDays(10), TODAY).flows();
        fixture.open(p, management(TODAY.minusDays(5)));
        records.record(p.getId(), test(TODAY.minusDays(6), TestResult.POSITIVE));
        var after = stats.over("11953", TODAY.minusDays(10), TODAY).flows();
        assertThat(after.get("managementOpened")).isEqualTo(before.get("managementOpened") + 1);
        assertThat(after.get("positiveTests")).isEqualTo(before.get("positiveTests") + 1);
    }

    private java.util.List<Long> ids(PersonSearch search) {
        return people.search(search, PageRequest.of(0, 50)).stream()
                .map(PersonRow::id)
                .toList();
    }
}
