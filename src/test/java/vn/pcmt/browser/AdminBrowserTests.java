package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An administrator creates a user and disables it; the standing office edits agencies; the audit log. */
class AdminBrowserTests extends BrowserTest {

    @Test
    void an_administrator_creates_a_commune_officer_and_disables_the_account() {
        login("admin");
        page.navigate(url("/admin/users"));
        page.getByTestId("new-user").click();
        Locator form = page.getByTestId("user-form");
        form.getByLabel("Tên đăng nhập").fill("ca_tanhung2");
        form.getByLabel("Họ và tên").fill("Nguyễn Văn Bình");
        form.getByLabel("Vai trò").selectOption("COMMUNE_POLICE");
        form.getByLabel("Đơn vị (phạm vi)").fill("11977");
        form.getByLabel("Mật khẩu ban đầu").fill("ngan");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("form-errors")).containsText("ít nhất 10 ký tự");
        screenshot("user-form-error");

        page.getByTestId("user-form").getByLabel("Mật khẩu ban đầu").fill("Binh@2026tx");
        page.getByTestId("user-form")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByText("Đã tạo tài khoản ca_tanhung2.")).isVisible();
        page.getByTestId("toggle-enabled").click();
        assertThat(page.getByText("Đã khóa tài khoản ca_tanhung2.")).isVisible();
        screenshot("user-edit");
        page.navigate(url("/admin/users?q=binh"));
        assertThat(page.getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ca_tanhung2")))
                .isVisible();
        screenshot("users");
    }

    @Test
    void the_standing_office_adds_an_agency_and_sees_the_list_in_vietnamese_order() {
        login("tinh");
        page.navigate(url("/agencies"));
        Locator form = page.getByTestId("agency-form");
        form.getByLabel("Mã", new Locator.GetByLabelOptions().setExact(true)).fill("SDL");
        form.getByLabel("Tên cơ quan").fill("Ban Quản lý các khu công nghiệp tỉnh");
        form.getByLabel("Loại").selectOption("OTHER");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm"))
                .click();
        assertThat(page.getByTestId("agencies")).containsText("Ban Quản lý các khu công nghiệp tỉnh");
        screenshot("agencies");
    }

    @Test
    void the_auditor_reads_logins_and_changes() {
        login("admin");
        page.navigate(url("/admin/audit"));
        assertThat(page.getByTestId("access-log")).containsText("Đăng nhập");
        screenshot("audit-access");
        page.navigate(url("/admin/audit?tab=changes"));
        assertThat(page.getByTestId("changes-log")).isVisible();
        screenshot("audit-changes");

        // ADR 047: Vietnamese names, a revision's fields and values readable, filters by the users' unit
        assertThat(page.locator("body")).not().containsText("??");
        page.getByTestId("changes-log").locator("tbody tr a").first().click();
        assertThat(page.getByTestId("record-change").first()).isVisible();
        assertThat(page.locator("body")).not().containsText("??");
        screenshot("audit-revision");
        page.setViewportSize(390, 844);
        screenshot("audit-revision-phone");
        page.setViewportSize(1366, 900);
        page.navigate(url("/admin/audit?tab=changes"));
        page.getByTestId("audit-filter").getByLabel("Đơn vị của người dùng").fill("33");
        page.getByTestId("audit-search").click();
        assertThat(page.getByTestId("audit-unit-found")).containsText("Hưng Yên");
        assertThat(page.locator("body")).not().containsText("??");
        screenshot("audit-changes-filtered");
        page.setViewportSize(390, 844);
        screenshot("audit-changes-phone");
    }
}
