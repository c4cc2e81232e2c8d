package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.PlanService;

/**
 * The national dashboard as the administrator and the province's own as its standing office (issue 20 item 1, ADR
 * 054), in a real browser: the map of the 34 provinces, the sort by a column heading, the drill-down province →
 * communes → records, the trend, a target's status, the export, and a phone's width.
 */
class OverviewBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @Autowired
    PlanService plans;

    @Autowired
    PeopleFixture fixture;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    /** What is on the screen, without scrolling (the full-page screenshots of long tables are too tall to read). */
    private void view(String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(false));
    }

    private void fitsThePhone() {
        page.setViewportSize(390, 844);
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(fits)
                .as("nothing wider than the phone but the scrolling table")
                .isEqualTo(true);
    }

    @Test
    void the_administrator_reads_the_country_on_the_map_sorts_it_and_drills_down_to_a_province() {
        login("admin");
        page.getByTestId("nav-plans").click();
        page.getByTestId("nav-overview").click();
        assertThat(page.getByTestId("overview-title")).containsText("Tổng quan toàn quốc");
        assertThat(page.getByTestId("overview-table").locator("tbody tr")).hasCount(34);
        Locator map = page.getByTestId("overview-map");
        assertThat(map).hasAttribute("data-loaded", "true");
        assertThat(map).hasAttribute("data-features", "34");
        assertThat(map.locator("path.leaflet-interactive")).hasCount(34);

        page.getByTestId("overview-form").getByLabel("Chỉ số tô màu").selectOption("units.communes");
        page.getByTestId("overview-view").click();
        page.getByTestId("sort-units.communes").click();
        Locator first = page.getByTestId("overview-table").locator("tbody tr").first();
        assertThat(first).hasAttribute("data-code", "79");
        assertThat(first).containsText("168");
        assertThat(page.getByTestId("overview-trend")).hasAttribute("data-drawn", "true");
        assertThat(page.getByTestId("overview-legend")).containsText("≥");
        assertThat(page.locator("body")).not().containsText("??");
        screenshot("overview-country");
        view("overview-country-top");
        page.getByTestId("sort-units.communes").click();
        assertThat(page.getByTestId("overview-table").locator("tbody tr").first())
                .hasAttribute("data-code", "12");

        page.getByTestId("overview-table")
                .locator("tr[data-code='33']")
                .getByTestId("drill")
                .click();
        assertThat(page.getByTestId("overview-title")).containsText("Hưng Yên");
        assertThat(page.getByTestId("overview-table").locator("tbody tr")).hasCount(104);
        assertThat(page.getByTestId("overview-tiles").locator("li")).hasCount(104);
        screenshot("overview-country-drilled");
        page.getByTestId("to-country").click();
        assertThat(page.getByTestId("overview-table").locator("tbody tr")).hasCount(34);
        fitsThePhone();
        view("overview-country-phone");
    }

    @Test
    void the_standing_office_reads_its_communes_with_a_target_and_goes_to_the_records_and_to_excel() {
        fixture.signIn("tinh");
        Plan plan = plans.copyTemplate("HY-135-2025", "33", 0);
        String target = String.valueOf(plans.targets(plan.getId()).get(0).getId());
        fixture.signOut();

        login("tinh");
        page.navigate(url("/overview"));
        assertThat(page.getByTestId("overview-title")).containsText("Hưng Yên");
        assertThat(page.getByTestId("overview-table").locator("tbody tr")).hasCount(104);
        assertThat(page.getByTestId("overview-map")).hasCount(0);
        assertThat(page.getByTestId("to-country")).hasCount(0);

        Locator form = page.getByTestId("overview-form");
        form.getByLabel("Kế hoạch").selectOption(String.valueOf(plan.getId()));
        page.getByTestId("overview-view").click();
        page.getByTestId("overview-form").getByLabel("Chỉ tiêu").selectOption(target);
        page.getByTestId("overview-view").click();
        assertThat(page.getByTestId("sort-status")).isVisible();
        assertThat(page.getByTestId("overview-table")
                        .locator("tbody tr")
                        .first()
                        .locator(".badge"))
                .hasCount(1);
        assertThat(page.getByTestId("overview-trend-table").locator("tr")).hasCount(8);
        screenshot("overview-province-target");
        view("overview-province-target-top");

        page.getByTestId("sort-status").click();
        assertThat(page.getByTestId("overview-table").locator("tbody tr")).hasCount(104);

        // the export: the reason is asked, the file comes
        page.getByTestId("overview-export-form").getByLabel("Lý do xuất").fill("Báo cáo quý II");
        Download download =
                page.waitForDownload(() -> page.getByTestId("overview-export").click());
        assertThat(download.suggestedFilename()).startsWith("tong-quan-33").endsWith(".xlsx");

        // the drill-down to the records: the people of a commune on the date
        page.navigate(url("/overview?metric=people.addicts&date=15/06/2026"));
        page.getByTestId("overview-table")
                .locator("tr[data-code='11953']")
                .getByTestId("records")
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/people\\?commune=11953"));

        page.navigate(url("/overview?by=month"));
        assertThat(page.getByTestId("overview-trend-table").locator("tr")).hasCount(12);
        assertThat(page.locator("body")).not().containsText("??");
        fitsThePhone();
        view("overview-province-phone");
    }
}
