package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * NB3 for a unit over a period: localities whose selection period meets the period, those of them transformed by
 * its end, and those transformed that did not become complex again by its end.
 */
public record KeyLocalityFigures(
        String unitCode,
        String unitName,
        LocalDate from,
        LocalDate to,
        long selected,
        long transformed,
        long complexAgain,
        long notComplexAgain) {

    /** Transformed ÷ selected, in percent; null when nothing was selected. */
    public BigDecimal transformedPercent() {
        return percent(transformed, selected);
    }

    /** (Transformed − complex again) ÷ transformed, in percent; null when nothing was transformed. */
    public BigDecimal notComplexAgainPercent() {
        return percent(notComplexAgain, transformed);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
