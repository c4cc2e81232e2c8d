package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money allocated and disbursed, summed from budget lines, and the disbursement rate in percent (one decimal; none
 * when nothing is allocated). Computed on every read, never stored.
 */
public record BudgetTotal(BigDecimal allocated, BigDecimal disbursed, BigDecimal disbursementRate) {

    public static final BudgetTotal ZERO = of(BigDecimal.ZERO, BigDecimal.ZERO);

    public static BudgetTotal of(BigDecimal allocated, BigDecimal disbursed) {
        BigDecimal a = allocated == null ? BigDecimal.ZERO : allocated;
        BigDecimal d = disbursed == null ? BigDecimal.ZERO : disbursed;
        BigDecimal rate =
                a.signum() == 0 ? null : d.multiply(BigDecimal.valueOf(100)).divide(a, 1, RoundingMode.HALF_UP);
        return new BudgetTotal(a, d, rate);
    }

    public BudgetTotal plus(BudgetTotal other) {
        return of(allocated.add(other.allocated), disbursed.add(other.disbursed));
    }

    /** Whether any money is allocated or disbursed (named so that the JSON of a total carries only its figures). */
    public boolean hasMoney() {
        return allocated.signum() != 0 || disbursed.signum() != 0;
    }
}
