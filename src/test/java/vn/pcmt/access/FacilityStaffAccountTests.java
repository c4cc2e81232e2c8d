package vn.pcmt.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.access.internal.UserAccount;
import vn.pcmt.access.internal.UserAdministration;
import vn.pcmt.access.internal.UserForm;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * A rehab facility's staff belong to their facility, which is their jurisdiction; a health worker may name their
 * station (ADR 043).
 */
@PcmtTest
class FacilityStaffAccountTests {

    @Autowired
    UserAdministration administration;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private static UserForm form(String username, Role role, String unit, Long facility) {
        return new UserForm(
                username, "Người " + username, null, null, role, unit, null, "Init@2026xyz", null, facility);
    }

    private long commune(String code) {
        return jdbc.sql("select id from admin_unit where code = :c and valid_to is null")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    @Test
    void a_facilitys_staff_need_a_rehab_facility_whose_commune_becomes_their_unit() {
        long facility = accounts.rehabFacility(commune("11953"), "Cơ sở thử tài khoản " + System.nanoTime());
        long station = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " values (:c, 'HEALTH_STATION', :n, true, '2020-01-01') returning id")
                .param("c", commune("11953"))
                .param("n", "Trạm y tế thử " + System.nanoTime())
                .query(Long.class)
                .single();
        fixture.signIn("admin");
        String name = "staff" + System.nanoTime() % 1_000_000;
        assertRefused(
                () -> administration.create(form(name, Role.REHAB_FACILITY_STAFF, "", null)), "user.facility.required");
        assertRefused(
                () -> administration.create(form(name, Role.REHAB_FACILITY_STAFF, "", station)),
                "user.facility.notRehab");
        UserAccount staff = administration.create(form(name, Role.REHAB_FACILITY_STAFF, "", facility));
        assertThat(staff.getFacilityId()).isEqualTo(facility);
        assertThat(staff.getUnitId()).isEqualTo(commune("11953"));

        assertRefused(
                () -> administration.create(form(name + "x", Role.COMMUNE_POLICE, "11953", facility)),
                "user.facility.notForRole");
        assertRefused(
                () -> administration.create(form(name + "y", Role.HEALTH_WORKER, "11977", station)),
                "user.facility.outsideUnit");
        UserAccount health = administration.create(form(name + "z", Role.HEALTH_WORKER, "11953", station));
        assertThat(health.getFacilityId()).isEqualTo(station);
        assertThat(Role.REHAB_FACILITY_STAFF.facilityScoped()).isTrue();
        assertThat(new CurrentUser(1, "a", "a", Role.REHAB_FACILITY_STAFF, 5L, null, facility)
                        .jurisdiction()
                        .isFacility(facility))
                .isTrue();
        assertThat(new CurrentUser(1, "a", "a", Role.HEALTH_WORKER, 5L, null, station)
                        .jurisdiction()
                        .isFacility())
                .isFalse();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
