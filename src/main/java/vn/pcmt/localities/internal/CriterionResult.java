package vn.pcmt.localities.internal;

import java.math.BigDecimal;

/**
 * A criterion judged for a commune on a date: the value (and the whole it is part of, for shares), whether it is
 * met, the evidence entered and the appraiser's comment.
 */
public record CriterionResult(
        DrugFreeCriterion criterion, BigDecimal value, BigDecimal total, boolean met, String evidence, String comment) {

    public boolean automatic() {
        return criterion.method().isAutomatic();
    }
}
