package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The account page: an officer makes a personal access token for a program, sees it once, and revokes it. */
class AccountBrowserTests extends BrowserTest {

    @Test
    void an_officer_creates_a_token_sees_it_once_and_revokes_it() {
        login("xa1");
        page.navigate(url("/account/password"));
        page.getByLabel("Tên mã").fill("Phần mềm báo cáo tháng");
        page.getByLabel("Chỉ đọc").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tạo mã"))
                .click();
        assertThat(page.getByTestId("created-token")).containsText("Phần mềm báo cáo tháng");
        assertThat(page.getByTestId("token-secret")).containsText("pcmt_");
        assertThat(page.getByTestId("tokens")).containsText("Chỉ đọc");
        screenshot("account-token-created");

        // shown once: the list never holds the secret again
        String secret = page.getByTestId("token-secret").textContent().strip();
        page.navigate(url("/account/password"));
        assertThat(page.getByTestId("created-token")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(secret);

        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("tokens")
                .locator(
                        "tr",
                        new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Phần mềm báo cáo tháng"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Thu hồi"))
                .click();
        assertThat(page.getByText("Đã thu hồi mã truy cập.")).isVisible();
        screenshot("account-token-revoked");
    }

    @Test
    void a_token_without_a_name_is_refused_in_vietnamese() {
        login("xa2");
        page.navigate(url("/account/password"));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tạo mã"))
                .click();
        assertThat(page.getByTestId("token-error")).containsText("Vui lòng đặt tên");
    }
}
