package vn.pcmt.plans.internal;

import java.time.LocalDate;

/** How often a task falls due: once, or every month, quarter, half-year or year from its first due date. */
public enum Recurrence {
    NONE(0),
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The first due date on or after {@code notBefore}, stepping from {@code first}; {@code first} when once. */
    public LocalDate nextDue(LocalDate first, LocalDate notBefore) {
        if (months == 0 || !first.isBefore(notBefore)) {
            return first;
        }
        LocalDate due = first;
        while (due.isBefore(notBefore)) {
            due = due.plusMonths(months);
        }
        return due;
    }
}
