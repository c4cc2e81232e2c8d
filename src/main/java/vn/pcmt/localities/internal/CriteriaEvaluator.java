package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.CareGaps;
import vn.pcmt.people.PeopleStats;

/**
 * Judges a commune against the criteria of a set on a date: automatic criteria from the registers (hotspots, the
 * person register), manual ones from what was entered. The caller answers for the jurisdiction of the commune.
 */
@Component
class CriteriaEvaluator {

    private final Hotspots hotspots;
    private final PeopleStats people;
    private final Metrics metrics;

    CriteriaEvaluator(Hotspots hotspots, PeopleStats people, Metrics metrics) {
        this.hotspots = hotspots;
        this.people = people;
        this.metrics = metrics;
    }

    List<CriterionResult> evaluate(
            List<DrugFreeCriterion> criteria, AdminUnit commune, LocalDate date, Map<Long, ManualValue> manual) {
        List<CriterionResult> results = new ArrayList<>();
        CareGaps gaps = null;
        for (DrugFreeCriterion c : criteria) {
            switch (c.method()) {
                case AUTO_NO_ACTIVE_HOTSPOT -> {
                    long active = hotspots.activeDuringByUnit(List.of(commune.id()), date, date, false)
                            .getOrDefault(commune.id(), 0L);
                    results.add(new CriterionResult(c, BigDecimal.valueOf(active), null, active == 0, null, null));
                }
                case AUTO_ADDICTS_AND_AFTERCARE -> {
                    gaps = gaps != null ? gaps : people.careGapsOf(commune, date);
                    long missing = gaps.addictsWithoutMeasure() + gaps.rehabCompletedUnmanaged();
                    long all = gaps.addicts() + gaps.rehabCompleted();
                    results.add(new CriterionResult(
                            c, BigDecimal.valueOf(all - missing), BigDecimal.valueOf(all), missing == 0, null, null));
                }
                case AUTO_USERS_MANAGED -> {
                    gaps = gaps != null ? gaps : people.careGapsOf(commune, date);
                    long missing = gaps.positiveUsersUnmanaged();
                    long all = gaps.positiveUsers();
                    results.add(new CriterionResult(
                            c, BigDecimal.valueOf(all - missing), BigDecimal.valueOf(all), missing == 0, null, null));
                }
                case AUTO_METRIC -> results.add(metric(c, commune, date));
                default -> results.add(manual(c, manual.get(c.id())));
            }
        }
        return results;
    }

    /**
     * A criterion over a metric of the catalogue: a stock on the date, a flow from 1 January to the date; a share
     * (in percent) of its denominator when it has one. No value (a manual figure not entered, a base of zero) is not
     * met: no data is never "met".
     */
    private CriterionResult metric(DrugFreeCriterion c, AdminUnit unit, LocalDate date) {
        BigDecimal value = metrics.value(c.metricCode(), unit.code(), date).value();
        BigDecimal total = null;
        if (value != null && c.denominator() != null && !c.denominator().isBlank()) {
            total = metrics.value(c.denominator(), unit.code(), date).value();
            value = total == null || total.signum() == 0
                    ? null
                    : value.multiply(BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_UP);
        }
        boolean met = value != null && c.comparison().holds(value, c.threshold());
        return new CriterionResult(c, value, total, met, null, null);
    }

    static CriterionResult manual(DrugFreeCriterion c, ManualValue entered) {
        if (entered == null || entered.value() == null) {
            return new CriterionResult(c, null, null, false, entered == null ? null : entered.evidence(), null);
        }
        BigDecimal value = entered.value();
        BigDecimal total = entered.total();
        boolean met =
                switch (c.method()) {
                    case MANUAL_ZERO -> value.signum() == 0;
                    case MANUAL_ALL -> total != null && total.signum() > 0 && value.compareTo(total) == 0;
                    case MANUAL_AT_LEAST -> value.compareTo(c.threshold() == null ? BigDecimal.ONE : c.threshold())
                            >= 0;
                    default -> false;
                };
        return new CriterionResult(c, value, total, met, entered.evidence(), null);
    }
}
