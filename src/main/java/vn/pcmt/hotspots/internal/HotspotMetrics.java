package vn.pcmt.hotspots.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.hotspots.HotspotService;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;

/** The hotspot register's figures in the metric catalogue. */
@Component
class HotspotMetrics implements MetricSource {

    private final HotspotService hotspots;

    HotspotMetrics(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                Metric.of("hotspots.active", MetricKind.STOCK, "điểm", "hotspots"),
                Metric.of("hotspots.places_of_use_active", MetricKind.STOCK, "điểm", "hotspots"),
                Metric.of("hotspots.arisen", MetricKind.FLOW, "điểm", "hotspots"),
                Metric.of("hotspots.reformed", MetricKind.FLOW, "điểm", "hotspots"),
                Metric.of("hotspots.eliminated", MetricKind.FLOW, "điểm", "hotspots"),
                Metric.of("hotspots.arisen_eliminated", MetricKind.FLOW, "điểm", "hotspots"));
    }

    /** Every unit in one query. */
    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        String key =
                switch (code) {
                    case "hotspots.active" -> "activeAtEnd";
                    case "hotspots.places_of_use_active" -> "placesOfUse";
                    case "hotspots.arisen" -> "arisen";
                    case "hotspots.reformed" -> "reformed";
                    case "hotspots.eliminated" -> "eliminated";
                    case "hotspots.arisen_eliminated" -> "arisenEliminated";
                    default -> throw new IllegalArgumentException(code);
                };
        Map<Long, BigDecimal> values = new HashMap<>();
        hotspots.figuresByUnit(units.stream().map(AdminUnit::id).toList(), from, to)
                .forEach((unit, figures) -> values.put(unit, BigDecimal.valueOf(figures.get(key))));
        return values;
    }
}
