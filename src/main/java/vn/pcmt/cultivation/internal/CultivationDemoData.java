package vn.pcmt.cultivation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
 * Demo cultivation plots in Hưng Yên, 2022 to today (embedded mode only): small plots of cannabis and opium poppy
 * found in gardens and on the river banks of a few rural communes (the commune of the day: the former one before
 * 1/7/2025), most destroyed within days, a few re-planted the next season. Never after today by the clock. Off in
 * tests ({@code pcmt.demo.supply=false}).
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.supply", havingValue = "true", matchIfMissing = true)
@Order(63)
class CultivationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CultivationDemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Xã Tân Hưng, Khoái Châu, Chí Minh, Tiên Lữ and Hưng Hà, along the Red and Luộc rivers (codes of 1/7/2025). */
    private static final List<String> COMMUNES = List.of("11977", "12205", "12271", "12364", "12586");

    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    CultivationDemoData(UnitService units, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from cultivation_plot where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        List<AdminUnit> communes = COMMUNES.stream()
                .map(code -> units.find(code, REFORM))
                .flatMap(java.util.Optional::stream)
                .toList();
        if (communes.isEmpty()) {
            return;
        }
        Random random = new Random(2028);
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        for (int year = 2022; year <= today.getYear(); year++) {
            for (int i = 0; i < 5; i++) {
                // cannabis and poppy are sown in autumn and winter, found from January to April
                LocalDate found = LocalDate.of(year, 1 + random.nextInt(4), 1 + random.nextInt(28));
                if (found.isAfter(today)) {
                    continue;
                }
                AdminUnit commune = communes.get(random.nextInt(communes.size()));
                long communeId = communeOn(commune, found, random);
                boolean poppy = random.nextInt(4) == 0;
                int plants = 5 + random.nextInt(poppy ? 300 : 80);
                BigDecimal area = BigDecimal.valueOf(2 + random.nextInt(poppy ? 120 : 40));
                LocalDate destroyed = found.plusDays(random.nextInt(4));
                if (destroyed.isAfter(today) || random.nextInt(10) == 0) {
                    destroyed = null;
                }
                long id = insert(communeId, poppy, area, plants, found, destroyed, null);
                made++;
                LocalDate again = found.plusYears(1).plusDays(random.nextInt(20));
                if (destroyed != null && random.nextInt(6) == 0 && !again.isAfter(today)) {
                    long now = communeOn(commune, again, random);
                    insert(now, poppy, area.divide(BigDecimal.valueOf(2)), Math.max(1, plants / 2), again, again, id);
                    made++;
                }
            }
        }
        log.info("Demo cultivation: {} plots in Hưng Yên", made);
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

    private long insert(
            long communeId,
            boolean poppy,
            BigDecimal area,
            int plants,
            LocalDate found,
            LocalDate destroyed,
            Long replantedFrom) {
        return jdbc.sql("insert into cultivation_plot (commune_id, species, area_m2, plants, found_on, found_by,"
                        + " address, destroyed_on, destroyed_by, replanted_from_id, created_by)"
                        + " values (:c, :s, :a, :p, :f, 'Công an xã', :addr, :d, :db, :r, 'demo') returning id")
                .param("c", communeId)
                .param("s", poppy ? "OPIUM_POPPY" : "CANNABIS")
                .param("a", area)
                .param("p", plants)
                .param("f", found)
                .param("addr", poppy ? "Vườn nhà dân" : "Bãi ven sông")
                .param("d", destroyed)
                .param("db", destroyed == null ? null : "Công an xã phối hợp thôn")
                .param("r", replantedFrom)
                .query(Long.class)
                .single();
    }
}
