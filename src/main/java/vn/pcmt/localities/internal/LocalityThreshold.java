package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The thresholds of one type of key complex locality (Decision 28/2025/QĐ-TTg) in force from a date. A commune is
 * of the type when at least {@code criteriaRequired} of the five criteria hold; the route criterion holds when the
 * commune is on a trafficking route and meets at least {@code routeType3Criteria} criteria of type III.
 */
public record LocalityThreshold(
        String type,
        BigDecimal recordSharePercent,
        int placesOfUse,
        BigDecimal arrestSharePercent,
        int plantsDestroyed,
        BigDecimal cultivationAreaM2,
        int routeType3Criteria,
        int criteriaRequired,
        LocalDate validFrom,
        String source,
        boolean confirmed) {}
