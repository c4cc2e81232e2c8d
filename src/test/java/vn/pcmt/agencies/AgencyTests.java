package vn.pcmt.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.pcmt.PcmtTest;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.platform.RuleViolationException;

/** Agencies are per province, codes unique within it, the standard list added once, changes kept to the province. */
@PcmtTest
class AgencyTests {

    @Autowired
    AgencyService agencies;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_province_has_the_standard_agencies_in_vietnamese_order() {
        var names = agencies.list("33").stream().map(Agency::getName).toList();
        assertThat(names).contains("Công an tỉnh", "Sở Y tế", "Tỉnh đoàn", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
        assertThat(names.indexOf("Bộ Chỉ huy Quân sự tỉnh")).isLessThan(names.indexOf("Công an tỉnh"));
    }

    @Test
    void adding_the_standard_list_twice_adds_nothing_the_second_time() {
        signIn("admin");
        agencies.addStandardSet("04");
        assertThat(agencies.addStandardSet("04")).isZero();
        assertThat(agencies.list("04"))
                .extracting(Agency::getName)
                .contains("Báo và Đài Phát thanh Truyền hình Cao Bằng");
    }

    @Test
    void a_code_is_unique_within_a_province_whatever_its_case() {
        signIn("tinh");
        assertThatThrownBy(() ->
                        agencies.create("33", new AgencyForm("syt", "Sở Y tế 2", null, AgencyKind.DEPARTMENT, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("agency.code.duplicate");
    }

    @Test
    void the_standing_office_of_one_province_cannot_change_another_province() {
        signIn("tinh");
        assertThatThrownBy(() -> agencies.create("01", new AgencyForm("X", "Cơ quan X", null, AgencyKind.OTHER, null)))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    private void signIn(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
