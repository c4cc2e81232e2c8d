package vn.pcmt.facilities.internal;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * The demo public rehab facility of Hưng Yên (ADR 043), whose staff account {@code cosocainghien} the access module
 * creates next: before the demo accounts, once.
 */
@Component
@ConditionalOnDemoData
@Order(25)
class StaffFacilityDemoData implements ApplicationRunner {

    static final String NAME = "Cơ sở cai nghiện ma túy số 1 tỉnh Hưng Yên";

    private static final Logger log = LoggerFactory.getLogger(StaffFacilityDemoData.class);

    /** Phường Sơn Nam (code of 1/7/2025). */
    private static final String COMMUNE = "11983";

    private static final LocalDate OPENED = LocalDate.of(2025, 7, 1);

    private final FacilityRepository facilities;
    private final UnitService units;

    StaffFacilityDemoData(FacilityRepository facilities, UnitService units) {
        this.facilities = facilities;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (facilities.findByName(NAME).isPresent()) {
            return;
        }
        if (units.find(COMMUNE, OPENED).isEmpty()) {
            return;
        }
        long commune = units.find(COMMUNE, OPENED).orElseThrow().id();
        facilities.save(new Facility(
                commune,
                new FacilityForm(
                        COMMUNE,
                        FacilityKind.PUBLIC_REHAB,
                        NAME,
                        Boolean.TRUE,
                        "01/GP-SLĐTBXH",
                        OPENED,
                        OPENED,
                        null,
                        null,
                        150,
                        20,
                        300,
                        30,
                        "Dữ liệu mẫu",
                        null)));
        log.info("Demo rehab facility: {}", NAME);
    }
}
