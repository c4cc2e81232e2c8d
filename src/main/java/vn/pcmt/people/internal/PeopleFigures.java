package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * Counts of people for a unit (with everything it covers, across the 2025 reform): by status on {@code date}
 * (the end of the period) and, over a period, the flows between {@code from} and {@code to}.
 */
public record PeopleFigures(
        String unitCode,
        String unitName,
        LocalDate from,
        LocalDate date,
        Map<PersonStatus, Long> byStatus,
        Map<String, Long> flows) {}
