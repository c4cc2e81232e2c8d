package vn.pcmt.substitution.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;

/**
 * Substitution treatment in the metric catalogue (ADR 044): patients in treatment on a day (HY10: divided by
 * {@code people.opioid_addicts}); new patients, those of them retained 6 and 12 months, quitting, completing and
 * stopping over a period.
 */
@Component
class SubstitutionMetrics implements MetricSource {

    static final String PREFIX = "substitution.";

    private final SubstitutionQueries queries;

    SubstitutionMetrics(SubstitutionQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Metric> metrics() {
        List<Metric> list = new ArrayList<>();
        list.add(Metric.of(PREFIX + SubstitutionQueries.IN_TREATMENT, MetricKind.STOCK, "người", "substitution"));
        SubstitutionQueries.FLOWS.forEach(f -> list.add(Metric.of(
                PREFIX + f,
                MetricKind.FLOW,
                f.startsWith("retained") || f.equals("started") ? "người" : "lượt",
                "substitution")));
        return list;
    }

    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        String figure = code.substring(PREFIX.length());
        List<Long> ids = units.stream().map(AdminUnit::id).toList();
        Map<Long, Long> counts;
        if (figure.equals(SubstitutionQueries.IN_TREATMENT)) {
            counts = queries.inTreatment(ids, to);
        } else if (SubstitutionQueries.FLOWS.contains(figure)) {
            counts = queries.flow(figure, ids, from, to);
        } else {
            throw new IllegalArgumentException(code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        counts.forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        return values;
    }

    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return register == Register.SUBSTITUTION ? queries.firstStarted(unitIds) : Map.of();
    }
}
