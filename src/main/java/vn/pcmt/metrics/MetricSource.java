package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a module contributes to the catalogue: its metrics and their values. A stock is read on {@code to}; a flow
 * is counted from {@code from} to {@code to}, both included. The unit is a code of a unit in force today (or on
 * {@code to}), counted with everything it covers; the source applies the caller's jurisdiction.
 */
public interface MetricSource {

    List<Metric> metrics();

    BigDecimal value(String code, String unitCode, LocalDate from, LocalDate to);
}
