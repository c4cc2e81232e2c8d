package vn.pcmt.hotspots.internal;

import java.awt.geom.Path2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.ProvinceBoundaries;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo hotspots in Hưng Yên over 2022–2026 (embedded mode only): detected in the communes of their day, some
 * eliminated, some re-formed, placed inside the province boundary. Phường Phố Hiến and Xã Tân Hưng get more so
 * that the demo accounts see some.
 */
@Component
@ConditionalOnDemoData
@Order(60)
class HotspotDemoData implements ApplicationRunner {

    static final int HOTSPOTS = 60;

    private static final Logger log = LoggerFactory.getLogger(HotspotDemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final String[] NAMES = {
        "Quán karaoke", "Nhà nghỉ", "Bãi đất trống", "Quán cà phê", "Khu nhà trọ", "Chân cầu", "Vườn chuối", "Quán bia"
    };
    private static final String[] PLACES = {
        "Hoa Hồng", "Thanh Bình", "Bến đò", "Chợ cũ", "Đê sông Hồng", "Phương Nam", "Kim Ngân", "Hải Triều"
    };

    private final UnitService units;
    private final ProvinceBoundaries boundaries;
    private final JdbcClient jdbc;
    private final Clock clock;

    HotspotDemoData(UnitService units, ProvinceBoundaries boundaries, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.boundaries = boundaries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from hotspot where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        List<AdminUnit> communes = new ArrayList<>(
                units.search(new UnitSearch(UnitLevel.COMMUNE, REFORM, "33", null), PageRequest.of(0, 200))
                        .getContent());
        AdminUnit phoHien = units.find("11953", REFORM).orElseThrow();
        AdminUnit tanHung = units.find("11977", REFORM).orElseThrow();
        for (int i = 0; i < 8; i++) {
            communes.add(phoHien);
            communes.add(tanHung);
        }
        Path2D province = outline(boundaries.feature("33").orElseThrow());
        var box = province.getBounds2D();
        Random random = new Random(2022);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(2022, 1, 1);
        int days = (int) (today.toEpochDay() - first.toEpochDay());
        int made = 0;
        for (int i = 0; i < HOTSPOTS; i++) {
            AdminUnit commune = communes.get(random.nextInt(communes.size()));
            LocalDate detected = first.plusDays(random.nextInt(days));
            long communeId = detected.isBefore(REFORM) ? predecessor(commune, random) : commune.id();
            double lat;
            double lng;
            do {
                lat = box.getMinY() + random.nextDouble() * box.getHeight();
                lng = box.getMinX() + random.nextDouble() * box.getWidth();
            } while (!province.contains(lng, lat));
            HotspotActivity activity = HotspotActivity.values()[random.nextInt(3)];
            BusinessKind business = BusinessKind.values()[random.nextInt(BusinessKind.values().length)];
            String name = NAMES[random.nextInt(NAMES.length)] + " " + PLACES[random.nextInt(PLACES.length)];
            LocalDate eliminated = random.nextInt(10) < 6 ? detected.plusDays(30 + random.nextInt(400)) : null;
            if (eliminated != null && eliminated.isAfter(today)) {
                eliminated = null;
            }
            long id = insert(communeId, name, activity, business, lat, lng, detected, eliminated, null);
            made++;
            if (eliminated != null && random.nextInt(10) < 3) {
                LocalDate again = eliminated.plusDays(60 + random.nextInt(300));
                if (again.isBefore(today)) {
                    long now = again.isBefore(REFORM) ? communeId : commune.id();
                    insert(now, name, activity, business, lat, lng, again, null, id);
                    made++;
                }
            }
        }
        log.info("Demo hotspots: {} in Hưng Yên", made);
    }

    private long predecessor(AdminUnit commune, Random random) {
        var olds = units.predecessors(commune);
        return olds.isEmpty()
                ? commune.id()
                : olds.get(random.nextInt(olds.size())).unit().id();
    }

    private long insert(
            long communeId,
            String name,
            HotspotActivity activity,
            BusinessKind business,
            double lat,
            double lng,
            LocalDate detected,
            LocalDate eliminated,
            Long reformedFrom) {
        return jdbc.sql("insert into hotspot (commune_id, shape, activity, name, latitude, longitude, business_kind,"
                        + " detected_on, source, eliminated_on, elimination_measure, reformed_from_id, created_by)"
                        + " values (:c, :shape, :a, :n, :lat, :lng, :b, :d, 'Tin báo quần chúng', :e, :m, :r, 'demo')"
                        + " returning id")
                .param("c", communeId)
                .param("shape", activity == HotspotActivity.SELLING ? "POINT" : "CLUSTER")
                .param("a", activity.name())
                .param("n", name)
                .param("lat", BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP))
                .param("lng", BigDecimal.valueOf(lng).setScale(6, RoundingMode.HALF_UP))
                .param("b", business.name())
                .param("d", detected)
                .param("e", eliminated)
                .param("m", eliminated == null ? null : "Bắt quả tang, xử lý hình sự")
                .param("r", reformedFrom)
                .query(Long.class)
                .single();
    }

    /** The province's outline (every ring of its multipolygon) for point-in-polygon tests. */
    private static Path2D outline(JsonNode feature) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        JsonNode geometry = feature.get("geometry");
        if ("Polygon".equals(geometry.get("type").asString())) {
            addPolygon(path, geometry.get("coordinates"));
        } else {
            for (JsonNode polygon : geometry.get("coordinates")) {
                addPolygon(path, polygon);
            }
        }
        return path;
    }

    private static void addPolygon(Path2D path, JsonNode polygon) {
        for (JsonNode ring : polygon) {
            boolean start = true;
            for (JsonNode point : ring) {
                double x = point.get(0).asDouble();
                double y = point.get(1).asDouble();
                if (start) {
                    path.moveTo(x, y);
                    start = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
    }
}
