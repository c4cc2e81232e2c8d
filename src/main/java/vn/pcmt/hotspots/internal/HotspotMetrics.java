package vn.pcmt.hotspots.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;

/** The hotspot register's figures in the metric catalogue. */
@Component
class HotspotMetrics implements MetricSource {

    private static final Map<Register, String> FIRST_RECORDS = Map.of(
            Register.HOTSPOTS,
            """
            select c.ancestor_id, min(h.detected_on) from unit_coverage c
            join hotspot h on h.commune_id = c.unit_id and h.deleted_at is null
            where c.ancestor_id in (:units) group by c.ancestor_id""");

    private final HotspotService hotspots;
    private final JdbcClient jdbc;

    HotspotMetrics(HotspotService hotspots, JdbcClient jdbc) {
        this.hotspots = hotspots;
        this.jdbc = jdbc;
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
        return MetricSource.pick(
                hotspots.figuresByUnit(units.stream().map(AdminUnit::id).toList(), from, to), key);
    }

    /** The first record among what each unit covers: one query; the register's start where none was entered. */
    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        String sql = FIRST_RECORDS.get(register);
        return sql == null ? Map.of() : MetricSource.firstDays(jdbc, sql, unitIds);
    }
}
