package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitGroups;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.FigureSource;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportPeriod;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.TargetStatus;

/**
 * Computes a target from the metric catalogue: the period it is judged on (the year of the date for a yearly
 * target, the plan so far otherwise), its value in the target's form, its status against the threshold, and its
 * trend over the plan's years.
 */
@Component
class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The last day former districts were in force. */
    private static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 6, 30);

    private final Metrics metrics;
    private final UnitService units;
    private final UnitGroups groups;
    private final Clock clock;

    TargetEvaluator(Metrics metrics, UnitService units, UnitGroups groups, Clock clock) {
        this.metrics = metrics;
        this.units = units;
        this.groups = groups;
        this.clock = clock;
    }

    /** The period a target is judged on for a date: its start, its end (never after the date), its judging day. */
    private record Period(LocalDate from, LocalDate to, LocalDate judgedOn) {}

    private static Period period(Plan plan, PlanTarget target, LocalDate date, ReportPeriod over) {
        if (over != null && target.isYearly()) {
            // a report's period (a cut-off such as 15/12–14/12, or a plan's first months) replaces the calendar year
            return new Period(over.from(), date.isAfter(over.to()) ? over.to() : date, over.to());
        }
        LocalDate from = target.isYearly() ? date.withDayOfYear(1) : plan.getPeriodFrom();
        LocalDate judgedOn = target.isYearly()
                ? LocalDate.of(date.getYear(), 12, 31)
                : (target.getDueOn() != null ? target.getDueOn() : plan.getPeriodTo());
        return new Period(from, date.isAfter(judgedOn) ? judgedOn : date, judgedOn);
    }

    private static TargetStatus status(boolean holds, boolean judged) {
        if (holds) {
            return judged ? TargetStatus.MET : TargetStatus.ON_TRACK;
        }
        return judged ? TargetStatus.MISSED : TargetStatus.AT_RISK;
    }

    TargetProgress evaluate(Plan plan, PlanTarget target, String unitCode, LocalDate date, LocalDate today) {
        return evaluate(plan, target, unitCode, date, today, null);
    }

    /** As {@link #evaluate}, a yearly target judged over a report's period instead of the calendar year. */
    TargetProgress evaluate(
            Plan plan, PlanTarget target, String unitCode, LocalDate date, LocalDate today, ReportPeriod over) {
        Period period = period(plan, target, date, over);
        FigureSource source = source(target, unitCode, period.from(), period.to());
        return figures(plan, target, unitCode, date, today, over, period, source);
    }

    /**
     * Where the target's figures come from: the source of each metric its form reads (the metric, its denominator,
     * or the metric a year before) over the period, the one they share or MIXED ({@link Metrics#source}).
     */
    FigureSource source(PlanTarget target, String unitCode, LocalDate from, LocalDate to) {
        List<FigureSource> parts = new ArrayList<>();
        parts.add(metrics.source(target.getMetricCode(), unitCode, from, to));
        switch (target.getForm()) {
            case SHARE -> {
                if (target.getDenominator() != null) {
                    parts.add(metrics.source(target.getDenominator(), unitCode, from, to));
                }
            }
            case GROWTH, CHANGE -> parts.add(
                    metrics.source(target.getMetricCode(), unitCode, from.minusYears(1), to.minusYears(1)));
            case VALUE -> {}
        }
        return FigureSource.of(parts);
    }

    private TargetProgress figures(
            Plan plan,
            PlanTarget target,
            String unitCode,
            LocalDate date,
            LocalDate today,
            ReportPeriod over,
            Period period,
            FigureSource source) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean judged = !date.isBefore(period.judgedOn());
        if (target.isShareOfUnits()) {
            return shareOfUnits(plan, target, unitCode, date, over, period, judged, source);
        }
        if (target.getLevel() != null
                && target.getLevel() != TargetLevel.UNIT
                && target.getLevel() != TargetLevel.GROUP) {
            List<UnitProgress> each = breakdown(plan, target, unitCode, date, over);
            int meeting = (int) each.stream()
                    .filter(u -> u.status() == TargetStatus.MET || u.status() == TargetStatus.ON_TRACK)
                    .count();
            TargetStatus status = each.isEmpty() ? TargetStatus.NO_DATA : status(meeting == each.size(), judged);
            return progress(
                    target,
                    unitCode,
                    period,
                    BigDecimal.valueOf(meeting),
                    status,
                    Map.of(),
                    target.getLevel(),
                    meeting,
                    each.size(),
                    source);
        }
        BigDecimal value = from.isAfter(to) ? null : compute(target, unitCode, from, to);
        TargetStatus status = value == null
                ? TargetStatus.NO_DATA
                : status(target.getComparison().holds(value, target.getThreshold()), judged);
        return progress(
                target,
                unitCode,
                period,
                value,
                status,
                trend(plan, target, unitCode, today),
                target.getLevel() == TargetLevel.GROUP ? TargetLevel.GROUP : TargetLevel.UNIT,
                null,
                null,
                source);
    }

    /** A target's progress: the target's own terms, the period, and what was computed for it. */
    private static TargetProgress progress(
            PlanTarget target,
            String unitCode,
            Period period,
            BigDecimal value,
            TargetStatus status,
            Map<Integer, BigDecimal> trend,
            TargetLevel level,
            Integer unitsMeeting,
            Integer unitsTotal,
            FigureSource source) {
        boolean perUnit = target.isShareOfUnits();
        return new TargetProgress(
                target.getId(),
                target.getCode(),
                target.getText(),
                unitCode,
                period.from(),
                period.to(),
                value,
                target.getComparison(),
                target.getThreshold(),
                target.getForm(),
                status,
                period.judgedOn(),
                trend,
                level,
                unitsMeeting,
                unitsTotal,
                perUnit ? target.getUnitComparison() : null,
                perUnit ? target.getUnitThreshold() : null,
                source);
    }

    /**
     * A share of units meeting a per-unit threshold (ADR 024): each unit of the level or group is judged by the
     * target's unit comparison and threshold, and the share (%) of the units meeting it by the target's own. A unit
     * without a value does not meet it; when no unit has a value (or there are none) the share is no data.
     */
    private TargetProgress shareOfUnits(
            Plan plan,
            PlanTarget target,
            String unitCode,
            LocalDate date,
            ReportPeriod over,
            Period period,
            boolean judged,
            FigureSource source) {
        List<UnitProgress> each = breakdown(plan, target, unitCode, date, over);
        int meeting = (int) each.stream()
                .filter(u -> u.status() == TargetStatus.MET || u.status() == TargetStatus.ON_TRACK)
                .count();
        boolean anyValue = each.stream().anyMatch(u -> u.value() != null);
        BigDecimal share = anyValue
                ? BigDecimal.valueOf(meeting)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(each.size()), 1, RoundingMode.HALF_UP)
                : null;
        TargetStatus status = share == null
                ? TargetStatus.NO_DATA
                : status(target.getComparison().holds(share, target.getThreshold()), judged);
        return progress(
                target, unitCode, period, share, status, Map.of(), target.getLevel(), meeting, each.size(), source);
    }

    /** A unit's status within a target of units: by the per-unit threshold when the target has one. */
    private TargetStatus unitStatus(PlanTarget target, BigDecimal value, boolean judged) {
        boolean holds = target.isShareOfUnits()
                ? target.getUnitComparison().holds(value, target.getUnitThreshold())
                : target.getComparison().holds(value, target.getThreshold());
        return status(holds, judged);
    }

    /**
     * The target for each unit beneath {@code unitCode}: each commune in force at the period's end, or each former
     * district (for a period that ends before 1/7/2025; none after). A target of the unit itself is broken down by
     * commune, so a province can see which communes hold it back. With no unit, every commune of the country. A
     * target on a group is broken down by the units of the group on the period's end (those the unit covers).
     */
    List<UnitProgress> breakdown(Plan plan, PlanTarget target, String unitCode, LocalDate date) {
        return breakdown(plan, target, unitCode, date, null);
    }

    private List<UnitProgress> breakdown(
            Plan plan, PlanTarget target, String unitCode, LocalDate date, ReportPeriod over) {
        Period period = period(plan, target, date, over);
        boolean judged = !date.isBefore(period.judgedOn());
        if (target.getLevel() != null && target.getLevel().onGroup()) {
            List<AdminUnit> members = groups.unitsOn(target.getGroupId(), unitCode, period.to());
            Map<AdminUnit, BigDecimal> values = period.from().isAfter(period.to())
                    ? new LinkedHashMap<>()
                    : computeFor(target, members, period.from(), period.to());
            return members.stream()
                    .map(u -> {
                        BigDecimal value = values.get(u);
                        return new UnitProgress(
                                u.code(),
                                u.fullName(),
                                value,
                                value == null ? TargetStatus.NO_DATA : unitStatus(target, value, judged));
                    })
                    .toList();
        }
        UnitLevel level =
                target.getLevel() == TargetLevel.EACH_FORMER_DISTRICT ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
        if (level == UnitLevel.DISTRICT && period.to().isAfter(DISTRICTS_ABOLISHED)) {
            return List.of();
        }
        if (period.from().isAfter(period.to())) {
            return noData(unitCode, level, period.to());
        }
        List<UnitProgress> list = new ArrayList<>();
        computeBeneath(target, unitCode, level, period.from(), period.to())
                .forEach((u, value) -> list.add(new UnitProgress(
                        u.code(),
                        u.fullName(),
                        value,
                        value == null ? TargetStatus.NO_DATA : unitStatus(target, value, judged))));
        return list;
    }

    /**
     * The target for each unit of a level beneath a unit (each province of the country when {@code unitCode} is
     * null and {@code level} is PROVINCE): the national dashboard's map (ADR 054). A target of the unit itself is
     * judged on each unit's own figure, one batch per part of its form; a target of units (each commune, a share of
     * units, a group) is evaluated for each unit as if the plan were that unit's, its value what the plan's page
     * shows.
     */
    List<UnitProgress> atLevel(Plan plan, PlanTarget target, String unitCode, UnitLevel level, LocalDate date) {
        Period period = period(plan, target, date, null);
        boolean judged = !date.isBefore(period.judgedOn());
        boolean ofUnit =
                (target.getLevel() == null || target.getLevel() == TargetLevel.UNIT) && !target.isShareOfUnits();
        List<UnitProgress> list = new ArrayList<>();
        if (ofUnit) {
            if (period.from().isAfter(period.to())) {
                return noData(unitCode, level, period.to());
            }
            computeBeneath(target, unitCode, level, period.from(), period.to())
                    .forEach((u, value) -> list.add(new UnitProgress(
                            u.code(),
                            u.fullName(),
                            value,
                            value == null
                                    ? TargetStatus.NO_DATA
                                    : status(target.getComparison().holds(value, target.getThreshold()), judged))));
            return list;
        }
        LocalDate today = LocalDate.now(clock);
        for (UnitProgress u : noData(unitCode, level, period.to())) {
            TargetProgress p = evaluate(plan, target, u.unitCode(), date, today);
            list.add(new UnitProgress(u.unitCode(), u.unitName(), p.value(), p.status()));
        }
        return list;
    }

    private List<UnitProgress> noData(String unitCode, UnitLevel level, LocalDate on) {
        List<AdminUnit> each = unitCode == null
                ? units.allOn(level, on)
                : units.coveredOn(
                        UnitLevel.ofCode(unitCode).orElse(UnitLevel.COMMUNE) == UnitLevel.COMMUNE
                                ? units.find(unitCode, LocalDate.now(clock))
                                        .or(() -> units.find(unitCode, on))
                                        .orElseThrow()
                                : units.find(unitCode, on)
                                        .or(() -> units.find(unitCode, LocalDate.now(clock)))
                                        .orElseThrow(),
                        level,
                        on);
        return each.stream()
                .map(u -> new UnitProgress(u.code(), u.fullName(), null, TargetStatus.NO_DATA))
                .toList();
    }

    /**
     * The value at the end of each year of the plan so far (the year's own figures, or the plan's so far). A unit
     * that has ended (a district of before 1/7/2025) has a trend until its last year: the years after it are not
     * asked of a unit that no longer exists.
     */
    private Map<Integer, BigDecimal> trend(Plan plan, PlanTarget target, String unitCode, LocalDate today) {
        Map<Integer, BigDecimal> trend = new LinkedHashMap<>();
        boolean ended = unitCode != null && units.find(unitCode, today).isEmpty();
        for (int year = plan.getPeriodFrom().getYear();
                year <= plan.getPeriodTo().getYear();
                year++) {
            LocalDate start = target.isYearly() ? LocalDate.of(year, 1, 1) : plan.getPeriodFrom();
            if (LocalDate.of(year, 1, 1).isAfter(today) || start.isAfter(today)) {
                break;
            }
            LocalDate end = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
            if (ended && units.find(unitCode, end).isEmpty()) {
                break;
            }
            trend.put(year, compute(target, unitCode, start, end));
        }
        return trend;
    }

    /**
     * The target's value at the end of each step of {@code months} (1 or 3) from the plan's start up to {@code date}:
     * a yearly target over its year so far (January to the step's end), any other over the plan so far; the last
     * point is the date itself when it falls inside a step. Empty for a target of units (its value is a count of
     * units, not a figure). Each point is one computation of the figures (ADR 050).
     */
    List<SeriesPoint> series(Plan plan, PlanTarget target, String unitCode, LocalDate date, int months) {
        if (target.isShareOfUnits()
                || (target.getLevel() != null
                        && target.getLevel() != TargetLevel.UNIT
                        && target.getLevel() != TargetLevel.GROUP)) {
            return List.of();
        }
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate last = date.isAfter(plan.getPeriodTo()) ? plan.getPeriodTo() : date;
        LocalDate stepStart = plan.getPeriodFrom().withDayOfMonth(1);
        int offset = (stepStart.getMonthValue() - 1) % months;
        stepStart = stepStart.minusMonths(offset);
        while (!stepStart.isAfter(last)) {
            LocalDate stepEnd = stepStart.plusMonths(months).minusDays(1);
            LocalDate end = stepEnd.isAfter(last) ? last : stepEnd;
            LocalDate from = target.isYearly() ? end.withDayOfYear(1) : plan.getPeriodFrom();
            if (from.isBefore(plan.getPeriodFrom())) {
                from = plan.getPeriodFrom();
            }
            if (!end.isBefore(from)) {
                points.add(new SeriesPoint(end, months, compute(target, unitCode, from, end)));
            }
            stepStart = stepStart.plusMonths(months);
        }
        return points;
    }

    /** The target's value over the period; null when a figure is missing (a manual one not entered) or a base is 0. */
    BigDecimal compute(PlanTarget target, String unitCode, LocalDate from, LocalDate to) {
        if (target.getLevel() == TargetLevel.GROUP) {
            return computeGroup(target, groups.unitsOn(target.getGroupId(), unitCode, to), from, to);
        }
        BigDecimal value =
                metrics.value(target.getMetricCode(), unitCode, from, to).value();
        if (value == null) {
            return null;
        }
        BigDecimal other =
                switch (target.getForm()) {
                    case VALUE -> null;
                    case SHARE -> metrics.value(target.getDenominator(), unitCode, from, to)
                            .value();
                    case GROWTH, CHANGE -> yearBefore(target, unitCode, from, to);
                };
        return combine(target, value, other);
    }

    private BigDecimal yearBefore(PlanTarget target, String unitCode, LocalDate from, LocalDate to) {
        return metrics.value(target.getMetricCode(), unitCode, from.minusYears(1), to.minusYears(1))
                .value();
    }

    /**
     * {@link #compute} for every unit of a level beneath a unit at once: one batch of figures per part of the form
     * (the metric, its denominator or its value a year before), never a query per unit.
     */
    private Map<AdminUnit, BigDecimal> computeBeneath(
            PlanTarget target, String unitCode, UnitLevel level, LocalDate from, LocalDate to) {
        Map<AdminUnit, BigDecimal> values =
                metrics.valuesBeneath(target.getMetricCode(), unitCode, level, to, from, to);
        Map<AdminUnit, BigDecimal> other =
                switch (target.getForm()) {
                    case VALUE -> Map.of();
                    case SHARE -> metrics.valuesBeneath(target.getDenominator(), unitCode, level, to, from, to);
                    case GROWTH, CHANGE -> metrics.valuesBeneath(
                            target.getMetricCode(), unitCode, level, to, from.minusYears(1), to.minusYears(1));
                };
        Map<AdminUnit, BigDecimal> result = new LinkedHashMap<>();
        values.forEach((unit, value) -> result.put(unit, combine(target, value, other.get(unit))));
        return result;
    }

    /**
     * A target on a group as one unit: each part of its form summed over the group's units (the metric, the
     * denominator, the year before), so a share of border communes recognised is the recognised ones among them over
     * their number. No units, or a unit without a value, is no value: never a zero.
     */
    private BigDecimal computeGroup(PlanTarget target, List<AdminUnit> members, LocalDate from, LocalDate to) {
        if (members.isEmpty()) {
            return null;
        }
        BigDecimal value = sum(metrics.valuesFor(target.getMetricCode(), members, from, to));
        BigDecimal other =
                switch (target.getForm()) {
                    case VALUE -> null;
                    case SHARE -> sum(metrics.valuesFor(target.getDenominator(), members, from, to));
                    case GROWTH, CHANGE -> sum(
                            metrics.valuesFor(target.getMetricCode(), members, from.minusYears(1), to.minusYears(1)));
                };
        return combine(target, value, other);
    }

    private static BigDecimal sum(Map<AdminUnit, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values.values()) {
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** {@link #compute} for each of the given units at once (a group's), one batch per part of the form. */
    private Map<AdminUnit, BigDecimal> computeFor(
            PlanTarget target, List<AdminUnit> members, LocalDate from, LocalDate to) {
        if (members.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Map<AdminUnit, BigDecimal> values = metrics.valuesFor(target.getMetricCode(), members, from, to);
        Map<AdminUnit, BigDecimal> other =
                switch (target.getForm()) {
                    case VALUE -> Map.of();
                    case SHARE -> metrics.valuesFor(target.getDenominator(), members, from, to);
                    case GROWTH, CHANGE -> metrics.valuesFor(
                            target.getMetricCode(), members, from.minusYears(1), to.minusYears(1));
                };
        Map<AdminUnit, BigDecimal> result = new LinkedHashMap<>();
        values.forEach((unit, value) -> result.put(unit, combine(target, value, other.get(unit))));
        return result;
    }

    /** The target's form applied to the metric's value and the other part (denominator, or the year before). */
    private static BigDecimal combine(PlanTarget target, BigDecimal value, BigDecimal other) {
        if (value == null) {
            return null;
        }
        return switch (target.getForm()) {
            case VALUE -> value;
            case SHARE -> other == null || other.signum() == 0
                    ? null
                    : value.multiply(HUNDRED).divide(other, 1, RoundingMode.HALF_UP);
            case GROWTH -> other == null || other.signum() == 0
                    ? null
                    : value.subtract(other).multiply(HUNDRED).divide(other, 1, RoundingMode.HALF_UP);
            case CHANGE -> other == null ? null : value.subtract(other);
        };
    }
}
