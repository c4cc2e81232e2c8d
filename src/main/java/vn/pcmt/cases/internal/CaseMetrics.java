package vn.pcmt.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;

/**
 * The case register's figures in the catalogue (ADR 032): cases detected (all, and by flag), suspects, quantities
 * seized by substance in its unit, administrative violations; each for any unit and period through
 * {@code unit_coverage}, so figures cross the 2025 reform.
 */
@Component
class CaseMetrics implements MetricSource {

    static final String SEIZED = "cases.seized_";

    private final CaseQueries queries;

    CaseMetrics(CaseQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(Metric.of("cases.detected", MetricKind.FLOW, "vụ", "cases"));
        for (CaseFlag flag : CaseFlag.values()) {
            metrics.add(Metric.of("cases.detected_" + flag.metricSuffix(), MetricKind.FLOW, "vụ", "cases"));
        }
        metrics.add(Metric.of("cases.suspects", MetricKind.FLOW, "người", "cases"));
        metrics.add(Metric.of("cases.violations", MetricKind.FLOW, "vụ", "cases"));
        for (Substance s : queries.substances()) {
            metrics.add(Metric.of(
                    SEIZED + s.code().toLowerCase(java.util.Locale.ROOT),
                    MetricKind.FLOW,
                    unitLabel(s.unit()),
                    "cases"));
        }
        return metrics;
    }

    private static String unitLabel(SeizureUnit unit) {
        return switch (unit) {
            case G, KG -> "gam";
            case PILLS -> "viên";
            case ML -> "ml";
            case PLANTS -> "cây";
        };
    }

    /** Every unit in one query. */
    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        List<Long> ids = units.stream().map(AdminUnit::id).toList();
        if (code.equals("cases.detected")) {
            return queries.casesDetected(ids, from, to, null);
        }
        if (code.equals("cases.suspects")) {
            return queries.suspects(ids, from, to);
        }
        if (code.equals("cases.violations")) {
            return queries.violationsDecided(ids, from, to);
        }
        for (CaseFlag flag : CaseFlag.values()) {
            if (code.equals("cases.detected_" + flag.metricSuffix())) {
                return queries.casesDetected(ids, from, to, flag);
            }
        }
        if (code.startsWith(SEIZED)) {
            String substance = code.substring(SEIZED.length()).toUpperCase(java.util.Locale.ROOT);
            return queries.substances().stream()
                    .filter(s -> s.code().equals(substance))
                    .findFirst()
                    .map(s -> queries.seized(ids, from, to, s))
                    .orElseThrow(() -> new IllegalArgumentException(code));
        }
        throw new IllegalArgumentException(code);
    }

    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return register == Register.CASES ? queries.firstRecords(unitIds) : Map.of();
    }
}
