package vn.pcmt.substitution.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.pcmt.platform.RuleViolationException;

/**
 * The rules of the register, without Spring (ADR 044): one open episode per person, no episode overlapping another,
 * no date after today, a stop not before the start, the reasons a stop may give, a transfer after the start; and the
 * retention of a course (still in treatment N months after its start, only transfers between).
 */
public final class TreatmentRules {

    /** An episode as the rules see it. */
    public record Span(Long id, LocalDate start, LocalDate stop, StopReason reason, Long previousId) {

        boolean covers(LocalDate day) {
            return !start.isAfter(day) && (stop == null || !stop.isBefore(day));
        }

        boolean open() {
            return stop == null;
        }
    }

    private TreatmentRules() {}

    /** A new course starting on {@code start}: none open, none covering the start or later, not in the future. */
    public static void checkNew(List<Span> record, LocalDate start, LocalDate today) {
        if (start.isAfter(today)) {
            throw RuleViolationException.onField("startDate", "substitution.future", start);
        }
        if (record.stream().anyMatch(Span::open)) {
            throw RuleViolationException.onField("personId", "substitution.alreadyOpen");
        }
        record.stream()
                .filter(s -> s.stop() != null && !s.stop().isBefore(start))
                .findAny()
                .ifPresent(s -> {
                    throw RuleViolationException.onField("startDate", "substitution.overlap", s.start(), s.stop());
                });
    }

    /** Stopping an open episode on a day with a reason (a transfer has its own operation). */
    public static void checkStop(Span episode, LocalDate date, StopReason reason, LocalDate today) {
        if (!episode.open()) {
            throw new RuleViolationException("substitution.alreadyStopped");
        }
        if (reason == StopReason.TRANSFERRED) {
            throw RuleViolationException.onField("reason", "substitution.stop.useTransfer");
        }
        checkDay(episode, date, today, "stopDate");
    }

    /** A transfer on a day: the episode is open, the day after its start, the clinic another one. */
    public static void checkTransfer(Span episode, long fromClinic, long toClinic, LocalDate date, LocalDate today) {
        if (!episode.open()) {
            throw new RuleViolationException("substitution.alreadyStopped");
        }
        checkDay(episode, date, today, "date");
        if (!date.isAfter(episode.start())) {
            throw RuleViolationException.onField("date", "substitution.transfer.sameDay", episode.start());
        }
        if (fromClinic == toClinic) {
            throw RuleViolationException.onField("clinicId", "substitution.transfer.sameClinic");
        }
    }

    /** Only the person's latest episode may be deleted (a transfer's next one takes the transfer back). */
    public static void checkDelete(List<Span> record, Span episode) {
        boolean later = record.stream()
                .anyMatch(s -> !s.id().equals(episode.id()) && s.start().isAfter(episode.start())
                        || episode.id().equals(s.previousId()));
        if (later) {
            throw new RuleViolationException("substitution.delete.notLatest");
        }
    }

    /**
     * Correcting the stop of a stopped episode (ADR 053): the day not before the start nor after today, not reaching
     * another episode of the person; a transfer stays a transfer (its day moves the next episode's start with it:
     * after this start, not after the next one's stop) and nothing else becomes one.
     */
    public static void checkStopCorrection(
            List<Span> record, Span episode, LocalDate date, StopReason reason, LocalDate today) {
        if (episode.open()) {
            throw new RuleViolationException("substitution.correct.notStopped");
        }
        if ((episode.reason() == StopReason.TRANSFERRED) != (reason == StopReason.TRANSFERRED)) {
            throw RuleViolationException.onField("reason", "substitution.correct.transfer");
        }
        checkDay(episode, date, today, "stopDate");
        if (reason == StopReason.TRANSFERRED) {
            if (!date.isAfter(episode.start())) {
                throw RuleViolationException.onField("stopDate", "substitution.transfer.sameDay", episode.start());
            }
            record.stream()
                    .filter(s -> episode.id().equals(s.previousId()))
                    .filter(s -> s.stop() != null && s.stop().isBefore(date))
                    .findAny()
                    .ifPresent(s -> {
                        throw RuleViolationException.onField("stopDate", "substitution.overlap", s.start(), s.stop());
                    });
            return;
        }
        Span moved = new Span(episode.id(), episode.start(), date, reason, episode.previousId());
        checkFits(record, moved, "stopDate");
    }

    /**
     * An episode placed in a person's record (moved to them, or its stop corrected): it overlaps none of the others
     * and, open, is their only open one.
     */
    public static void checkFits(List<Span> record, Span episode, String field) {
        for (Span s : record) {
            if (s.id().equals(episode.id())) {
                continue;
            }
            if (episode.open() && s.open()) {
                throw RuleViolationException.onField(field, "substitution.alreadyOpen");
            }
            boolean apart = s.stop() != null && s.stop().isBefore(episode.start())
                    || episode.stop() != null && episode.stop().isBefore(s.start())
                    // a transfer: the day the one stops is the day the next starts
                    || s.id().equals(episode.previousId()) && episode.start().equals(s.stop())
                    || episode.id().equals(s.previousId()) && s.start().equals(episode.stop());
            if (!apart) {
                throw RuleViolationException.onField(field, "substitution.overlap", s.start(), s.stop());
            }
        }
    }

    private static void checkDay(Span episode, LocalDate date, LocalDate today, String field) {
        if (date.isBefore(episode.start())) {
            throw RuleViolationException.onField(field, "substitution.stop.beforeStart", episode.start());
        }
        if (date.isAfter(today)) {
            throw RuleViolationException.onField(field, "substitution.future", date);
        }
    }

    /**
     * Whether the course that {@code first} starts is still running {@code months} after its start: the person is in
     * treatment on that day and nothing but transfers stopped their treatment in between. Empty while the day is
     * after {@code today} (not known yet).
     */
    public static Optional<Boolean> retained(List<Span> record, Span first, int months, LocalDate today) {
        LocalDate mark = first.start().plusMonths(months);
        if (mark.isAfter(today)) {
            return Optional.empty();
        }
        boolean stoppedBetween = record.stream()
                .anyMatch(s -> s.stop() != null
                        && s.reason() != StopReason.TRANSFERRED
                        && !s.stop().isBefore(first.start())
                        && s.stop().isBefore(mark));
        boolean inTreatment = record.stream().anyMatch(s -> !s.start().isBefore(first.start()) && s.covers(mark));
        return Optional.of(!stoppedBetween && inTreatment);
    }
}
