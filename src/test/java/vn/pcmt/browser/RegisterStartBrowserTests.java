package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The standing office enters from when Phường Phố Hiến keeps the hotspot register, moves it, is told why a date after
 * today is refused, and deletes it.
 */
class RegisterStartBrowserTests extends BrowserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    vn.pcmt.TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void the_office_enters_moves_and_deletes_when_a_ward_started_a_register() {
        login("tinh");
        page.navigate(url("/figures?province=33"));
        page.getByTestId("register-starts-link").click();
        assertThat(page.getByTestId("start-form")).isVisible();

        Locator form = page.getByTestId("start-form");
        form.getByLabel("Đơn vị hành chính").selectOption("11953");
        form.getByLabel("Sổ").selectOption("HOTSPOTS");
        form.getByLabel("Dùng từ ngày").fill("01/03/2024");
        page.getByTestId("save-start").click();
        Locator row = page.getByTestId("register-starts").locator("tr[data-unit='11953'][data-register='HOTSPOTS']");
        assertThat(row.getByTestId("since")).hasText("01/03/2024");
        screenshot("register-starts");

        // entered again: the date moves, no second row
        form = page.getByTestId("start-form");
        form.getByLabel("Đơn vị hành chính").selectOption("11953");
        form.getByLabel("Sổ").selectOption("HOTSPOTS");
        form.getByLabel("Dùng từ ngày").fill("15/12/2023");
        page.getByTestId("save-start").click();
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("since")).hasText("15/12/2023");

        // a date after today is refused on the form, in words
        form = page.getByTestId("start-form");
        form.getByLabel("Dùng từ ngày").fill("16/06/2026");
        page.getByTestId("save-start").click();
        assertThat(page.getByTestId("form-errors")).containsText("không được sau hôm nay");

        page.onceDialog(dialog -> dialog.accept());
        row.getByTestId("delete-start").click();
        assertThat(page.locator("tr[data-unit='11953'][data-register='HOTSPOTS']"))
                .hasCount(0);
    }
}
