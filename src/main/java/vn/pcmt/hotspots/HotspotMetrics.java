package vn.pcmt.hotspots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
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

    @Override
    public BigDecimal value(String code, String unitCode, LocalDate from, LocalDate to) {
        HotspotFigures f = hotspots.figures(unitCode, from, to);
        long value =
                switch (code) {
                    case "hotspots.active" -> f.activeAtEnd();
                    case "hotspots.places_of_use_active" -> f.placesOfUseActiveAtEnd();
                    case "hotspots.arisen" -> f.arisen();
                    case "hotspots.reformed" -> f.reformed();
                    case "hotspots.eliminated" -> f.eliminated();
                    case "hotspots.arisen_eliminated" -> f.arisenEliminated();
                    default -> throw new IllegalArgumentException(code);
                };
        return BigDecimal.valueOf(value);
    }
}
