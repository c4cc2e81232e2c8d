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
