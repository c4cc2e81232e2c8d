package vn.pcmt.facilities.internal;

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

/**
 * Facilities in the metric catalogue, stocks on the period's last day: HY6 = (stations qualified + public rehab
 * qualified) ÷ (stations + public rehab); HY7a = public rehab meeting the law ÷ public rehab; HY7b's numerator =
 * communes with a qualified reception and counselling point.
 */
@Component
class FacilityMetrics implements MetricSource {

    static final String PREFIX = "facilities.";

    private final FacilityQueries queries;

    FacilityMetrics(FacilityQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Metric> metrics() {
        return FacilityQueries.FIGURES.stream()
                .map(f -> Metric.of(
                        PREFIX + f, MetricKind.STOCK, f.startsWith("communes") ? "xã" : "cơ sở", "facilities"))
                .toList();
    }

    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        String figure = code.substring(PREFIX.length());
        if (!FacilityQueries.FIGURES.contains(figure)) {
            throw new IllegalArgumentException(code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        queries.figures(units.stream().map(AdminUnit::id).toList(), to, java.util.Set.of(figure))
                .forEach((unit, figures) -> values.put(unit, BigDecimal.valueOf(figures.get(figure))));
        return values;
    }

    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return register == Register.FACILITIES ? queries.firstOpened(unitIds) : Map.of();
    }
}
