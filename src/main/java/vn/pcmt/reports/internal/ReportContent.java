package vn.pcmt.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.reports.Report;

/**
 * What a report's files show: the report, its plan, its unit and province, its figures, and how its reporter heads
 * and signs its documents.
 */
public record ReportContent(
        Report report,
        Plan plan,
        AdminUnit unit,
        AdminUnit province,
        List<TargetProgress> figures,
        LocalDate today,
        DocumentHeading heading) {

    /** The date the document bears: the end of its period, or today while the period runs. */
    LocalDate date() {
        return documentDate(report, today);
    }

    /** The date a report's documents bear on a day: the end of its period, or that day while the period runs. */
    public static LocalDate documentDate(Report report, LocalDate today) {
        return report.getPeriodTo().isAfter(today) ? today : report.getPeriodTo();
    }

    /** A target's result with its requirement, as the state documents write it: "2 (≤ 0)", "85,5% (≥ 80%)". */
    public static String figure(TargetProgress p) {
        if (p.value() == null) {
            return "—";
        }
        boolean percent = isPercent(p);
        return number(p.value()) + (percent ? "%" : "") + " (" + p.comparison().symbol() + " " + number(p.threshold())
                + (percent ? "%" : "") + ")";
    }

    static boolean isPercent(TargetProgress p) {
        return p.inPercent();
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
