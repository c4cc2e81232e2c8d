package vn.pcmt.plans.internal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A budget line of a project: the money allocated to an agency for a year from a funding source, and how much of it
 * is disbursed, in whole đồng. No disbursed amount means none yet.
 */
public record BudgetLineForm(
        @NotNull(message = "{plan.budget.agency.required}") Long agencyId,
        @NotNull(message = "{plan.budget.year.required}") Integer year,
        @NotNull(message = "{plan.budget.source.required}") FundingSource source,
        @NotNull(message = "{plan.budget.allocated.required}")
                @PositiveOrZero(message = "{plan.budget.amountNegative}")
                @Digits(integer = 18, fraction = 0, message = "{plan.budget.amountDigits}")
                BigDecimal allocated,
        @PositiveOrZero(message = "{plan.budget.amountNegative}")
                @Digits(integer = 18, fraction = 0, message = "{plan.budget.amountDigits}")
                BigDecimal disbursed,
        @Size(max = 2000, message = "{plan.budget.note.size}") String note) {

    /** The disbursed amount, none meaning zero. */
    public BigDecimal disbursedOrZero() {
        return disbursed == null ? BigDecimal.ZERO : disbursed;
    }
}
