package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.EventForm;
import vn.pcmt.people.internal.EventKind;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.Transfer;
import vn.pcmt.people.internal.TransferForm;
import vn.pcmt.people.internal.TransferService;
import vn.pcmt.platform.RuleViolationException;

/**
 * Law 120/2025/QH15 (from 1/7/2026): a person who moves presents at the new commune within 24 hours, else both
 * communes see the move on their work lists; electronic monitoring is ordered by the head of commune police for a
 * person in voluntary home or community rehab, substitution treatment or post-rehab management.
 */
@PcmtTest
class Law120Tests {

    /** After the moves, presentations and monitoring (up to 02/09/2026) the tests record under Law 120. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    @Autowired
    TestClock clock;

    private static final LocalDate IN_FORCE = LocalDate.of(2026, 7, 1);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TransferService transfers;

    @Autowired
    RecordService records;

    @Autowired
    WorkList workList;

    @Autowired
    PersonService people;

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

    // --- presenting at the new commune

    @Test
    void a_move_not_presented_within_24_hours_is_on_both_communes_work_lists_until_it_is() throws Exception {
        Person p = fixture.person("11953", "Tạ Văn Chuyển Đi", LocalDate.of(1991, 1, 1));
        Transfer t = transfers.request(p.getId(), new TransferForm("11977", LocalDate.of(2026, 7, 10), null, null));
        assertThat(moveItem(p)).isNotNull().satisfies(i -> {
            assertThat(i.move().transferId()).isEqualTo(t.getId());
            assertThat(i.move().deadline()).isEqualTo(LocalDate.of(2026, 7, 11));
            assertThat(i.move().incoming()).isFalse();
        });
        fixture.signIn("xa2");
        assertThat(moveItem(p).move().incoming()).isTrue();
        mvc.perform(get("/api/v1/people/work-list").with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'MOVE_NOT_PRESENTED' && @.personId == " + p.getId()
                                + ")].move.transferId")
                        .value(t.getId().intValue()));
        mvc.perform(get("/").with(accounts.as("xa2")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("hạn trình diện 11/07/2026")));
        mvc.perform(get("/people/transfers").with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Hạn trình diện"),
                                org.hamcrest.Matchers.containsString("Quá hạn"))));
        mvc.perform(
                        post("/people/transfers/" + t.getId() + "/presented")
                                .param("version", String.valueOf(t.getVersion()))
                                .param("presentedOn", "11/07/2026")
                                .with(accounts.as("xa2"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        fixture.signIn("xa2"); // MockMvc leaves no one signed in
        assertThat(moveItem(p)).isNull();
        fixture.signIn("xa1");
        assertThat(moveItem(p)).isNull();
    }

    @Test
    void a_move_before_1_7_2026_has_no_deadline_to_present() {
        Person p = fixture.person("11953", "Tạ Văn Chuyển Sớm", LocalDate.of(1991, 1, 2));
        transfers.request(p.getId(), new TransferForm("11977", IN_FORCE.minusDays(11), null, null));
        assertThat(moveItem(p)).isNull();
        fixture.signIn("xa2");
        assertThat(moveItem(p)).isNull();
        assertThat(transfers.awaitingPresentation()).noneMatch(v -> v.personId() == p.getId());
    }

    @Test
    void a_check_in_at_the_new_commune_after_the_move_records_the_presentation() {
        Person p = fixture.person("11953", "Tạ Văn Trình Diện", LocalDate.of(1991, 1, 3));
        Transfer t = transfers.request(p.getId(), new TransferForm("11977", LocalDate.of(2026, 8, 3), null, null));
        fixture.signIn("xa2");
        Transfer accepted = transfers.accept(t.getId(), t.getVersion());
        assertThat(moveItem(p)).isNotNull();
        records.record(
                p.getId(),
                new EventForm(EventKind.CHECK_IN, LocalDate.of(2026, 8, 4), null, null, null, null, null, null));
        assertThat(moveItem(p)).isNull();
        assertThat(transfers.awaitingPresentation()).noneMatch(v -> v.id() == accepted.getId());
    }

    @Test
    void a_presentation_before_the_move_or_recorded_by_the_sending_commune_is_refused() {
        Person p = fixture.person("11953", "Tạ Văn Sai Ngày", LocalDate.of(1991, 1, 4));
        Transfer t = transfers.request(p.getId(), new TransferForm("11977", LocalDate.of(2026, 9, 1), null, null));
        assertThatThrownBy(() -> transfers.presented(t.getId(), t.getVersion(), LocalDate.of(2026, 9, 2)))
                .isInstanceOf(vn.pcmt.geo.OutsideJurisdictionException.class);
        fixture.signIn("xa2");
        assertRefused(
                () -> transfers.presented(t.getId(), t.getVersion(), LocalDate.of(2026, 8, 31)),
                "transfer.presented.beforeMove");
        assertThat(transfers
                        .presented(t.getId(), t.getVersion(), LocalDate.of(2026, 9, 1))
                        .getPresentedOn())
                .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    // --- electronic monitoring

    @Test
    void electronic_monitoring_is_refused_before_1_7_2026() {
        Person p = fixture.person("11953", "Giám Văn Sớm", LocalDate.of(1988, 2, 2));
        fixture.open(p, substitution(LocalDate.of(2026, 3, 1)));
        assertRefused(() -> fixture.open(p, monitoring(IN_FORCE.minusDays(1), null)), "episode.monitoring.notInForce");
    }

    @Test
    void electronic_monitoring_needs_a_person_in_home_or_community_rehab_substitution_or_post_rehab() throws Exception {
        Person managed = fixture.person("11953", "Giám Văn Quản Lý", LocalDate.of(1988, 2, 3));
        fixture.open(managed, management(LocalDate.of(2026, 7, 15)));
        assertRefused(
                () -> fixture.open(managed, monitoring(LocalDate.of(2026, 8, 1), null)),
                "episode.monitoring.notEligible");
        mvc.perform(post("/api/v1/people/" + managed.getId() + "/episodes")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ELECTRONIC_MONITORING\",\"startDate\":\"2026-08-01\","
                                + "\"decisionNumber\":\"03/QĐ-CAX\"}"))
                .andExpect(status().is(422))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Chỉ áp dụng giám sát điện tử với người đang cai nghiện tự nguyện tại gia đình hoặc"
                                                + " cộng đồng, đang điều trị thay thế hoặc đang quản lý sau cai nghiện vào ngày bắt đầu."));
        fixture.signIn("xa1"); // MockMvc leaves no one signed in
        Person facility = fixture.person("11953", "Giám Văn Cơ Sở", LocalDate.of(1988, 2, 4));
        LocalDate start = LocalDate.of(2026, 7, 20);
        fixture.open(
                facility,
                rehab(RehabForm.VOLUNTARY_FACILITY, start, start.plusMonths(6).minusDays(1)));
        assertRefused(
                () -> fixture.open(facility, monitoring(LocalDate.of(2026, 8, 1), null)),
                "episode.monitoring.notEligible");
    }

    @Test
    void electronic_monitoring_runs_with_the_measure_it_goes_with_and_leaves_the_statuses_alone() {
        Person treated = fixture.person("11953", "Giám Văn Methadone", LocalDate.of(1988, 2, 5));
        fixture.open(treated, substitution(LocalDate.of(2026, 3, 1)));
        Episode open = fixture.open(treated, monitoring(LocalDate.of(2026, 8, 1), null));
        assertThat(open.getPlannedEndDate()).isNull();
        assertThat(records.episodes(treated.getId())).anyMatch(e -> e.getKind() == EpisodeKind.ELECTRONIC_MONITORING);

        Person after = fixture.person("11953", "Giám Văn Sau Cai", LocalDate.of(1988, 2, 6));
        LocalDate rehabStart = LocalDate.of(2025, 5, 1);
        fixture.open(
                after, determination(rehabStart.minusDays(10), rehabStart.minusDays(8), DeterminationResult.ADDICTED));
        LocalDate rehabEnd = rehabStart.plusMonths(12).minusDays(1);
        fixture.open(after, rehabDone(RehabForm.COMPULSORY_ADULT, rehabStart, rehabEnd, rehabEnd));
        Episode post = fixture.open(after, postRehab(rehabEnd.plusDays(1)));
        assertRefused(
                () -> fixture.open(
                        after,
                        monitoring(
                                LocalDate.of(2026, 8, 1),
                                post.getPlannedEndDate().plusDays(1))),
                "episode.monitoring.beyondMeasure");
        Episode monitored = fixture.open(after, monitoring(LocalDate.of(2026, 8, 1), null));
        assertThat(monitored.getPlannedEndDate()).isEqualTo(post.getPlannedEndDate());
        assertThat(people.statuses(after.getId(), LocalDate.of(2026, 8, 2))).containsExactly(PersonStatus.AFTER_REHAB);
    }

    private static EpisodeForm monitoring(LocalDate start, LocalDate plannedEnd) {
        return new EpisodeForm(
                EpisodeKind.ELECTRONIC_MONITORING,
                null,
                start,
                plannedEnd,
                null,
                null,
                null,
                "03/QĐ-CAX",
                start,
                "Trưởng Công an xã",
                null,
                null,
                null);
    }

    private WorkItem moveItem(Person p) {
        return workList.due(TODAY).stream()
                .filter(i -> i.personId() == p.getId() && i.kind() == WorkItemKind.MOVE_NOT_PRESENTED)
                .findFirst()
                .orElse(null);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(
                        ((RuleViolationException) e).messageKey())
                .isEqualTo(key));
    }
}
