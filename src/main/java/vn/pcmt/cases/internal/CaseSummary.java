package vn.pcmt.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cases of a unit (with what it covers, across unit history) detected in a period, counted by Penal Code article,
 * by detecting agency and by substance seized. A case under two articles counts once under each (the article lines
 * do not add up to the total); quantities are summed per unit of measure (kilograms counted as 1000 grams).
 */
public record CaseSummary(
        String unitCode,
        String unitName,
        LocalDate from,
        LocalDate to,
        long cases,
        long suspects,
        List<Line> byArticle,
        List<Line> byAgency,
        List<Seized> bySubstance) {

    /** Cases and their suspects under one key: an article code, or an agency's id. */
    public record Line(String key, String name, long cases, long suspects) {}

    /** The quantity of a substance seized in one unit of measure, and in how many cases. */
    public record Seized(String substance, String name, SeizureUnit unit, BigDecimal quantity, long cases) {}
}
