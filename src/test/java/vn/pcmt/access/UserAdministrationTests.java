package vn.pcmt.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.internal.AccountService;
import vn.pcmt.access.internal.UserAccount;
import vn.pcmt.access.internal.UserAdministration;
import vn.pcmt.access.internal.UserForm;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.RuleViolationException;

/** Administrators manage users inside their own jurisdiction; the rules of roles, units and passwords hold. */
@PcmtTest
class UserAdministrationTests {

    @Autowired
    TestClock clock;

    @Autowired
    UserAdministration administration;

    @Autowired
    AccountService account;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void outsiders() {
        accounts.ensureOutsiders();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_provincial_administrator_sees_only_the_users_of_the_province() {
        signIn(TestAccounts.outsider(Role.SYSTEM_ADMIN));
        assertThat(administration.search(""))
                .extracting(UserAccount::getUsername)
                .doesNotContain("xa1", "tinh", "admin");
        signIn("admin");
        assertThat(administration.search(""))
                .extracting(UserAccount::getUsername)
                .contains("xa1", "tinh", "admin");
    }

    @Test
    void a_provincial_administrator_cannot_create_a_national_user_or_one_elsewhere() {
        signIn(TestAccounts.outsider(Role.SYSTEM_ADMIN));
        assertThatThrownBy(() -> administration.create(form("qt_tw", Role.SYSTEM_ADMIN, "", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("user.unit.outside");
        assertThatThrownBy(() -> administration.create(form("ca_ngoai", Role.COMMUNE_POLICE, "11953", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("user.unit.outside");
    }

    @Test
    void only_administrators_manage_users() {
        signIn("tinh");
        assertThatThrownBy(() -> administration.search("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_created_user_logs_in_with_the_initial_password_and_a_reset_unlocks_it() {
        signIn("admin");
        UserAccount created = administration.create(form("ca_moi", Role.COMMUNE_POLICE, "11977", null));
        assertThat(created.getUnitId())
                .isEqualTo(units.find("11977", clock.today()).orElseThrow().id());
        jdbc.sql("update user_account set failed_attempts = 5, locked_until = now() + interval '1 hour' where id = :id")
                .param("id", created.getId())
                .update();
        administration.resetPassword(created.getId(), "Moi@2026abc");
        assertThat(jdbc.sql("select locked_until is null from user_account where id = :id")
                        .param("id", created.getId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from access_log where kind = 'PASSWORD_RESET' and subject_id = :id")
                        .param("id", String.valueOf(created.getId()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_department_reporter_gets_an_agency_of_the_province() {
        signIn("admin");
        long health = jdbc.sql("select id from agency where province_code = '33' and code = 'SYT'")
                .query(Long.class)
                .single();
        UserAccount reporter = administration.create(form("so_yte2", Role.DEPARTMENT_REPORTER, "33", health));
        assertThat(reporter.getAgencyId()).isEqualTo(health);
        long hanoiHealth = jdbc.sql("select id from agency where province_code = '01' and code = 'SYT'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> administration.create(form("so_yte3", Role.DEPARTMENT_REPORTER, "33", hanoiHealth)))
                .hasMessageContaining("user.agency.province");
    }

    @Test
    void a_username_is_taken_whatever_its_case() {
        signIn("admin");
        assertThatThrownBy(() -> administration.create(form("XA1", Role.COMMUNE_POLICE, "11953", null)))
                .hasMessageContaining("user.username.taken");
    }

    @Test
    void a_stale_edit_is_refused() {
        signIn("admin");
        UserAccount created = administration.create(form("ca_cu", Role.COMMUNE_POLICE, "11977", null));
        administration.setEnabled(created.getId(), created.getVersion(), false);
        assertThatThrownBy(() -> administration.setEnabled(created.getId(), created.getVersion(), true))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void a_user_changes_the_own_password_only_with_the_current_one() {
        signIn("admin");
        administration.create(form("tu_doi", Role.COMMUNE_POLICE, "11977", null));
        signIn("tu_doi");
        assertThatThrownBy(() -> account.changePassword("Sai@1234567", "Moi@2026abc"))
                .hasMessageContaining("password.current.wrong");
        assertThatThrownBy(() -> account.changePassword("Init@2026xyz", "yeu"))
                .hasMessageContaining("password.policy.length");
        account.changePassword("Init@2026xyz", "Moi@2026abc");
    }

    private static UserForm form(String username, Role role, String unit, Long agency) {
        return new UserForm(username, "Người " + username, null, null, role, unit, agency, "Init@2026xyz", null);
    }

    private void signIn(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
