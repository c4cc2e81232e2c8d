package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pcmt.geo.AdminUnit;

/**
 * What a module contributes to the catalogue: its metrics and their values. A stock is read on {@code to}; a flow
 * is counted from {@code from} to {@code to}, both included. The unit is a code of a unit in force today (or on
 * {@code to}), counted with everything it covers; the source applies the caller's jurisdiction.
 */
public interface MetricSource {

    List<Metric> metrics();

    BigDecimal value(String code, String unitCode, LocalDate from, LocalDate to);

    /**
     * The metric for each of the units (each with everything it covers), by unit id; null where there is no value.
     * The caller has checked the units against the jurisdiction. A source over a large register answers in one
     * query per figure (one {@code GROUP BY} over the units); the default asks unit by unit, which is fine for
     * small registers only.
     */
    default Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (AdminUnit unit : units) {
            values.put(unit.id(), value(code, unit.code(), from, to));
        }
        return values;
    }
}
