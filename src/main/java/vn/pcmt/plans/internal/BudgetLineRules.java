package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.pcmt.plans.Plan;
import vn.pcmt.platform.RuleViolationException;

/**
 * The rules of a budget line on its own: an agency, a source and a year of the plan; amounts in whole đồng, not
 * negative, disbursed within allocated. Each refusal names the field it concerns, for the form to show it there.
 */
final class BudgetLineRules {

    private BudgetLineRules() {}

    static void check(Plan plan, BudgetLineForm form) {
        if (form.agencyId() == null) {
            throw violation("agencyId", "plan.budget.agency.required");
        }
        if (form.source() == null) {
            throw violation("source", "plan.budget.source.required");
        }
        amount("allocated", form.allocated());
        amount("disbursed", form.disbursedOrZero());
        if (form.disbursedOrZero().compareTo(form.allocated()) > 0) {
            throw violation(
                    "disbursed", "plan.budget.disbursedOverAllocated", form.disbursedOrZero(), form.allocated());
        }
        int first = plan.getPeriodFrom().getYear();
        int last = plan.getPeriodTo().getYear();
        if (form.year() == null) {
            throw violation("year", "plan.budget.year.required");
        }
        if (form.year() < first || form.year() > last) {
            throw violation("year", "plan.budget.yearOutsidePlan", form.year(), first, last);
        }
    }

    /** A second line for the same agency, year and source: refused, naming the first so it can be corrected. */
    static RuleViolationException duplicate(BudgetLine existing) {
        return new RuleViolationException(
                Map.of("existingLineId", existing.getId()),
                "plan.budget.duplicate",
                existing.getYear(),
                new DefaultMessageSourceResolvable(
                        new String[] {"plan.budget.source." + existing.getSource()},
                        existing.getSource().name()),
                existing.getId(),
                existing.getAllocated(),
                existing.getDisbursed());
    }

    private static void amount(String field, BigDecimal value) {
        if (value == null) {
            throw violation(field, "plan.budget.allocated.required");
        }
        if (value.signum() < 0) {
            throw violation(field, "plan.budget.amountNegative");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw violation(field, "plan.budget.amountFraction");
        }
        if (value.precision() - value.scale() > 18) {
            throw violation(field, "plan.budget.amountDigits");
        }
    }

    private static RuleViolationException violation(String field, String key, Object... args) {
        return new RuleViolationException(Map.of("field", field), key, args);
    }
}
