package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import vn.pcmt.metrics.Comparison;

/**
 * One criterion of a criteria set. A criterion {@link CriterionMethod#AUTO_METRIC} reads {@code metricCode} from the
 * catalogue (a share in percent of {@code denominator} when given) and holds when its value compares with {@code
 * threshold} as {@code comparison} says.
 */
public record DrugFreeCriterion(
        long id,
        long setId,
        int ordinal,
        String code,
        String text,
        CriterionMethod method,
        BigDecimal threshold,
        String metricCode,
        String denominator,
        Comparison comparison) {

    /** A criterion of the shipped methods (no metric). */
    public DrugFreeCriterion(
            long id, long setId, int ordinal, String code, String text, CriterionMethod method, BigDecimal threshold) {
        this(id, setId, ordinal, code, text, method, threshold, null, null, null);
    }
}
