package vn.pcmt.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a register list or a figure is asked for, with the defaults every register uses: without an end,
 * today; without a start, 1 January of the end's year.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive; never before {@code from}
 */
public record ListPeriod(LocalDate from, LocalDate to) {

    public ListPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw RuleViolationException.onField("from", "period.invalid", from, to);
        }
    }

    /**
     * The period as a page's filter reads it: a start after the end is taken as a slip and falls back to 1 January
     * of the end's year, so the list still shows.
     */
    public static ListPeriod lenient(LocalDate from, LocalDate to, Clock clock) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return new ListPeriod(from == null || from.isAfter(end) ? end.withDayOfYear(1) : from, end);
    }

    /** The period as the API reads it: a start after the end is refused with a problem naming both dates. */
    public static ListPeriod strict(LocalDate from, LocalDate to, Clock clock) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return new ListPeriod(from == null ? end.withDayOfYear(1) : from, end);
    }
}
