package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A metric's value for a unit: on {@code to} for a stock, over [{@code from}, {@code to}] for a flow. */
public record MetricValue(String code, String unitCode, LocalDate from, LocalDate to, BigDecimal value) {}
