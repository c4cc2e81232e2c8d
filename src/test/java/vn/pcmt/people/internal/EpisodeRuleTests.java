package vn.pcmt.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.legal.LegalRulesForTests.rule;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.rehab;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.pcmt.legal.DurationUnit;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * The legal workflow of episodes at its edges, without Spring or a database: the rules as shipped from 2022 (Law
 * 73/2021), held in a list; the person and their record built in memory; today a fixed day.
 */
class EpisodeRuleTests {

    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final List<LegalRule> LAW = List.of(
            rule(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, 1, DurationUnit.YEARS, FROM),
            rule(LegalRuleCode.ADDICTION_DETERMINATION_DEADLINE, 5, DurationUnit.WORKING_DAYS, FROM),
            rule(LegalRuleCode.VOLUNTARY_REHAB_MIN, 6, DurationUnit.MONTHS, FROM),
            rule(LegalRuleCode.VOLUNTARY_REHAB_MAX, 12, DurationUnit.MONTHS, FROM),
            rule(LegalRuleCode.COMPULSORY_REHAB_ADULT_MIN, 12, DurationUnit.MONTHS, FROM),
            rule(LegalRuleCode.COMPULSORY_REHAB_ADULT_MAX, 24, DurationUnit.MONTHS, FROM),
            rule(LegalRuleCode.COMPULSORY_REHAB_MINOR_MIN, 6, DurationUnit.MONTHS, FROM),
            rule(LegalRuleCode.COMPULSORY_REHAB_MINOR_MAX, 12, DurationUnit.MONTHS, FROM),
            rule(LegalRuleCode.COMPULSORY_REHAB_MINOR_MIN_AGE, 12, DurationUnit.YEARS, FROM),
            rule(LegalRuleCode.ADULT_AGE, 18, DurationUnit.YEARS, FROM),
            rule(LegalRuleCode.POST_REHAB_MANAGEMENT_DURATION, 1, DurationUnit.YEARS, FROM));

    static final EpisodeRules RULES = new EpisodeRules(new EpisodeRules.Law() {
        @Override
        public Optional<LegalRule> find(LegalRuleCode code, LocalDate on) {
            return LAW.stream()
                    .filter(r -> r.getCode() == code && r.inForceOn(on))
                    .findFirst();
        }

        @Override
        public Optional<LocalDate> firstInForce(LegalRuleCode code) {
            return LAW.stream()
                    .filter(r -> r.getCode() == code)
                    .map(LegalRule::getEffectiveFrom)
                    .min(Comparator.naturalOrder());
        }
    });

    static Person person(LocalDate birth) {
        Person person = new Person(1L);
        person.apply(PeopleFixture.form("11953", "Trần Văn Luật", birth, null));
        return person;
    }

    static Episode recorded(EpisodeForm form, LocalDate plannedEnd) {
        return new Episode(1L, 1L, form, plannedEnd, false, "test");
    }

    static EpisodeForm withPlannedEnd(EpisodeForm f, LocalDate plannedEnd) {
        return new EpisodeForm(
                f.kind(),
                f.form(),
                f.startDate(),
                plannedEnd,
                f.endDate(),
                f.endReason(),
                f.result(),
                f.decisionNumber(),
                f.decisionDate(),
                f.signer(),
                f.facility(),
                f.physician(),
                f.note());
    }

    static void assertRefused(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }

    final Person adult = person(LocalDate.of(1990, 3, 15));

    @Test
    void drug_use_management_lasts_one_year_from_the_decision_to_the_day_before() {
        var planned = RULES.checkNew(adult, List.of(), management(LocalDate.of(2025, 1, 10)), TODAY);
        assertThat(planned.end()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(planned.byHand()).isFalse();
    }

    @Test
    void before_the_earliest_rule_the_officer_enters_the_end_by_hand_or_the_record_is_refused() {
        EpisodeForm before = management(FROM.minusDays(1));
        assertRefused(() -> RULES.checkNew(adult, List.of(), before, TODAY), "episode.noRule.endRequired");
        var planned = RULES.checkNew(adult, List.of(), withPlannedEnd(before, LocalDate.of(2022, 6, 30)), TODAY);
        assertThat(planned).isEqualTo(new EpisodeRules.Planned(LocalDate.of(2022, 6, 30), true));
        assertThat(RULES.checkNew(adult, List.of(), management(FROM), TODAY).byHand())
                .isFalse();
    }

    @Test
    void a_new_management_may_start_the_day_after_the_last_one_ends_and_not_before() {
        List<Episode> record = List.of(recorded(management(LocalDate.of(2024, 1, 10)), LocalDate.of(2025, 1, 9)));
        assertRefused(
                () -> RULES.checkNew(adult, record, management(LocalDate.of(2025, 1, 9)), TODAY), "episode.overlap");
        assertThat(RULES.checkNew(adult, record, management(LocalDate.of(2025, 1, 10)), TODAY)
                        .end())
                .isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void an_episode_cannot_start_after_today() {
        assertRefused(
                () -> RULES.checkNew(adult, List.of(), management(TODAY.plusDays(1)), TODAY), "episode.start.future");
    }

    @Test
    void compulsory_rehab_for_adults_is_planned_within_12_to_24_months_after_a_determination_addicted() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        assertRefused(
                () -> RULES.checkNew(
                        adult, List.of(), rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(12)), TODAY),
                "episode.rehab.compulsoryNeedsAddicted");
        List<Episode> record = List.of(
                recorded(determination(start.minusDays(10), start.minusDays(8), DeterminationResult.ADDICTED), null));
        assertRefused(
                () -> RULES.checkNew(
                        adult,
                        record,
                        rehab(
                                RehabForm.COMPULSORY_ADULT,
                                start,
                                start.plusMonths(12).minusDays(2)),
                        TODAY),
                "episode.rehab.plannedOutOfBounds");
        assertRefused(
                () -> RULES.checkNew(
                        adult, record, rehab(RehabForm.COMPULSORY_ADULT, start, start.plusMonths(24)), TODAY),
                "episode.rehab.plannedOutOfBounds");
        assertThat(RULES.checkNew(
                                adult,
                                record,
                                rehab(
                                        RehabForm.COMPULSORY_ADULT,
                                        start,
                                        start.plusMonths(12).minusDays(1)),
                                TODAY)
                        .end())
                .isEqualTo(start.plusMonths(12).minusDays(1));
        assertThat(RULES.checkNew(
                                adult,
                                record,
                                rehab(
                                        RehabForm.COMPULSORY_ADULT,
                                        start,
                                        start.plusMonths(24).minusDays(1)),
                                TODAY)
                        .end())
                .isEqualTo(start.plusMonths(24).minusDays(1));
    }

    @Test
    void compulsory_rehab_for_adults_starts_on_the_18th_birthday_at_the_earliest() {
        Person young = person(LocalDate.of(2008, 3, 2));
        LocalDate birthday = LocalDate.of(2026, 3, 2);
        List<Episode> record = List.of(recorded(
                determination(birthday.minusDays(10), birthday.minusDays(8), DeterminationResult.ADDICTED), null));
        EpisodeForm dayBefore = rehab(
                RehabForm.COMPULSORY_ADULT,
                birthday.minusDays(1),
                birthday.minusDays(1).plusMonths(12));
        assertRefused(() -> RULES.checkNew(young, record, dayBefore, TODAY), "episode.rehab.adultAge");
        assertThat(RULES.checkNew(
                                young,
                                record,
                                rehab(RehabForm.COMPULSORY_ADULT, birthday, birthday.plusMonths(12)),
                                TODAY)
                        .byHand())
                .isFalse();
        assertThat(RULES.checkNew(
                                young,
                                record,
                                rehab(
                                        RehabForm.COMPULSORY_MINOR,
                                        birthday.minusDays(1),
                                        birthday.minusDays(1).plusMonths(6)),
                                TODAY)
                        .end())
                .isEqualTo(birthday.minusDays(1).plusMonths(6));
    }
}
