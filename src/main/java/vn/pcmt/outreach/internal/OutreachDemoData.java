package vn.pcmt.outreach.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo outreach register of Hưng Yên, 2023 to today (HY8, NB1's figures): four schools in each of ten communes, three
 * industrial zones with their workers, six media of which four major run a drug column (one from March 2024 only),
 * and about forty activities a year: talks in schools and zones, loudspeaker broadcasts, articles and broadcasts of
 * the media (the commune of the day: a former one before 1/7/2025). Never after today by the clock. Off in tests
 * ({@code pcmt.demo.outreach=false}), like the supply demo data.
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.outreach", havingValue = "true", matchIfMissing = true)
@Order(64)
class OutreachDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OutreachDemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

    /**
     * Phố Hiến, Hồng Châu, Sơn Nam, Như Quỳnh, Yên Mỹ, Mỹ Hào, Khoái Châu, Tiên Lữ, Trần Lãm, Thái Bình (codes of
     * 1/7/2025).
     */
    private static final List<String> COMMUNES =
            List.of("11953", "11980", "11983", "12004", "12073", "12103", "12205", "12364", "12454", "13225");

    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    OutreachDemoData(UnitService units, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from school where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Map<String, AdminUnit> communes = new LinkedHashMap<>();
        for (String code : COMMUNES) {
            units.find(code, REFORM).ifPresent(u -> communes.put(code, u));
        }
        Optional<AdminUnit> province = units.find("33", REFORM);
        LocalDate today = LocalDate.now(clock);
        if (communes.size() != COMMUNES.size() || province.isEmpty() || today.isBefore(FIRST)) {
            return;
        }
        Random random = new Random(2033);

        // four schools in each commune, by the commune's name
        Map<String, List<Long>> schools = new LinkedHashMap<>();
        for (AdminUnit commune : communes.values()) {
            String place = commune.name();
            List<Long> ids = new ArrayList<>();
            ids.add(school(commune.id(), "Trường Mầm non " + place, "PRESCHOOL"));
            ids.add(school(commune.id(), "Trường Tiểu học " + place, "PRIMARY"));
            ids.add(school(commune.id(), "Trường THCS " + place, "LOWER_SECONDARY"));
            ids.add(school(commune.id(), "Trường THPT " + place, "UPPER_SECONDARY"));
            schools.put(commune.code(), ids);
        }

        // three industrial zones: Phố Nối A, Thăng Long II, Sông Trà
        Map<Long, List<String>> zones = new LinkedHashMap<>();
        zones.put(zone("Khu công nghiệp Phố Nối A", 38_500, communes, "12004", "12103"), List.of("12004", "12103"));
        zones.put(zone("Khu công nghiệp Thăng Long II", 52_000, communes, "12073", "12103"), List.of("12073", "12103"));
        zones.put(zone("Khu công nghiệp Sông Trà", 9_200, communes, "12454"), List.of("12454"));

        // six media, four major with a column (the portal's from March 2024)
        long provinceId = province.get().id();
        List<Long> media = List.of(
                medium(provinceId, "Báo Hưng Yên", "NEWSPAPER", true, FIRST),
                medium(provinceId, "Đài Phát thanh và Truyền hình Hưng Yên", "TV", true, FIRST),
                medium(provinceId, "Báo Thái Bình", "NEWSPAPER", true, FIRST),
                medium(provinceId, "Cổng Thông tin điện tử tỉnh Hưng Yên", "PORTAL", true, LocalDate.of(2024, 3, 1)));
        medium(provinceId, "Trang thông tin Công an tỉnh Hưng Yên", "SOCIAL_PAGE", false, LocalDate.of(2023, 6, 26));
        medium(provinceId, "Trang thông tin Sở Tư pháp tỉnh Hưng Yên", "PORTAL", false, null);

        int made = 0;
        for (int year = FIRST.getYear(); year <= today.getYear(); year++) {
            for (int i = 0; i < 38; i++) {
                LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (day.isAfter(today)) {
                    continue;
                }
                int kind = random.nextInt(10);
                if (kind < 5) {
                    // a talk in a school: one or two schools of a commune
                    String code = COMMUNES.get(random.nextInt(COMMUNES.size()));
                    List<Long> of = schools.get(code);
                    List<Long> reached = new ArrayList<>(List.of(of.get(random.nextInt(of.size()))));
                    Long second = of.get(random.nextInt(of.size()));
                    if (!reached.contains(second)) {
                        reached.add(second);
                    }
                    long id = activity(
                            day,
                            "TALK",
                            "STUDENTS",
                            "Ngoại khóa phòng, chống ma túy, thuốc lá điện tử trong học đường",
                            null,
                            150 + random.nextInt(400));
                    link(id, "outreach_activity_commune", "commune_id", communeOn(communes.get(code), day, random));
                    reached.forEach(s -> link(id, "outreach_activity_school", "school_id", s));
                } else if (kind < 7) {
                    // a talk for the workers of a zone
                    List<Long> zoneIds = List.copyOf(zones.keySet());
                    long zone = zoneIds.get(random.nextInt(zoneIds.size()));
                    String code = zones.get(zone).get(0);
                    long id = activity(
                            day,
                            "TALK",
                            "WORKERS",
                            "Tuyên truyền phòng, chống ma túy cho công nhân lao động",
                            null,
                            200 + random.nextInt(600));
                    link(id, "outreach_activity_commune", "commune_id", communeOn(communes.get(code), day, random));
                    link(id, "outreach_activity_zone", "zone_id", zone);
                } else if (kind < 8) {
                    String code = COMMUNES.get(random.nextInt(COMMUNES.size()));
                    long id = activity(
                            day,
                            "LOUDSPEAKER",
                            "GENERAL",
                            "Phát thanh trên loa truyền thanh cơ sở về tác hại của ma túy",
                            null,
                            null);
                    link(id, "outreach_activity_commune", "commune_id", communeOn(communes.get(code), day, random));
                } else {
                    // an article or a broadcast of a major medium running its column on the day
                    long medium = media.get(random.nextInt(media.size()));
                    if (medium == media.get(3) && day.isBefore(LocalDate.of(2024, 3, 1))) {
                        medium = media.get(0);
                    }
                    boolean tv = medium == media.get(1);
                    long id = activity(
                            day,
                            tv ? "BROADCAST" : "ARTICLE",
                            "GENERAL",
                            tv ? "Phóng sự: Chung tay đẩy lùi ma túy" : "Tin bài chuyên mục phòng, chống ma túy",
                            medium,
                            null);
                    String code = random.nextBoolean() ? "11953" : "13225";
                    link(id, "outreach_activity_commune", "commune_id", communeOn(communes.get(code), day, random));
                }
                made++;
            }
        }
        log.info("Demo outreach: 40 schools, 3 zones, 6 media and {} activities in Hưng Yên", made);
    }

    private long communeOn(AdminUnit commune, LocalDate day, Random random) {
        if (!day.isBefore(REFORM)) {
            return commune.id();
        }
        var olds = units.predecessors(commune);
        return olds.isEmpty()
                ? commune.id()
                : olds.get(random.nextInt(olds.size())).unit().id();
    }

    private long school(long communeId, String name, String level) {
        return jdbc.sql("insert into school (commune_id, name, level, created_by) values (:c, :n, :l, 'demo')"
                        + " returning id")
                .param("c", communeId)
                .param("n", name)
                .param("l", level)
                .query(Long.class)
                .single();
    }

    private long zone(String name, int workers, Map<String, AdminUnit> communes, String... codes) {
        long id = jdbc.sql("insert into industrial_zone (name, workers, workers_counted_on, created_by)"
                        + " values (:n, :w, :on, 'demo') returning id")
                .param("n", name)
                .param("w", workers)
                .param("on", FIRST)
                .query(Long.class)
                .single();
        for (String code : codes) {
            jdbc.sql("insert into industrial_zone_commune (zone_id, commune_id) values (:z, :c)")
                    .param("z", id)
                    .param("c", communes.get(code).id())
                    .update();
        }
        return id;
    }

    private long medium(long provinceId, String name, String kind, boolean major, LocalDate columnSince) {
        return jdbc.sql("insert into outreach_medium (province_id, name, kind, major, column_since, created_by)"
                        + " values (:p, :n, :k, :m, :s, 'demo') returning id")
                .param("p", provinceId)
                .param("n", name)
                .param("k", kind)
                .param("m", major)
                .param("s", columnSince)
                .query(Long.class)
                .single();
    }

    private long activity(LocalDate day, String form, String audience, String title, Long medium, Integer people) {
        return jdbc.sql("insert into outreach_activity (held_on, form, audience, title, medium_id, participants,"
                        + " created_by) values (:d, :f, :a, :t, :m, :p, 'demo') returning id")
                .param("d", day)
                .param("f", form)
                .param("a", audience)
                .param("t", title)
                .param("m", medium)
                .param("p", people)
                .query(Long.class)
                .single();
    }

    private void link(long activityId, String table, String column, long id) {
        jdbc.sql("insert into " + table + " (activity_id, " + column + ") values (:a, :x)")
                .param("a", activityId)
                .param("x", id)
                .update();
    }
}
