package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.metrics.KeptRegisters;

/**
 * Hưng Yên keeps its registers from 1/1/2025: the standing office picks "hotspots arisen" by searching it, is told
 * in words that 2025 comes from the register, enters a commune's figure of 2024 instead and accepts it (ADR 035).
 */
class StandInFiguresBrowserTests extends BrowserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    vn.pcmt.TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
        cleanUp();
        KeptRegisters.keep(jdbc, "33", TODAY, LocalDate.of(2025, 1, 1));
    }

    @AfterEach
    void forget() {
        KeptRegisters.forget(jdbc, "33");
        cleanUp();
    }

    void cleanUp() {
        jdbc.sql("delete from manual_figure where metric_id in (select id from manual_metric where code not like"
                        + " 'manual.%')")
                .update();
        jdbc.sql("delete from manual_metric where code not like 'manual.%'").update();
    }

    @Test
    void the_office_enters_a_figure_of_2024_for_the_hotspot_register_and_is_refused_2025() {
        login("tinh");
        page.navigate(url("/figures?province=33"));
        Locator pick = page.getByTestId("stand-in-form");
        assertThat(pick.locator("#standInCode")).hasAttribute("list", "metric-options");
        assertThat(pick.locator("#metric-options option[value='hotspots.arisen']"))
                .hasCount(1);
        // only registers' metrics
        assertThat(pick.locator("#metric-options option[value='units.communes']"))
                .hasCount(0);
        pick.locator("#standInCode").fill("hotspots.arisen");
        page.getByTestId("open-stand-in").click();

        assertThat(page.getByTestId("stand-in-help")).containsText("chỉ nhập cho kỳ bắt đầu trước ngày đơn vị dùng sổ");
        assertThat(page.getByTestId("register-since")).containsText("01/01/2025");
        // the period offered is the last year before the province kept the register
        assertThat(page.getByTestId("figure-form").locator("#periodFrom")).hasValue("01/01/2024");
        assertThat(page.getByTestId("definition-form")).hasCount(0);
        Locator form = page.getByTestId("figure-form");
        form.locator("#unitCode").fill("11953");
        form.locator("#periodFrom").fill("01/01/2025");
        form.locator("#periodTo").fill("31/12/2025");
        form.locator("#value").fill("3");
        page.getByTestId("enter-figure").click();
        assertThat(page.getByTestId("figure-form")).containsText("dùng sổ này trong PCMT từ 01/01/2025");
        screenshot("stand-in-refused");

        form = page.getByTestId("figure-form");
        form.locator("#unitCode").fill("11956");
        form.locator("#periodFrom").fill("01/01/2024");
        form.locator("#periodTo").fill("31/12/2024");
        form.locator("#value").fill("3");
        page.getByTestId("enter-figure").click();
        Locator row = page.getByTestId("figures").locator("tr[data-unit='11956']");
        assertThat(row).containsText("Phường An Tảo");
        assertThat(row).hasAttribute("data-status", "SUBMITTED");
        row.getByTestId("accept").click();
        assertThat(page.getByTestId("figures").locator("tr[data-unit='11956']"))
                .hasAttribute("data-status", "ACCEPTED");
        screenshot("stand-in-figure");

        page.navigate(url("/figures?province=33"));
        assertThat(page.getByTestId("stand-ins").locator("tr[data-code='hotspots.arisen']"))
                .isVisible();
        screenshot("stand-in-list");
    }
}
