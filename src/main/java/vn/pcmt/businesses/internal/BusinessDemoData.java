package vn.pcmt.businesses.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Demo businesses under security conditions in Hưng Yên (embedded mode only): about a hundred karaoke bars, hotels and
 * guest houses, massage parlours, bars and pawn shops in the wards and town communes, licensed since 2020, inspected
 * once or twice a year from 2022 to today; some inspections find drug use or no guest register, a few licences are
 * suspended or revoked after them. Never after today by the clock. Off in tests ({@code pcmt.demo.supply=false}).
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.supply", havingValue = "true", matchIfMissing = true)
@Order(64)
class BusinessDemoData implements ApplicationRunner {

    static final int BUSINESSES = 100;

    private static final Logger log = LoggerFactory.getLogger(BusinessDemoData.class);
    /** Phường Phố Hiến, Xã Tân Hưng, Xã Văn Giang, Xã Như Quỳnh, Xã Yên Mỹ, Xã Khoái Châu (codes of 1/7/2025). */
    private static final List<String> COMMUNES = List.of("11953", "11977", "12019", "12004", "12073", "12205");

    private static final Object[][] KINDS = {
        {"KARAOKE", "Karaoke"}, {"KARAOKE", "Karaoke"}, {"HOTEL_GUEST_HOUSE", "Nhà nghỉ"},
        {"HOTEL_GUEST_HOUSE", "Khách sạn"}, {"HOTEL_GUEST_HOUSE", "Nhà nghỉ"}, {"MASSAGE", "Massage"},
        {"BAR_DANCE_HALL", "Bar"}, {"PAWN_SHOP", "Cầm đồ"}
    };
    private static final String[] NAMES = {
        "Hoàng Gia",
        "Thanh Xuân",
        "Hoa Sữa",
        "Phố Hiến",
        "Sao Mai",
        "Bình Minh",
        "Kim Long",
        "Hải Âu",
        "Ngọc Lan",
        "Phương Đông",
        "Thiên Đường",
        "Minh Châu"
    };
    private static final String[] OWNERS = {
        "Nguyễn Văn Thành", "Trần Thị Hoa", "Lê Văn Bình", "Phạm Thị Mai", "Vũ Đức Anh", "Đỗ Thị Lan", "Bùi Văn Hải"
    };
    private static final String[] STREETS = {
        "đường Nguyễn Văn Linh", "đường Điện Biên", "đường Chùa Chuông", "quốc lộ 5", "quốc lộ 39", "đường Tô Hiệu"
    };

    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    BusinessDemoData(UnitService units, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from business where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<AdminUnit> communes = new ArrayList<>();
        for (String code : COMMUNES) {
            units.find(code, today).ifPresent(communes::add);
        }
        if (communes.isEmpty() || today.isBefore(LocalDate.of(2022, 6, 1))) {
            return;
        }
        Random random = new Random(2030);
        int inspections = 0;
        for (int i = 0; i < BUSINESSES; i++) {
            AdminUnit commune = communes.get(random.nextInt(communes.size()));
            Object[] kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate licensed = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(700));
            long id = jdbc.sql("insert into business (commune_id, kind, name, address, owner_name, licence_number,"
                            + " licence_date, created_by) values (:c, :k, :n, :a, :o, :l, :d, 'demo') returning id")
                    .param("c", commune.id())
                    .param("k", kind[0])
                    .param("n", kind[1] + " " + NAMES[random.nextInt(NAMES.length)])
                    .param("a", "Số " + (1 + random.nextInt(300)) + " " + STREETS[random.nextInt(STREETS.length)])
                    .param("o", OWNERS[random.nextInt(OWNERS.length)])
                    .param("l", (100 + i) + "/GCN-ANTT")
                    .param("d", licensed)
                    .query(Long.class)
                    .single();
            boolean suspended = false;
            for (int year = 2022; year <= today.getYear(); year++) {
                int times = 1 + random.nextInt(2);
                for (int t = 0; t < times; t++) {
                    LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    if (on.isAfter(today)) {
                        continue;
                    }
                    boolean found = random.nextInt(8) == 0;
                    long inspection = jdbc.sql("insert into business_inspection (business_id, inspected_on, team,"
                                    + " agencies, result, sanction, fine_vnd, created_by) values (:b, :d,"
                                    + " 'Tổ kiểm tra liên ngành', 'Công an xã; Phòng Văn hóa - Xã hội', :r, :s, :f,"
                                    + " 'demo') returning id")
                            .param("b", id)
                            .param("d", on)
                            .param("r", found ? "Phát hiện vi phạm, lập biên bản" : "Chấp hành đúng quy định")
                            .param("s", found ? "Phạt tiền" : null)
                            .param("f", found ? 5_000_000L + 1_000_000L * random.nextInt(10) : null)
                            .query(Long.class)
                            .single();
                    inspections++;
                    if (found) {
                        String violation = "HOTEL_GUEST_HOUSE".equals(kind[0])
                                ? "NO_GUEST_REGISTER"
                                : random.nextBoolean() ? "DRUG_USE_ON_PREMISES" : "OUTSIDE_HOURS";
                        jdbc.sql("insert into business_inspection_violation (inspection_id, violation)"
                                        + " values (:i, :v)")
                                .param("i", inspection)
                                .param("v", violation)
                                .update();
                        LocalDate decided = on.plusDays(7);
                        if (!suspended
                                && "DRUG_USE_ON_PREMISES".equals(violation)
                                && random.nextInt(3) == 0
                                && !decided.isAfter(today)) {
                            licence(id, "SUSPEND", decided, "SUSPENDED");
                            suspended = true;
                        }
                    }
                }
            }
        }
        log.info("Demo businesses: {} in Hưng Yên, {} inspections", BUSINESSES, inspections);
    }

    private void licence(long business, String action, LocalDate on, String status) {
        jdbc.sql("insert into business_licence_step (business_id, action, taken_on, decision, created_by)"
                        + " values (:b, :a, :d, 'Quyết định của Chủ tịch UBND xã', 'demo')")
                .param("b", business)
                .param("a", action)
                .param("d", on)
                .update();
        jdbc.sql("update business set licence_status = :s, licence_status_on = :d where id = :b")
                .param("s", status)
                .param("d", on)
                .param("b", business)
                .update();
    }
}
