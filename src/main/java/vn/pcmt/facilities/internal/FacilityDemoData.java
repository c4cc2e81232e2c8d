package vn.pcmt.facilities.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo facility register of Hưng Yên (HY6, HY7a, HY7b's figures; ADR 048): a health station in every commune (the
 * former communes' until 30/6/2025, one per new commune from 1/7/2025), most of them qualified to determine
 * addiction; the two public rehab facilities (of the former Hưng Yên and Thái Bình) with their legal conditions
 * assessed, one of them failing its medical equipment until October 2025; a private one; reception and counselling
 * points in about two communes of three before the reform and in most communes after, most of them qualified. Never
 * after today by the clock. Inserted by SQL like the outreach demo data (no audit history). Off in tests
 * ({@code pcmt.demo.facilities=false}).
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.facilities", havingValue = "true", matchIfMissing = true)
@Order(66)
class FacilityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FacilityDemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate BEFORE = REFORM.minusDays(1);
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);

    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    FacilityDemoData(UnitService units, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from facility where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<AdminUnit> communes = units.search(
                        new UnitSearch(UnitLevel.COMMUNE, REFORM, "33", null), PageRequest.of(0, 500))
                .getContent();
        if (communes.isEmpty() || today.isBefore(REFORM)) {
            return;
        }
        Random random = new Random(2048);
        int stations = 0;
        int points = 0;

        // before the reform: the former communes' stations and points, closed on 30/6/2025
        Set<Long> former = new LinkedHashSet<>();
        for (AdminUnit commune : communes) {
            for (var link : units.predecessors(commune)) {
                AdminUnit old = link.unit();
                if (old.validTo() == null || !old.validTo().equals(BEFORE) || !former.add(old.id())) {
                    continue;
                }
                LocalDate from = old.validFrom() == null || old.validFrom().isBefore(FIRST) ? FIRST : old.validFrom();
                long station = facility(old.id(), "HEALTH_STATION", "Trạm Y tế " + old.fullName(), true, from, BEFORE);
                stations++;
                if (random.nextInt(10) < 8) {
                    qualify(station, "DETERMINE_ADDICTION", from.plusMonths(6 + random.nextInt(48)), BEFORE);
                }
                if (random.nextInt(3) < 2) {
                    LocalDate opened = LocalDate.of(2021 + random.nextInt(3), 1 + random.nextInt(12), 1);
                    opened = opened.isBefore(from) ? from : opened;
                    long point = facility(
                            old.id(),
                            "RECEPTION_POINT",
                            "Điểm tiếp nhận, tư vấn " + old.fullName(),
                            true,
                            opened,
                            BEFORE);
                    points++;
                    if (random.nextInt(10) < 7) {
                        qualify(point, "RECEPTION_COUNSELLING", opened.plusMonths(random.nextInt(12)), BEFORE);
                    }
                }
            }
        }

        // from the reform: one station per new commune, qualified from the day for most, later for some; a point in
        // most communes, qualified from September 2025 for most
        for (AdminUnit commune : communes) {
            long station =
                    facility(commune.id(), "HEALTH_STATION", "Trạm Y tế " + commune.fullName(), true, REFORM, null);
            stations++;
            int r = random.nextInt(20);
            if (r < 16) {
                qualify(station, "DETERMINE_ADDICTION", REFORM, null);
            } else if (r < 19) {
                qualify(station, "DETERMINE_ADDICTION", LocalDate.of(2026, 1 + random.nextInt(6), 1), null);
            }
            if (random.nextInt(10) < 9) {
                long point = facility(
                        commune.id(),
                        "RECEPTION_POINT",
                        "Điểm tiếp nhận, tư vấn " + commune.fullName(),
                        true,
                        REFORM,
                        null);
                points++;
                if (random.nextInt(10) < 8) {
                    qualify(point, "RECEPTION_COUNSELLING", LocalDate.of(2025, 9, 1), null);
                }
            }
        }

        // the two public rehab facilities and a private one (the communes of today; a former one before)
        Optional<AdminUnit> phoHien =
                communes.stream().filter(c -> c.code().equals("11953")).findFirst();
        Optional<AdminUnit> thaiBinh =
                communes.stream().filter(c -> c.code().equals("13225")).findFirst();
        if (phoHien.isPresent() && thaiBinh.isPresent()) {
            long hy = rehab(phoHien.get(), "Cơ sở cai nghiện ma túy tỉnh Hưng Yên", true, 300, 200);
            long tb =
                    rehab(thaiBinh.get(), "Cơ sở cai nghiện ma túy số 2 tỉnh Hưng Yên (Thái Bình cũ)", true, 200, 150);
            rehab(phoHien.get(), "Cơ sở cai nghiện tự nguyện Bình An", false, 60, 0);
            for (long id : List.of(hy, tb)) {
                qualify(id, "DETERMINE_ADDICTION", LocalDate.of(2022, 3, 1), null);
            }
            for (Criterion c : Criterion.values()) {
                assess(hy, c, LocalDate.of(2023, 11, 20), true, "Biên bản kiểm tra của Sở Lao động - TB&XH");
                assess(
                        tb,
                        c,
                        LocalDate.of(2023, 11, 22),
                        c != Criterion.MEDICAL_EQUIPMENT,
                        c == Criterion.MEDICAL_EQUIPMENT ? "Thiếu máy xét nghiệm nhanh" : "Biên bản kiểm tra");
            }
            if (!today.isBefore(LocalDate.of(2025, 10, 15))) {
                assess(tb, Criterion.MEDICAL_EQUIPMENT, LocalDate.of(2025, 10, 15), true, "Đã bổ sung trang thiết bị");
            }
        }
        log.info(
                "Demo facilities of Hưng Yên: {} health stations, {} reception points, 3 rehab facilities",
                stations,
                points);
    }

    private long rehab(AdminUnit commune, String name, boolean publicOwned, int voluntary, int compulsory) {
        // the facility lies in the former commune of the day it opened
        long communeId = units.predecessors(commune).stream()
                .map(l -> l.unit())
                .filter(u -> u.validTo() != null && u.validTo().equals(BEFORE))
                .map(AdminUnit::id)
                .findFirst()
                .orElse(commune.id());
        long id = facility(
                communeId,
                publicOwned ? "PUBLIC_REHAB" : "PRIVATE_REHAB",
                name,
                publicOwned,
                LocalDate.of(2019, 1, 1),
                null);
        jdbc.sql("update facility set voluntary_adults = :v, compulsory_adults = :c where id = :id")
                .param("v", voluntary)
                .param("c", compulsory == 0 ? null : compulsory)
                .param("id", id)
                .update();
        return id;
    }

    private long facility(long communeId, String kind, String name, boolean publicOwned, LocalDate from, LocalDate to) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from, valid_to, created_by)"
                        + " values (:c, :k, :n, :p, :f, :t, 'demo') returning id")
                .param("c", communeId)
                .param("k", kind)
                .param("n", name)
                .param("p", publicOwned)
                .param("f", from)
                .param("t", to)
                .query(Long.class)
                .single();
    }

    private void qualify(long facilityId, String kind, LocalDate since, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        if (since.isAfter(today) || (until != null && since.isAfter(until))) {
            return;
        }
        jdbc.sql("insert into facility_qualification (facility_id, kind, since, until, decision, created_by)"
                        + " values (:f, :k, :s, :u, :d, 'demo')")
                .param("f", facilityId)
                .param("k", kind)
                .param("s", since)
                .param("u", until)
                .param("d", "Quyết định của Sở Y tế")
                .update();
    }

    private void assess(long facilityId, Criterion criterion, LocalDate on, boolean met, String evidence) {
        jdbc.sql("insert into facility_assessment (facility_id, criterion, assessed_on, met, evidence, created_by)"
                        + " values (:f, :c, :d, :m, :e, 'demo')")
                .param("f", facilityId)
                .param("c", criterion.name())
                .param("d", on)
                .param("m", met)
                .param("e", evidence)
                .update();
    }
}
