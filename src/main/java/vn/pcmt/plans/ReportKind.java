package vn.pcmt.plans;

import java.time.LocalDate;

/** The kinds of report of a reporting regime, with their usual period and deadline in a year. */
public enum ReportKind {
    /** Six months: 1 January to 15 June, due 15 June. */
    SIX_MONTH,
    /** The year: 1 January to 15 December, due 15 December. */
    ANNUAL,
    /** The whole plan, due at its end. */
    FINAL,
    /** On request. */
    AD_HOC;

    public LocalDate defaultFrom(int year, LocalDate planFrom) {
        return this == FINAL ? planFrom : LocalDate.of(year, 1, 1);
    }

    public LocalDate defaultTo(int year, LocalDate planTo, LocalDate today) {
        return switch (this) {
            case SIX_MONTH -> LocalDate.of(year, 6, 15);
            case ANNUAL -> LocalDate.of(year, 12, 15);
            case FINAL -> planTo;
            case AD_HOC -> today;
        };
    }
}
