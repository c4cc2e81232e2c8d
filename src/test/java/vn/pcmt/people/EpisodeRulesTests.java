package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.postRehab;
import static vn.pcmt.people.PeopleFixture.rehab;
import static vn.pcmt.people.PeopleFixture.rehabDone;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.legal.DurationUnit;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeEnd;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.platform.RuleViolationException;

/** The legal workflow of episodes, each rule a test (Law 73/2021 and its decrees, as data in legal_rule). */
@PcmtTest
class EpisodeRulesTests {

    /** Months after Law 120 took effect (1/7/2026), so a change of the law 100 days back comes after its rules. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    RecordService records;

    @Autowired
    LegalRules law;

    Person person;

    @BeforeEach
    void officer() {
        clock.setToday(TODAY);
        fixture.signIn("xa1");
        person = fixture.person("11953", "Trần Văn Luật", LocalDate.of(1990, 3, 15));
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void drug_use_management_lasts_one_year_from_the_decision() {
        Episode e = fixture.open(person, management(LocalDate.of(2025, 1, 10)));
        assertThat(e.getPlannedEndDate()).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void drug_use_management_needs_the_decision_number_and_date() {
        var noDecision = new EpisodeForm(
                EpisodeKind.DRUG_USE_MANAGEMENT,
                null,
                LocalDate.of(2025, 1, 10),
                null,
                null,
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null);
        assertRefused(() -> fixture.open(person, noDecision), "episode.management.decisionRequired");
    }

    @Test
    void two_management_episodes_may_not_overlap() {
        fixture.open(person, management(LocalDate.of(2025, 1, 10)));
        assertRefused(() -> fixture.open(person, management(LocalDate.of(2025, 6, 1))), "episode.overlap");
    }

    @Test
    void a_new_management_after_the_first_ended_is_allowed() {
        fixture.open(person, management(LocalDate.of(2024, 1, 10)));
        assertRefused(() -> fixture.open(person, management(LocalDate.of(2025, 1, 9))), "episode.overlap");
        assertThat(fixture.open(person, management(LocalDate.of(2025, 1, 10))).getPlannedEndDate())
                .isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void an_episode_cannot_start_in_the_future() {
        assertRefused(() -> fixture.open(person, management(TODAY.plusDays(1))), "episode.start.future");
    }

    @Test
    void compulsory_rehab_needs_a_determination_addicted() {
        LocalDate start = TODAY.minusMonths(2);
        assertRefused(
                () -> fixture.open(person, rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(12))),
                "episode.rehab.compulsoryNeedsAddicted");
        fixture.open(person, determination(start.minusDays(10), start.minusDays(8), DeterminationResult.NOT_ADDICTED));
        assertRefused(
                () -> fixture.open(person, rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(12))),
                "episode.rehab.compulsoryNeedsAddicted");
    }

    @Test
    void compulsory_rehab_for_adults_lasts_12_to_24_months() {
        LocalDate start = TODAY.minusMonths(2);
        fixture.open(person, determination(start.minusDays(10), start.minusDays(8), DeterminationResult.ADDICTED));
        assertRefused(
                () -> fixture.open(
                        person,
                        rehab(
                                RehabForm.COMPULSORY_ADULT,
                                start,
                                start.plusMonths(12).minusDays(2))),
                "episode.rehab.plannedOutOfBounds");
        assertRefused(
                () -> fixture.open(person, rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(24))),
                "episode.rehab.plannedOutOfBounds");
        Episode ok = fixture.open(
                person,
                rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(24).minusDays(1)));
        assertThat(ok.getPlannedEndDate()).isEqualTo(start.plusMonths(24).minusDays(1));
    }

    @Test
    void compulsory_rehab_for_adults_needs_the_age_of_18() {
        fixture.signIn("xa1");
        Person young = fixture.person("11953", "Lê Văn Trẻ", TODAY.minusYears(17));
        LocalDate start = TODAY.minusDays(10);
        fixture.open(young, determination(start.minusDays(5), start.minusDays(3), DeterminationResult.ADDICTED));
        assertRefused(
                () -> fixture.open(young, rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(12))),
                "episode.rehab.adultAge");
        assertThat(fixture.open(young, rehab(RehabForm.COMPULSORY_MINOR, start, start.plusMonths(6))))
                .isNotNull();
    }

    @Test
    void compulsory_rehab_for_minors_is_for_ages_12_to_under_18() {
        LocalDate start = TODAY.minusDays(10);
        fixture.open(person, determination(start.minusDays(5), start.minusDays(3), DeterminationResult.ADDICTED));
        assertRefused(
                () -> fixture.open(person, rehab(RehabForm.COMPULSORY_MINOR, start, start.plusMonths(6))),
                "episode.rehab.minorAge");
    }

    @Test
    void compulsory_rehab_needs_the_court_decision() {
        LocalDate start = TODAY.minusDays(10);
        fixture.open(person, determination(start.minusDays(5), start.minusDays(3), DeterminationResult.ADDICTED));
        var noCourt = new EpisodeForm(
                EpisodeKind.REHAB,
                "COMPULSORY_ADULT",
                start,
                start.plusMonths(12),
                null,
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null);
        assertRefused(() -> fixture.open(person, noCourt), "episode.rehab.courtDecisionRequired");
    }

    @Test
    void voluntary_rehab_is_planned_for_6_to_12_months_and_the_edges_are_allowed() {
        LocalDate start = TODAY.minusDays(5);
        assertRefused(
                () -> fixture.open(
                        person,
                        rehab(
                                RehabForm.VOLUNTARY_HOME,
                                start,
                                start.plusMonths(6).minusDays(2))),
                "episode.rehab.plannedOutOfBounds");
        assertRefused(
                () -> fixture.open(person, rehab(RehabForm.VOLUNTARY_HOME, start, start.plusMonths(12))),
                "episode.rehab.plannedOutOfBounds");
        assertThat(fixture.open(
                        person,
                        rehab(
                                RehabForm.VOLUNTARY_HOME,
                                start,
                                start.plusMonths(6).minusDays(1))))
                .isNotNull();
    }

    @Test
    void rehab_cannot_be_completed_before_its_legal_minimum() {
        LocalDate start = TODAY.minusMonths(8);
        Episode running = fixture.open(person, rehab(RehabForm.VOLUNTARY_COMMUNITY, start, start.plusMonths(9)));
        assertRefused(
                () -> records.end(
                        person.getId(),
                        running.getId(),
                        new EpisodeEnd(start.plusMonths(5), EndReason.COMPLETED, null, running.getVersion())),
                "episode.rehab.completedBeforeMin");
        Episode ended = records.end(
                person.getId(),
                running.getId(),
                new EpisodeEnd(start.plusMonths(5), EndReason.ABSCONDED, null, running.getVersion()));
        assertThat(ended.getEndReason()).isEqualTo(EndReason.ABSCONDED);
    }

    @Test
    void post_rehab_management_needs_a_served_compulsory_rehab_and_lasts_one_year() {
        LocalDate start = TODAY.minusMonths(14);
        assertRefused(
                () -> fixture.open(person, postRehab(TODAY.minusDays(5))), "episode.postRehab.needsCompulsoryRehab");
        fixture.open(person, determination(start.minusDays(10), start.minusDays(8), DeterminationResult.ADDICTED));
        fixture.open(
                person,
                rehabDone(
                        RehabForm.COMPULSORY_ADULT,
                        start,
                        start.plusMonths(12).minusDays(1),
                        start.plusMonths(12).minusDays(1)));
        Episode post = fixture.open(person, postRehab(start.plusMonths(12)));
        assertThat(post.getPlannedEndDate())
                .isEqualTo(start.plusMonths(12).plusYears(1).minusDays(1));
    }

    @Test
    void post_rehab_management_is_refused_after_a_completed_voluntary_rehab() {
        LocalDate start = TODAY.minusMonths(8);
        fixture.open(
                person,
                rehabDone(
                        RehabForm.VOLUNTARY_HOME,
                        start,
                        start.plusMonths(6).minusDays(1),
                        start.plusMonths(6).minusDays(1)));
        assertRefused(() -> fixture.open(person, postRehab(start.plusMonths(6))), "episode.postRehab.afterVoluntary");
    }

    @Test
    void post_rehab_management_is_refused_after_a_compulsory_rehab_left_before_its_end() {
        LocalDate start = TODAY.minusMonths(8);
        fixture.open(person, determination(start.minusDays(10), start.minusDays(8), DeterminationResult.ADDICTED));
        Episode rehab = fixture.open(person, rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(12)));
        records.end(
                person.getId(),
                rehab.getId(),
                new EpisodeEnd(start.plusMonths(3), EndReason.ABSCONDED, null, rehab.getVersion()));
        assertRefused(
                () -> fixture.open(person, postRehab(start.plusMonths(3).plusDays(1))),
                "episode.postRehab.needsCompulsoryRehab");
    }

    @Test
    void a_determination_with_a_result_needs_its_date_and_an_end_needs_the_result() {
        var resultWithoutDate = new EpisodeForm(
                EpisodeKind.ADDICTION_DETERMINATION,
                null,
                TODAY.minusDays(3),
                null,
                null,
                null,
                DeterminationResult.ADDICTED,
                null,
                null,
                null,
                "Trạm Y tế",
                null,
                null);
        assertRefused(() -> fixture.open(person, resultWithoutDate), "episode.determination.resultDateRequired");
        Episode pending = fixture.open(person, determination(TODAY.minusDays(3), null, null));
        assertRefused(
                () -> records.end(
                        person.getId(), pending.getId(), new EpisodeEnd(TODAY, null, null, pending.getVersion())),
                "episode.determination.resultRequired");
    }

    @Test
    void a_rehab_needs_its_form() {
        var noForm = new EpisodeForm(
                EpisodeKind.REHAB,
                null,
                TODAY.minusDays(3),
                TODAY.plusMonths(6),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertRefused(() -> fixture.open(person, noForm), "episode.form.required");
    }

    @Test
    void an_end_before_the_start_is_refused() {
        Episode e = fixture.open(person, management(TODAY.minusDays(20)));
        assertRefused(
                () -> records.end(
                        person.getId(),
                        e.getId(),
                        new EpisodeEnd(TODAY.minusDays(30), EndReason.MOVED, null, e.getVersion())),
                "episode.end.beforeStart");
    }

    @Test
    void when_the_law_changes_each_decision_is_judged_by_the_rule_in_force_on_its_date() {
        fixture.signIn("admin");
        LocalDate change = TODAY.minusDays(100);
        law.supersede(
                LegalRuleCode.POST_REHAB_MANAGEMENT_DURATION,
                2,
                DurationUnit.YEARS,
                change,
                "Luật sửa đổi (thử)",
                null);
        try {
            fixture.signIn("xa1");
            Person before = fixture.person("11953", "Phạm Văn Trước", LocalDate.of(1985, 1, 1));
            LocalDate oldStart = change.minusMonths(14);
            fixture.open(
                    before, determination(oldStart.minusDays(10), oldStart.minusDays(8), DeterminationResult.ADDICTED));
            fixture.open(
                    before,
                    rehabDone(
                            RehabForm.COMPULSORY_ADULT,
                            oldStart,
                            oldStart.plusMonths(12).minusDays(1),
                            oldStart.plusMonths(12).minusDays(1)));
            assertThat(fixture.open(before, postRehab(oldStart.plusMonths(12))).getPlannedEndDate())
                    .isEqualTo(oldStart.plusMonths(12).plusYears(1).minusDays(1));
            LocalDate newStart = change.plusDays(1).minusMonths(12);
            Person after = fixture.person("11953", "Phạm Văn Sau", LocalDate.of(1985, 1, 1));
            fixture.open(
                    after, determination(newStart.minusDays(10), newStart.minusDays(8), DeterminationResult.ADDICTED));
            fixture.open(after, rehabDone(RehabForm.COMPULSORY_ADULT, newStart, change, change));
            assertThat(fixture.open(after, postRehab(change.plusDays(1))).getPlannedEndDate())
                    .isEqualTo(change.plusDays(1).plusYears(2).minusDays(1));
        } finally {
            fixture.signIn("admin");
            law.supersede(
                    LegalRuleCode.POST_REHAB_MANAGEMENT_DURATION,
                    1,
                    DurationUnit.YEARS,
                    change.plusDays(1),
                    "Hoàn nguyên sau thử",
                    null);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(
                        ((RuleViolationException) e).messageKey())
                .isEqualTo(key));
    }
}
