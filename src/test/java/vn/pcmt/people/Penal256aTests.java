package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.postRehab;
import static vn.pcmt.people.PeopleFixture.rehab;
import static vn.pcmt.people.PeopleFixture.rehabDone;
import static vn.pcmt.people.PeopleFixture.substitution;
import static vn.pcmt.people.PeopleFixture.test;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.legal.DurationUnit;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeEnd;
import vn.pcmt.people.internal.Penal256aRecompute;
import vn.pcmt.people.internal.Penal256aWindow;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonEvent;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.TestResult;

/**
 * Penal Code art. 256a (from 1/7/2025): a positive test is flagged only inside one of its four windows, each a dated
 * legal rule, and the flag names the window and the episode that opened it. Each window and each non-window is a
 * test, with a test on each side of 1/7/2025; the four cases a lawyer found wrong come first.
 */
@PcmtTest
class Penal256aTests {

    /** After the tests the windows are judged on (up to 20/11/2026). */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    TestClock clock;

    private static final LocalDate IN_FORCE = LocalDate.of(2025, 7, 1);
    private static final LocalDate BEFORE = IN_FORCE.minusDays(1);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    RecordService records;

    @Autowired
    WorkList workList;

    @Autowired
    Penal256aRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LegalRules law;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void officer() {
        clock.setToday(TODAY);
        fixture.signIn("xa1");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    // --- the lawyer's four cases

    @Test
    void a_positive_test_during_methadone_treatment_is_flagged_under_window_a() {
        Person p = person("Mạc Văn Methadone");
        Episode methadone = fixture.open(p, substitution(LocalDate.of(2025, 3, 1)));
        assertNotFlagged(p, BEFORE);
        assertFlagged(p, IN_FORCE, Penal256aWindow.IN_REHAB_OR_SUBSTITUTION, methadone);
    }

    @Test
    void a_positive_test_under_drug_use_management_alone_is_not_flagged() {
        Person p = person("Mạc Văn Quản Lý");
        fixture.open(p, management(LocalDate.of(2025, 3, 1)));
        assertNotFlagged(p, BEFORE);
        assertNotFlagged(p, IN_FORCE);
        assertNotFlagged(p, LocalDate.of(2025, 10, 1));
    }

    @Test
    void a_positive_test_after_a_completed_voluntary_rehab_is_not_flagged() {
        Person p = person("Mạc Văn Tự Nguyện");
        LocalDate start = LocalDate.of(2024, 12, 1);
        fixture.open(
                p,
                rehabDone(
                        RehabForm.VOLUNTARY_HOME,
                        start,
                        start.plusMonths(6).minusDays(1),
                        start.plusMonths(6).minusDays(1)));
        assertNotFlagged(p, BEFORE);
        assertNotFlagged(p, IN_FORCE);
        assertNotFlagged(p, LocalDate.of(2026, 1, 15));
    }

    @Test
    void a_positive_test_within_two_years_after_quitting_methadone_is_flagged_under_window_d() {
        Person p = person("Mạc Văn Bỏ Điều Trị");
        Episode methadone = fixture.open(p, substitution(LocalDate.of(2024, 1, 1)));
        records.end(
                p.getId(),
                methadone.getId(),
                new EpisodeEnd(LocalDate.of(2025, 3, 10), EndReason.QUIT_ON_OWN, null, methadone.getVersion()));
        assertNotFlagged(p, BEFORE);
        assertFlagged(p, IN_FORCE, Penal256aWindow.AFTER_QUITTING_SUBSTITUTION, methadone);
    }

    // --- each window, on both sides of 1/7/2025

    @Test
    void window_a_covers_the_term_of_a_rehab() {
        Person p = person("Lã Văn Cai");
        LocalDate start = LocalDate.of(2025, 5, 1);
        Episode rehab = fixture.open(
                p,
                rehab(RehabForm.VOLUNTARY_COMMUNITY, start, start.plusMonths(6).minusDays(1)));
        assertNotFlagged(p, BEFORE);
        assertFlagged(p, IN_FORCE, Penal256aWindow.IN_REHAB_OR_SUBSTITUTION, rehab);
        assertFlagged(p, start.plusMonths(6).minusDays(1), Penal256aWindow.IN_REHAB_OR_SUBSTITUTION, rehab);
        assertNotFlagged(p, start.plusMonths(6));
    }

    @Test
    void window_b_covers_the_term_of_post_rehab_management() {
        Person p = person("Lã Văn Sau Cai");
        Episode post = servedCompulsoryThenPostRehab(p, LocalDate.of(2024, 2, 15));
        assertThat(post.getPlannedEndDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertNotFlagged(p, BEFORE);
        assertFlagged(p, IN_FORCE, Penal256aWindow.IN_POST_REHAB, post);
        assertFlagged(p, LocalDate.of(2026, 2, 14), Penal256aWindow.IN_POST_REHAB, post);
    }

    @Test
    void window_c_lasts_two_years_from_the_end_of_post_rehab_management_and_not_a_day_more() {
        Person p = person("Lã Văn Hết Sau Cai");
        Episode post = servedCompulsoryThenPostRehab(p, LocalDate.of(2022, 6, 1));
        assertThat(post.getPlannedEndDate()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertNotFlagged(p, BEFORE);
        assertFlagged(p, IN_FORCE, Penal256aWindow.AFTER_POST_REHAB, post);
        assertFlagged(p, LocalDate.of(2026, 5, 31), Penal256aWindow.AFTER_POST_REHAB, post);
        assertNotFlagged(p, LocalDate.of(2026, 6, 1));
    }

    @Test
    void window_d_lasts_two_years_from_quitting_and_not_a_day_more() {
        Person p = person("Lã Văn Tự Bỏ");
        Episode methadone = fixture.open(p, substitution(LocalDate.of(2023, 9, 1)));
        records.end(
                p.getId(),
                methadone.getId(),
                new EpisodeEnd(LocalDate.of(2024, 8, 1), EndReason.QUIT_ON_OWN, null, methadone.getVersion()));
        assertFlagged(p, IN_FORCE, Penal256aWindow.AFTER_QUITTING_SUBSTITUTION, methadone);
        assertFlagged(p, LocalDate.of(2026, 8, 1), Penal256aWindow.AFTER_QUITTING_SUBSTITUTION, methadone);
        assertNotFlagged(p, LocalDate.of(2026, 8, 2));
    }

    @Test
    void substitution_treatment_stopped_by_the_facility_opens_no_window_after_it() {
        Person p = person("Lã Văn Ngừng");
        Episode methadone = fixture.open(p, substitution(LocalDate.of(2024, 1, 1)));
        records.end(
                p.getId(),
                methadone.getId(),
                new EpisodeEnd(LocalDate.of(2025, 3, 10), EndReason.STOPPED, null, methadone.getVersion()));
        assertNotFlagged(p, IN_FORCE);
    }

    // --- the flag follows the record, and says where it comes from

    @Test
    void a_flag_is_computed_again_when_the_episode_that_opens_the_window_is_recorded_later() {
        Person p = person("Lã Văn Ghi Sau");
        PersonEvent positive = records.record(p.getId(), test(LocalDate.of(2025, 9, 1), TestResult.POSITIVE));
        assertThat(positive.isFlag256a()).isFalse();
        Episode methadone = fixture.open(p, substitution(LocalDate.of(2025, 8, 1)));
        PersonEvent again = records.events(p.getId()).get(0);
        assertThat(again.getFlag256aWindow()).isEqualTo(Penal256aWindow.IN_REHAB_OR_SUBSTITUTION);
        assertThat(again.getFlag256aEpisodeId()).isEqualTo(methadone.getId());
        records.deleteEpisode(p.getId(), methadone.getId(), methadone.getVersion());
        assertThat(records.events(p.getId()).get(0).isFlag256a()).isFalse();
    }

    @Test
    void the_api_and_the_work_list_name_the_window_and_the_episode() throws Exception {
        Person p = person("Lã Văn Hiện");
        Episode methadone = fixture.open(p, substitution(TODAY.minusDays(40)));
        LocalDate day = TODAY.minusDays(3);
        mvc.perform(post("/api/v1/people/" + p.getId() + "/events")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"DRUG_TEST\",\"date\":\"" + day + "\",\"result\":\"POSITIVE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flag256a").value(true))
                .andExpect(jsonPath("$.flag256aWindow").value("IN_REHAB_OR_SUBSTITUTION"))
                .andExpect(
                        jsonPath("$.flag256aEpisodeId").value(methadone.getId().intValue()));
        mvc.perform(get("/api/v1/people/work-list").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personId == " + p.getId()
                                + " && @.kind == 'POSITIVE_TEST_FLAGGED')].flag.window")
                        .value("IN_REHAB_OR_SUBSTITUTION"))
                .andExpect(jsonPath("$[?(@.personId == " + p.getId()
                                + " && @.kind == 'POSITIVE_TEST_FLAGGED')].flag.episodeId")
                        .value(methadone.getId().intValue()));
        mvc.perform(get("/people/" + p.getId()).with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Khoản a: trong thời hạn cai nghiện hoặc điều trị thay thế")));
        mvc.perform(get("/").with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("mở bởi Điều trị thay thế — Methadone, từ "
                                + methadone
                                        .getStartDate()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        mvc.perform(
                        post("/people/" + p.getId() + "/events")
                                .with(accounts.as("xa1"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("kind", "DRUG_TEST")
                                .param("date", day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                                .param("result", "POSITIVE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                                .attribute(
                                        "flashError",
                                        org.hamcrest.Matchers.containsString(
                                                "khoản a (trong thời hạn cai nghiện hoặc điều trị thay thế), mở bởi: Điều trị thay thế — Methadone")));
    }

    @Test
    void flags_stored_by_the_old_rule_are_computed_again_once_at_start_and_the_change_is_audited() {
        Person p = person("Lã Văn Cũ");
        fixture.open(p, management(LocalDate.of(2025, 8, 1)));
        PersonEvent positive = records.record(p.getId(), test(LocalDate.of(2025, 9, 1), TestResult.POSITIVE));
        assertThat(positive.isFlag256a()).isFalse();
        // as the single window of V8 had stored it: management counted
        jdbc.sql("update person_event set flag_256a = true where id = :id")
                .param("id", positive.getId())
                .update();
        jdbc.sql("insert into pending_recompute (name, reason) values ('PENAL_256A_FLAGS', 'test')")
                .update();
        fixture.signOut();
        recompute.run(null);
        fixture.signIn("xa1");

        assertThat(records.events(p.getId()).get(0).isFlag256a()).isFalse();
        assertThat(jdbc.sql("select count(*) from pending_recompute")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select r.username from person_event_aud a join revinfo r on r.rev = a.rev"
                                + " where a.id = :id order by a.rev desc limit 1")
                        .param("id", positive.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("system");
    }

    @Test
    void a_new_version_of_a_window_rule_judges_the_stored_tests_from_its_date_again() {
        Person p = person("Lã Văn Luật Mới");
        Episode methadone = fixture.open(p, substitution(LocalDate.of(2024, 6, 1)));
        records.end(
                p.getId(),
                methadone.getId(),
                new EpisodeEnd(LocalDate.of(2025, 6, 1), EndReason.QUIT_ON_OWN, null, methadone.getVersion()));
        LocalDate change = LocalDate.of(2026, 11, 20);
        assertFlagged(p, change, Penal256aWindow.AFTER_QUITTING_SUBSTITUTION, methadone);
        fixture.signIn("admin");
        law.supersede(
                LegalRuleCode.PENAL_256A_AFTER_QUITTING_SUBSTITUTION,
                1,
                DurationUnit.YEARS,
                change,
                "Luật sửa đổi (thử)",
                null);
        try {
            fixture.signIn("xa1");
            assertThat(records.events(p.getId()).get(0).isFlag256a()).isFalse();
        } finally {
            fixture.signIn("admin");
            law.supersede(
                    LegalRuleCode.PENAL_256A_AFTER_QUITTING_SUBSTITUTION,
                    2,
                    DurationUnit.YEARS,
                    change.plusDays(1),
                    "Hoàn nguyên sau thử",
                    null);
            fixture.signIn("xa1");
        }
    }

    private Episode servedCompulsoryThenPostRehab(Person p, LocalDate rehabStart) {
        fixture.open(p, determination(rehabStart.minusDays(10), rehabStart.minusDays(8), DeterminationResult.ADDICTED));
        LocalDate end = rehabStart.plusMonths(12).minusDays(1);
        fixture.open(p, rehabDone(RehabForm.COMPULSORY_ADULT, rehabStart, end, end));
        return fixture.open(p, postRehab(end.plusDays(1)));
    }

    private Person person(String name) {
        return fixture.person("11953", name, LocalDate.of(1990, 1, 1));
    }

    private void assertFlagged(Person p, LocalDate day, Penal256aWindow window, Episode opener) {
        PersonEvent event = records.record(p.getId(), test(day, TestResult.POSITIVE));
        assertThat(event.isFlag256a()).as("flagged on " + day).isTrue();
        assertThat(event.getFlag256aWindow()).as("window on " + day).isEqualTo(window);
        assertThat(event.getFlag256aEpisodeId()).as("episode on " + day).isEqualTo(opener.getId());
    }

    private void assertNotFlagged(Person p, LocalDate day) {
        PersonEvent event = records.record(p.getId(), test(day, TestResult.POSITIVE));
        assertThat(event.isFlag256a()).as("not flagged on " + day).isFalse();
        assertThat(event.getFlag256aWindow()).isNull();
    }
}
