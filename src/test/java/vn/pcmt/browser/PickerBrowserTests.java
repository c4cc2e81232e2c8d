package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The unit picker and the date picker of the forms (ADR 046), and the help link of every page: a commune officer
 * registers a person by typing "pho hien" and picking "Phường Phố Hiến — Hưng Yên", with a birth date picked on the
 * calendar; the filter of a register shows its unit by name; the help link opens the guide's section of the page.
 */
class PickerBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @org.springframework.beans.factory.annotation.Autowired
    vn.pcmt.TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void an_officer_types_pho_hien_picks_the_ward_and_saves_the_person() {
        login("xa1");
        page.navigate(url("/people/new"));
        Locator form = page.getByTestId("person-form");
        String name = "Chọn Văn " + letters();
        form.getByLabel("Họ và tên").fill(name);
        form.getByLabel("Giới tính").selectOption("MALE");

        // the date picker: the field takes a typed date, and the calendar writes the date it picked as dd/MM/yyyy
        Locator birth = form.getByLabel("Ngày sinh");
        assertThat(form.locator(".pcmt-date:has(#dateOfBirth) .pcmt-date-button"))
                .isVisible();
        form.locator(".pcmt-date:has(#dateOfBirth) .pcmt-date-native")
                .evaluate("e => { e.value = '1993-04-12'; e.dispatchEvent(new Event('change', {bubbles: true})); }");
        assertThat(birth).hasValue("12/04/1993");

        // the unit picker: the ward is typed by name without diacritics and picked from the list
        Locator commune = form.getByLabel("Xã/phường nơi ở");
        assertThat(commune).hasValue("Phường Phố Hiến — Hưng Yên"); // the officer's own, pre-filled, by name
        commune.fill("");
        commune.pressSequentially("pho hien");
        Locator option = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Phố Hiến"));
        assertThat(option.first()).containsText("Phường Phố Hiến — Hưng Yên");
        page.setViewportSize(390, 844);
        screenshot("picker-person-form-390");
        page.setViewportSize(1366, 900);
        screenshot("picker-person-form-1366");
        option.first().click();
        assertThat(commune).hasValue("Phường Phố Hiến — Hưng Yên");
        assertThat(form.locator("input[type=hidden][name=residenceCommuneCode]"))
                .hasValue("11953");

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("person-name")).containsText(name);
        assertThat(page.locator("main")).containsText("Phường Phố Hiến");
    }

    @Test
    void a_register_filter_shows_its_unit_by_name_and_the_help_link_opens_the_section_of_the_page() {
        login("tinh");
        page.navigate(url("/hotspots?unit=11953"));
        Locator unit = page.locator("input[data-testid=unit-picker]").first();
        assertThat(unit).hasValue("Phường Phố Hiến — Hưng Yên");
        assertThat(page.locator("input[type=hidden][name=unit]")).hasValue("11953");
        screenshot("picker-hotspots-filter-1366");
        page.setViewportSize(390, 844);
        screenshot("picker-hotspots-filter-390");

        Locator help = page.getByTestId("help-link");
        assertThat(help).isVisible();
        assertThat(help).hasAttribute("href", java.util.regex.Pattern.compile(".*/help#3a-.*"));
        help.click();
        assertThat(page.getByTestId("user-guide")).isVisible();
        assertThat(page.locator("h2[id^='3a-']")).containsText("Điểm, tụ điểm");
        viewport("help-390");
        page.setViewportSize(1366, 900);
        viewport("help-1366");
    }

    @Test
    void without_script_the_unit_field_takes_a_typed_code_and_the_date_field_a_typed_date() {
        var plain = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setViewportSize(1366, 900)
                .setLocale("vi-VN"));
        try {
            var p = plain.newPage();
            p.navigate(url("/login"));
            p.getByLabel("Tên đăng nhập").fill("xa1");
            p.getByLabel("Mật khẩu").fill(vn.pcmt.TestAccounts.PASSWORD);
            p.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            p.navigate(url("/people/new"));
            Locator commune = p.getByLabel("Xã/phường nơi ở");
            assertThat(commune).hasAttribute("name", "residenceCommuneCode");
            assertThat(commune).hasValue("11953");
            assertThat(p.locator("[data-testid=unit-picker], .pcmt-date-button"))
                    .hasCount(0);
            assertThat(p.getByLabel("Ngày sinh")).isEditable();
        } finally {
            plain.close();
        }
    }

    /** The visible part of the page only (the guide's whole page is tens of thousands of pixels long). */
    private void viewport(String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", name + ".png")));
    }

    /** A name no earlier run used (a repeated name would ask to confirm a possible duplicate). */
    private static String letters() {
        String alphabet = "abcdeghiklmnopqrstuvxy";
        long n = System.nanoTime();
        StringBuilder out = new StringBuilder("Th");
        for (int i = 0; i < 6; i++) {
            out.append(alphabet.charAt((int) (n % alphabet.length())));
            n /= alphabet.length();
        }
        return out.toString();
    }
}
