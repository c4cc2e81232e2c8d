package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Logging in and out, the home page, the error pages, a phone-sized screen. */
class ShellBrowserTests extends BrowserTest {

    @Test
    void a_commune_officer_logs_in_and_sees_name_role_and_unit() {
        login("xa1");
        assertThat(page.getByTestId("viewer")).containsText("Công an phường Phố Hiến");
        assertThat(page.getByTestId("viewer")).containsText("Công an xã, phường");
        assertThat(page.getByTestId("viewer")).containsText("Phường Phố Hiến");
        screenshot("home-xa1");
    }

    @Test
    void a_wrong_password_is_told_in_vietnamese() {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill("xa1");
        page.getByLabel("Mật khẩu").fill("Sai@123456");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.getByTestId("login-error")).containsText("sai tên đăng nhập hoặc mật khẩu");
        screenshot("login-error");
    }

    @Test
    void logging_out_returns_to_the_login_page() {
        login("xa2");
        page.locator("button[aria-label='Tài khoản']").click();
        page.getByTestId("logout").click();
        assertThat(page.getByText("Bạn đã đăng xuất.")).isVisible();
    }

    @Test
    void an_unknown_page_is_explained_in_vietnamese() {
        login("xa1");
        page.navigate(url("/units/99999"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Không tìm thấy")))
                .isVisible();
        screenshot("error-404");
    }

    @Test
    void a_page_outside_the_role_is_refused_in_vietnamese() {
        login("xa1");
        page.navigate(url("/admin/users"));
        assertThat(page.getByText("Không có quyền truy cập")).isVisible();
        screenshot("error-403");
    }

    @Test
    void the_home_page_fits_a_phone() {
        page.setViewportSize(390, 844);
        login("tinh");
        assertThat(page.locator(".navbar-toggler")).isVisible();
        page.locator(".navbar-toggler").click();
        assertThat(page.getByTestId("viewer")).containsText("Cơ quan Thường trực");
        screenshot("home-phone");
    }

    @Test
    void the_interface_switches_to_english() {
        login("xa1");
        page.navigate(url("/?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .containsText("Welcome");
        page.navigate(url("/?lang=vi"));
    }
}
