package vn.pcmt.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.metrics.Metrics;

/**
 * Computes a target from the metric catalogue: the period it is judged on (the year of the date for a yearly
 * target, the plan so far otherwise), its value in the target's form, its status against the threshold, and its
 * trend over the plan's years.
 */
@Component
class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Metrics metrics;

    TargetEvaluator(Metrics metrics) {
        this.metrics = metrics;
    }

    TargetProgress evaluate(Plan plan, PlanTarget target, String unitCode, LocalDate date, LocalDate today) {
        LocalDate from = target.isYearly() ? date.withDayOfYear(1) : plan.getPeriodFrom();
        LocalDate judgedOn = target.isYearly()
                ? LocalDate.of(date.getYear(), 12, 31)
                : (target.getDueOn() != null ? target.getDueOn() : plan.getPeriodTo());
        LocalDate to = date.isAfter(judgedOn) ? judgedOn : date;
        BigDecimal value = from.isAfter(to) ? null : compute(target, unitCode, from, to);
        boolean judged = !date.isBefore(judgedOn);
        TargetStatus status;
        if (value == null) {
            status = TargetStatus.NO_DATA;
        } else if (target.getComparison().holds(value, target.getThreshold())) {
            status = judged ? TargetStatus.MET : TargetStatus.ON_TRACK;
        } else {
            status = judged ? TargetStatus.MISSED : TargetStatus.AT_RISK;
        }
        return new TargetProgress(
                target.getId(),
                target.getCode(),
                target.getText(),
                unitCode,
                from,
                to,
                value,
                target.getComparison(),
                target.getThreshold(),
                target.getForm(),
                status,
                judgedOn,
                trend(plan, target, unitCode, today));
    }

    /** The value at the end of each year of the plan so far (the year's own figures, or the plan's so far). */
    private Map<Integer, BigDecimal> trend(Plan plan, PlanTarget target, String unitCode, LocalDate today) {
        Map<Integer, BigDecimal> trend = new LinkedHashMap<>();
        for (int year = plan.getPeriodFrom().getYear();
                year <= plan.getPeriodTo().getYear();
                year++) {
            LocalDate start = target.isYearly() ? LocalDate.of(year, 1, 1) : plan.getPeriodFrom();
            if (LocalDate.of(year, 1, 1).isAfter(today) || start.isAfter(today)) {
                break;
            }
            LocalDate end = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
            trend.put(year, compute(target, unitCode, start, end));
        }
        return trend;
    }

    /** The target's value over the period; null when a figure is missing (a manual one not entered) or a base is 0. */
    BigDecimal compute(PlanTarget target, String unitCode, LocalDate from, LocalDate to) {
        BigDecimal value =
                metrics.value(target.getMetricCode(), unitCode, from, to).value();
        if (value == null) {
            return null;
        }
        return switch (target.getForm()) {
            case VALUE -> value;
            case SHARE -> {
                BigDecimal whole = metrics.value(target.getDenominator(), unitCode, from, to)
                        .value();
                yield whole == null || whole.signum() == 0
                        ? null
                        : value.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
            }
            case GROWTH -> {
                BigDecimal before = yearBefore(target, unitCode, from, to);
                yield before == null || before.signum() == 0
                        ? null
                        : value.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
            }
            case CHANGE -> {
                BigDecimal before = yearBefore(target, unitCode, from, to);
                yield before == null ? null : value.subtract(before);
            }
        };
    }

    private BigDecimal yearBefore(PlanTarget target, String unitCode, LocalDate from, LocalDate to) {
        return metrics.value(target.getMetricCode(), unitCode, from.minusYears(1), to.minusYears(1))
                .value();
    }
}
