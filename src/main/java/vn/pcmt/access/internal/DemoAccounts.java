package vn.pcmt.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.Role;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/** The demo accounts of the README, all with password {@value #PASSWORD} (embedded mode only). */
@Component
@ConditionalOnDemoData
@Order(30)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@12345";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String fullName, Role role, String unitCode, String agencyCode, String facilityName) {

        Demo(String username, String fullName, Role role, String unitCode, String agencyCode) {
            this(username, fullName, role, unitCode, agencyCode, null);
        }
    }

    /** The demo public rehab facility (facilities module, ADR 043). */
    static final String REHAB_FACILITY = "Cơ sở cai nghiện ma túy số 1 tỉnh Hưng Yên";

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống", Role.SYSTEM_ADMIN, null, null),
            new Demo("tinh", "Cơ quan Thường trực tỉnh Hưng Yên", Role.PROVINCIAL_OFFICE, "33", null),
            new Demo("xa1", "Công an phường Phố Hiến", Role.COMMUNE_POLICE, "11953", null),
            new Demo("xa2", "Công an xã Tân Hưng", Role.COMMUNE_POLICE, "11977", null),
            new Demo("csma", "Phòng Cảnh sát điều tra tội phạm về ma túy tỉnh", Role.DRUG_CRIME_POLICE, "33", null),
            new Demo("soyte", "Sở Y tế Hưng Yên", Role.DEPARTMENT_REPORTER, "33", "SYT"),
            new Demo(
                    "cosocainghien",
                    "Cán bộ Cơ sở cai nghiện ma túy số 1 tỉnh Hưng Yên",
                    Role.REHAB_FACILITY_STAFF,
                    null,
                    null,
                    REHAB_FACILITY),
            new Demo(
                    "cosomethadone",
                    "Nhân viên y tế Cơ sở điều trị Methadone tỉnh Hưng Yên",
                    Role.SUBSTITUTION_CLINIC_STAFF,
                    null,
                    null,
                    "Cơ sở điều trị Methadone tỉnh Hưng Yên"));

    private final UserAccountRepository accounts;
    private final UnitService units;
    private final AgencyService agencies;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final vn.pcmt.access.Workplaces facilities;

    DemoAccounts(
            UserAccountRepository accounts,
            UnitService units,
            AgencyService agencies,
            PasswordEncoder encoder,
            Clock clock,
            vn.pcmt.access.Workplaces facilities) {
        this.facilities = facilities;
        this.accounts = accounts;
        this.units = units;
        this.agencies = agencies;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = encoder.encode(PASSWORD);
        for (Demo demo : ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            vn.pcmt.access.Workplaces.Workplace facility = demo.facilityName() == null
                    ? null
                    : facilities.named(demo.facilityName()).orElse(null);
            if (demo.facilityName() != null && facility == null) {
                continue;
            }
            Long unitId = facility != null
                    ? Long.valueOf(facility.communeId())
                    : demo.unitCode() == null
                            ? null
                            : units.find(demo.unitCode(), LocalDate.now(clock))
                                    .map(AdminUnit::id)
                                    .orElseThrow();
            Long agencyId = demo.agencyCode() == null
                    ? null
                    : agencies.list(demo.unitCode()).stream()
                            .filter(a -> a.getCode().equals(demo.agencyCode()))
                            .map(Agency::getId)
                            .findFirst()
                            .orElseThrow();
            UserAccount account = new UserAccount(demo.username(), hash, Instant.now(clock));
            account.setProfile(demo.fullName(), null, null, demo.role(), unitId, agencyId);
            account.setFacilityId(facility == null ? null : facility.id());
            accounts.save(account);
        }
        log.info(
                "Demo accounts (password {}): admin, tinh, xa1, xa2, csma, soyte, cosocainghien, cosomethadone",
                PASSWORD);
    }
}
