package vn.pcmt.outreach.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;

/**
 * The outreach register's figures in the metric catalogue, for any unit and period, across the 2025 reform: NB1
 * ({@code communes_reached} ÷ {@code units.communes}; {@code articles_broadcasts} against the year before) and HY8
 * ({@code schools_reached} ÷ {@code schools}, {@code zones_reached} ÷ {@code zones}, {@code workers_reached} ÷
 * {@code workers}, {@code major_media_with_column} ÷ {@code major_media}).
 */
@Component
class OutreachMetrics implements MetricSource {

    static final String PREFIX = "outreach.";

    private static final Set<String> STOCKS =
            Set.of("schools", "zones", "workers", "major_media", "major_media_with_column");

    private final OutreachQueries queries;

    OutreachMetrics(OutreachQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Metric> metrics() {
        return OutreachQueries.FIGURES.stream()
                .map(f -> Metric.of(
                        PREFIX + f, STOCKS.contains(f) ? MetricKind.STOCK : MetricKind.FLOW, unit(f), "outreach"))
                .toList();
    }

    private static String unit(String figure) {
        if (figure.startsWith("schools")) {
            return "trường";
        }
        if (figure.startsWith("zones")) {
            return "khu, cụm công nghiệp";
        }
        if (figure.startsWith("workers")) {
            return "người lao động";
        }
        if (figure.startsWith("major_media")) {
            return "cơ quan báo chí";
        }
        return switch (figure) {
            case "communes_reached" -> "xã";
            case "articles_broadcasts" -> "tin, bài, phóng sự";
            default -> "hoạt động";
        };
    }

    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        String figure = code.substring(PREFIX.length());
        if (!OutreachQueries.FIGURES.contains(figure)) {
            throw new IllegalArgumentException(code);
        }
        Map<Long, BigDecimal> values = new HashMap<>();
        queries.figures(units.stream().map(AdminUnit::id).toList(), from, to, java.util.Set.of(figure))
                .forEach((unit, figures) -> values.put(unit, BigDecimal.valueOf(figures.get(figure))));
        return values;
    }

    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return register == Register.OUTREACH ? queries.firstHeld(unitIds) : Map.of();
    }
}
