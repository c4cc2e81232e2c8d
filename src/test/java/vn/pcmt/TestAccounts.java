package vn.pcmt;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.Role;
import vn.pcmt.geo.UnitService;

/**
 * Accounts for tests: the demo accounts of Hưng Yên, and for every role an account in Hà Nội ("outsiders"
 * to Hưng Yên's data) named {@code hn_<role>}.
 */
@org.springframework.boot.test.context.TestComponent
public class TestAccounts {

    public static final String PASSWORD = "Demo@12345";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final UnitService units;
    private final UserDetailsService userDetails;
    private final Clock clock;

    /** The hash of {@link #PASSWORD}, made once: every test account shares it, as the demo accounts do. */
    private volatile String passwordHash;

    TestAccounts(
            JdbcClient jdbc, PasswordEncoder encoder, UnitService units, UserDetailsService userDetails, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.units = units;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    /** A signed-in page user for MockMvc. */
    public RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    public static String outsider(Role role) {
        return "hn_" + role.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Creates the Hà Nội account of every role, once. */
    @Transactional
    public void ensureOutsiders() {
        LocalDate today = LocalDate.now(clock);
        long hanoi = units.find("01", today).orElseThrow().id();
        long baDinh = units.find("00004", today).orElseThrow().id();
        Long agency = jdbc.sql(
                        "select id from agency where province_code = '01' and code = 'SYT' and deleted_at is null")
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql(
                                "insert into agency (province_code, code, name, kind, search_name, sort_key)"
                                        + " values ('01', 'SYT', 'Sở Y tế', 'DEPARTMENT', 'so y te', '\\x00'::bytea) returning id")
                        .query(Long.class)
                        .single());
        for (Role role : Role.values()) {
            long unit = role.levels().contains(vn.pcmt.access.JurisdictionLevel.PROVINCE) ? hanoi : baDinh;
            create(outsider(role), role, unit, role.requiresAgency() ? agency : null);
        }
        // a facility's staff in Hà Nội work at a rehab facility of Ba Đình (ADR 043)
        long facility = jdbc.sql("select id from facility where name = :n and deleted_at is null")
                .param("n", HANOI_FACILITY)
                .query(Long.class)
                .optional()
                .orElseGet(() -> rehabFacility(baDinh, HANOI_FACILITY));
        jdbc.sql("update user_account set facility_id = :f where username = :u and facility_id is null")
                .param("f", facility)
                .param("u", outsider(Role.REHAB_FACILITY_STAFF))
                .update();
    }

    /** The rehab facility of Hà Nội whose staff are the outsiders of that role. */
    public static final String HANOI_FACILITY = "Cơ sở cai nghiện thử Hà Nội";

    /** A public rehab facility in the commune, open since 1/1/2020, with a capacity of 10 in each category. */
    public long rehabFacility(long communeId, String name) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from, voluntary_adults,"
                        + " voluntary_minors, compulsory_adults, compulsory_minors)"
                        + " values (:c, 'PUBLIC_REHAB', :n, true, '2020-01-01', 10, 10, 10, 10) returning id")
                .param("c", communeId)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A rehab facility's staff account (ADR 043): their jurisdiction is the facility, their unit its commune. */
    public void createAtFacility(String username, long facilityId) {
        long commune = jdbc.sql("select commune_id from facility where id = :f")
                .param("f", facilityId)
                .query(Long.class)
                .single();
        create(username, Role.REHAB_FACILITY_STAFF, commune, null);
        jdbc.sql("update user_account set facility_id = :f where username = :u")
                .param("f", facilityId)
                .param("u", username)
                .update();
    }

    /** A substitution clinic's staff account (ADR 053): their jurisdiction is the clinic, their unit its commune. */
    public void createAtClinic(String username, long clinicId) {
        createAtFacility(username, clinicId);
        jdbc.sql("update user_account set role = 'SUBSTITUTION_CLINIC_STAFF' where username = :u")
                .param("u", username)
                .update();
    }

    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }

    public void create(String username, Role role, Long unitId, Long agencyId) {
        jdbc.sql("insert into user_account (username, full_name, password_hash, role, unit_id, agency_id, enabled)"
                        + " values (:u, :n, :p, :r, :unit, :agency, true) on conflict do nothing")
                .param("u", username)
                .param("n", "Người dùng thử " + username)
                .param("p", passwordHash())
                .param("r", role.name())
                .param("unit", unitId)
                .param("agency", agencyId)
                .update();
    }
}
