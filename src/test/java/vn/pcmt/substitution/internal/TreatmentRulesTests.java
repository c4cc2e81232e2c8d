package vn.pcmt.substitution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.substitution.internal.TreatmentRules.Span;

/** The register's rules without Spring: one open episode, stop reasons, transfers, deletion, retention (ADR 044). */
class TreatmentRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Span open(long id, LocalDate start) {
        return new Span(id, start, null, null, null);
    }

    static Span stopped(long id, LocalDate start, LocalDate stop, StopReason reason, Long previous) {
        return new Span(id, start, stop, reason, previous);
    }

    static void refused(Runnable rule, String key) {
        assertThatThrownBy(rule::run)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }

    @Test
    void one_open_episode_per_person_and_none_overlapping() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        TreatmentRules.checkNew(List.of(), start, TODAY);
        refused(
                () -> TreatmentRules.checkNew(List.of(open(1L, start)), LocalDate.of(2026, 1, 1), TODAY),
                "substitution.alreadyOpen");
        List<Span> quit = List.of(stopped(1L, start, LocalDate.of(2025, 9, 30), StopReason.QUIT, null));
        refused(() -> TreatmentRules.checkNew(quit, LocalDate.of(2025, 9, 30), TODAY), "substitution.overlap");
        TreatmentRules.checkNew(quit, LocalDate.of(2025, 10, 1), TODAY);
        refused(() -> TreatmentRules.checkNew(List.of(), TODAY.plusDays(1), TODAY), "substitution.future");
    }

    @Test
    void a_stop_gives_a_reason_other_than_a_transfer_on_a_day_from_the_start_to_today() {
        Span episode = open(1L, LocalDate.of(2025, 3, 1));
        for (StopReason reason : StopReason.values()) {
            if (reason != StopReason.TRANSFERRED) {
                TreatmentRules.checkStop(episode, LocalDate.of(2025, 3, 1), reason, TODAY);
            }
        }
        refused(
                () -> TreatmentRules.checkStop(episode, TODAY, StopReason.TRANSFERRED, TODAY),
                "substitution.stop.useTransfer");
        refused(
                () -> TreatmentRules.checkStop(episode, LocalDate.of(2025, 2, 28), StopReason.QUIT, TODAY),
                "substitution.stop.beforeStart");
        refused(
                () -> TreatmentRules.checkStop(episode, TODAY.plusDays(1), StopReason.QUIT, TODAY),
                "substitution.future");
        refused(
                () -> TreatmentRules.checkStop(
                        stopped(1L, LocalDate.of(2025, 3, 1), TODAY, StopReason.QUIT, null),
                        TODAY,
                        StopReason.QUIT,
                        TODAY),
                "substitution.alreadyStopped");
        // how the person's legal record ends the course: quitting opens art. 256a (d)
        assertThat(StopReason.QUIT.ending()).isEqualTo(vn.pcmt.people.SubstitutionTreatments.Ending.QUIT_ON_OWN);
        assertThat(StopReason.DETAINED.ending()).isEqualTo(vn.pcmt.people.SubstitutionTreatments.Ending.DETAINED);
    }

    @Test
    void a_transfer_goes_to_another_clinic_after_the_start_and_only_the_latest_episode_is_deleted() {
        Span episode = open(1L, LocalDate.of(2025, 3, 1));
        TreatmentRules.checkTransfer(episode, 10, 11, LocalDate.of(2025, 3, 2), TODAY);
        refused(
                () -> TreatmentRules.checkTransfer(episode, 10, 11, LocalDate.of(2025, 3, 1), TODAY),
                "substitution.transfer.sameDay");
        refused(
                () -> TreatmentRules.checkTransfer(episode, 10, 10, LocalDate.of(2025, 4, 1), TODAY),
                "substitution.transfer.sameClinic");

        Span first = stopped(1L, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 1), StopReason.TRANSFERRED, null);
        Span next = open(2L, LocalDate.of(2025, 8, 1));
        next = new Span(2L, next.start(), null, null, 1L);
        List<Span> record = List.of(first, next);
        refused(() -> TreatmentRules.checkDelete(record, first), "substitution.delete.notLatest");
        TreatmentRules.checkDelete(record, next);
    }

    @Test
    void retention_follows_the_course_through_transfers_and_stops_at_any_other_stop() {
        LocalDate start = LocalDate.of(2025, 1, 10);
        Span first = stopped(1L, start, LocalDate.of(2025, 4, 1), StopReason.TRANSFERRED, null);
        Span second = new Span(2L, LocalDate.of(2025, 4, 1), null, null, 1L);
        // transferred after 3 months, still in treatment at the other clinic on 10/7/2025 and 10/1/2026
        assertThat(TreatmentRules.retained(List.of(first, second), first, 6, TODAY))
                .contains(true);
        assertThat(TreatmentRules.retained(List.of(first, second), first, 12, TODAY))
                .contains(true);

        // quit after 5 months and came back before the mark: not retained (a break)
        Span quit = stopped(1L, start, LocalDate.of(2025, 6, 10), StopReason.QUIT, null);
        Span back = open(3L, LocalDate.of(2025, 7, 1));
        assertThat(TreatmentRules.retained(List.of(quit, back), quit, 6, TODAY)).contains(false);

        // stopped on the very day of the mark: still in treatment that day
        Span onMark = stopped(1L, start, LocalDate.of(2025, 7, 10), StopReason.COMPLETED, null);
        assertThat(TreatmentRules.retained(List.of(onMark), onMark, 6, TODAY)).contains(true);
        assertThat(TreatmentRules.retained(List.of(onMark), onMark, 12, TODAY)).contains(false);

        // the 12-month mark of a start of 2026 is not known yet
        Span late = open(4L, LocalDate.of(2026, 1, 5));
        assertThat(TreatmentRules.retained(List.of(late), late, 12, TODAY)).isEqualTo(Optional.empty());
    }

    @Test
    void a_stop_corrected_keeps_apart_from_the_other_episodes_and_a_transfer_stays_one() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        Span quit = stopped(1L, start, LocalDate.of(2025, 9, 30), StopReason.QUIT, null);
        Span later = open(2L, LocalDate.of(2026, 1, 10));
        List<Span> record = List.of(quit, later);
        TreatmentRules.checkStopCorrection(record, quit, LocalDate.of(2026, 1, 9), StopReason.COMPLETED, TODAY);
        refused(
                () -> TreatmentRules.checkStopCorrection(
                        record, quit, LocalDate.of(2026, 1, 10), StopReason.COMPLETED, TODAY),
                "substitution.overlap");
        refused(
                () -> TreatmentRules.checkStopCorrection(
                        record, quit, LocalDate.of(2025, 10, 1), StopReason.TRANSFERRED, TODAY),
                "substitution.correct.transfer");
        refused(
                () -> TreatmentRules.checkStopCorrection(record, later, TODAY, StopReason.QUIT, TODAY),
                "substitution.correct.notStopped");
        // a transfer's day: after the start, not after the next one's stop
        Span moved = stopped(3L, start, LocalDate.of(2025, 8, 1), StopReason.TRANSFERRED, null);
        Span next = stopped(4L, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 1), StopReason.COMPLETED, 3L);
        List<Span> chain = List.of(moved, next);
        TreatmentRules.checkStopCorrection(chain, moved, LocalDate.of(2025, 11, 1), StopReason.TRANSFERRED, TODAY);
        refused(
                () -> TreatmentRules.checkStopCorrection(chain, moved, start, StopReason.TRANSFERRED, TODAY),
                "substitution.transfer.sameDay");
        refused(
                () -> TreatmentRules.checkStopCorrection(
                        chain, moved, LocalDate.of(2025, 12, 2), StopReason.TRANSFERRED, TODAY),
                "substitution.overlap");
        // the transfer's two episodes share their day and fit; another open one does not
        TreatmentRules.checkFits(chain, next, "personId");
        refused(
                () -> TreatmentRules.checkFits(List.of(later), open(5L, start), "personId"),
                "substitution.alreadyOpen");
    }
}
