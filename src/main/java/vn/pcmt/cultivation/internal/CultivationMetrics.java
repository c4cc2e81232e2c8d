package vn.pcmt.cultivation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;

/** The cultivation register's figures in the metric catalogue, for any unit and period, across the 2025 reform. */
@Component
class CultivationMetrics implements MetricSource {

    static final String PREFIX = "cultivation.";

    private final PlotQueries queries;

    CultivationMetrics(PlotQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Metric> metrics() {
        return PlotQueries.FIGURES.stream()
                .map(f -> Metric.of(
                        PREFIX + f,
                        MetricKind.FLOW,
                        f.startsWith("area") ? "m²" : f.startsWith("plants") ? "cây" : "điểm trồng",
                        "cultivation"))
                .toList();
    }

    /** Every unit in one query. */
    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        String figure = code.substring(PREFIX.length());
        if (!PlotQueries.FIGURES.contains(figure)) {
            throw new IllegalArgumentException(code);
        }
        return MetricSource.pick(
                queries.figures(units.stream().map(AdminUnit::id).toList(), from, to), figure);
    }

    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return register == Register.CULTIVATION ? queries.firstFound(unitIds) : Map.of();
    }
}
