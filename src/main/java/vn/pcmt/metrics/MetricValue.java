package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A metric's value for a unit: on {@code to} for a stock, over [{@code from}, {@code to}] for a flow; null is "no
 * data". {@code manual}: the value is made (wholly or in part) of manual figures standing in for the register over a
 * period before the unit kept it ("số liệu nhập tay", ADR 035).
 */
public record MetricValue(
        String code, String unitCode, LocalDate from, LocalDate to, BigDecimal value, boolean manual) {}
