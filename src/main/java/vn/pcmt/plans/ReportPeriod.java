package vn.pcmt.plans;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The period a report of a year covers: from its start day (1/1 by default, or a cut-off such as 15/12, which then
 * falls in the year before when it comes after the end day) to its end day, never before the plan starts nor after
 * it ends, so a plan that starts mid-year starts its first report at its start. A final report covers the whole plan;
 * an ad hoc one runs from the start of the year (or of the plan) to today.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The period of the report of a kind in a year; null days mean the kind's usual ones. */
    public static ReportPeriod of(
            ReportKind kind,
            int year,
            Plan plan,
            LocalDate today,
            Integer startMonth,
            Integer startDay,
            Integer endMonth,
            Integer endDay) {
        if (kind == ReportKind.FINAL) {
            return new ReportPeriod(plan.getPeriodFrom(), plan.getPeriodTo());
        }
        LocalDate to = endMonth == null || endDay == null
                ? kind.defaultTo(year, plan.getPeriodTo(), today)
                : MonthDay.of(endMonth, endDay).atYear(year);
        LocalDate from = kind.defaultFrom(year, plan.getPeriodFrom());
        if (kind != ReportKind.AD_HOC && startMonth != null && startDay != null) {
            MonthDay start = MonthDay.of(startMonth, startDay);
            from = start.isAfter(MonthDay.from(to)) ? start.atYear(year - 1) : start.atYear(year);
        }
        if (from.isBefore(plan.getPeriodFrom())) {
            from = plan.getPeriodFrom();
        }
        if (kind != ReportKind.AD_HOC && to.isAfter(plan.getPeriodTo())) {
            to = plan.getPeriodTo();
        }
        return new ReportPeriod(from, to);
    }
}
