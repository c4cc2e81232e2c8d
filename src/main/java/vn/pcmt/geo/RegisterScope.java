package vn.pcmt.geo;

import java.time.LocalDate;
import java.util.Map;
import vn.pcmt.platform.ListPeriod;

/**
 * What a register's list page shows: a unit the user may see (asked, or the user's own) over a period.
 *
 * @param code the unit's code as asked (or the user's own), which the register's queries take
 * @param unit the unit with that code as it is today, or as it was at the period's end when it no longer exists
 * @param period the period, with the registers' defaults
 */
public record RegisterScope(String code, AdminUnit unit, ListPeriod period) {

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }

    /** The model attributes every list page's filter reads: {@code unit}, {@code from} and {@code to}. */
    public Map<String, Object> attributes() {
        return Map.of("unit", unit, "from", period.from(), "to", period.to());
    }
}
