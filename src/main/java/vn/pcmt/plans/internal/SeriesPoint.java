package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One point of a target's trend: its value over the period it is judged on, cut at {@code end} (the end of a month or
 * quarter, or the date asked when it falls inside one); {@code months} is the step (1, 3, or 12 for a year). A null
 * value is no data, never a zero.
 */
public record SeriesPoint(LocalDate end, int months, BigDecimal value) {}
