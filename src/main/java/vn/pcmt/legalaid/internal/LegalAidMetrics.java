package vn.pcmt.legalaid.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Legal aid in the metric catalogue: HY9 is {@code legalaid.served} ÷ {@code legalaid.eligible}. */
@Component
class LegalAidMetrics implements MetricSource {

    static final String PREFIX = "legalaid.";

    private final LegalAidQueries queries;

    LegalAidMetrics(LegalAidQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Metric> metrics() {
        return LegalAidQueries.FIGURES.stream()
                .map(f -> Metric.of(PREFIX + f, MetricKind.FLOW, "yêu cầu", "legalaid"))
                .toList();
    }

    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        String figure = code.substring(PREFIX.length());
        if (!LegalAidQueries.FIGURES.contains(figure)) {
            throw new IllegalArgumentException(code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        queries.figures(units.stream().map(AdminUnit::id).toList(), from, to)
                .forEach((unit, figures) -> values.put(unit, BigDecimal.valueOf(figures.get(figure))));
        return values;
    }

    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return register == Register.LEGAL_AID ? queries.firstRequested(unitIds) : Map.of();
    }
}
