package vn.pcmt.geo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.Village;
import vn.pcmt.platform.ConditionalOnDemoData;

/** Demo villages in a few communes of Hưng Yên (embedded mode only). */
@Component
@ConditionalOnDemoData
@Order(10)
class VillageDemoData implements ApplicationRunner {

    static final List<String> COMMUNES = List.of("11953", "11977");

    private final VillageRepository villages;
    private final UnitService units;
    private final Clock clock;

    VillageDemoData(VillageRepository villages, UnitService units, Clock clock) {
        this.villages = villages;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String code : COMMUNES) {
            AdminUnit commune = units.find(code, LocalDate.now(clock)).orElseThrow();
            if (!villages.findLiveByCommune(commune.id()).isEmpty()) {
                continue;
            }
            VillageKind kind = commune.unitType().startsWith("Phường") ? VillageKind.TO_DAN_PHO : VillageKind.THON;
            String prefix = kind == VillageKind.TO_DAN_PHO ? "Tổ dân phố số " : "Thôn ";
            for (int i = 1; i <= 4; i++) {
                villages.save(new Village(commune.id(), prefix + i, kind));
            }
        }
    }
}
