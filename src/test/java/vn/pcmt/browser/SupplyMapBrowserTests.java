package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.TestClock;
import vn.pcmt.cases.internal.CaseForm;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.people.PeopleFixture;

/**
 * The supply map (ADR 045): a plot placed on the map by a click in its form, then destroyed, appears on the map of
 * cases, seizures and plots with the cases of the period; a case without a point is listed beside the map.
 */
class SupplyMapBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @Autowired
    CaseService cases;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Test
    void a_plot_placed_on_the_map_and_destroyed_shows_on_the_supply_map_with_the_cases() {
        String marker = "Vụ trên bản đồ " + System.nanoTime();
        long agency = jdbc.sql("select min(id) from agency where province_code = '33' and kind = 'POLICE'"
                        + " and deleted_at is null")
                .query(Long.class)
                .single();
        fixture.signIn("xa1");
        try {
            cases.record(new CaseForm(
                    "11953",
                    LocalDate.of(2026, 6, 3),
                    new BigDecimal("20.646000"),
                    new BigDecimal("106.051000"),
                    agency,
                    marker,
                    List.of("251"),
                    true,
                    false,
                    false,
                    false,
                    null,
                    null));
            cases.record(new CaseForm(
                    "11953",
                    LocalDate.of(2026, 6, 4),
                    null,
                    null,
                    agency,
                    marker + " không vị trí",
                    List.of("249"),
                    false,
                    false,
                    false,
                    false,
                    null,
                    null));
        } finally {
            fixture.signOut();
        }

        login("xa1");
        page.navigate(url("/cultivation/new"));
        Locator form = page.getByTestId("plot-form");
        form.getByLabel("Loài cây").selectOption("CANNABIS");
        form.getByLabel("Ngày phát hiện").fill("05/06/2026");
        String finder = "Tổ bản đồ " + System.nanoTime();
        form.getByLabel("Đơn vị phát hiện").fill(finder);
        form.getByLabel("Diện tích (m²)").fill("45");
        form.getByLabel("Số cây").fill("77");
        Locator pick = page.getByTestId("pick-map");
        assertThat(pick).hasAttribute("data-loaded", "true");
        pick.click();
        assertThat(form.getByLabel("Vĩ độ")).not().hasValue("");
        assertThat(form.getByLabel("Kinh độ")).not().hasValue("");
        screenshot("plot-on-map");
        page.getByTestId("save-plot").click();
        Locator row =
                page.getByTestId("plots").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(finder));
        assertThat(row).hasCount(1);
        row.getByTestId("destroy-open").click();
        row.getByTestId("destroy-form").getByLabel("Người, đơn vị phá bỏ").fill("Tổ công tác phường");
        row.getByTestId("destroy-form")
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        assertThat(page.locator(".alert-success")).isVisible();

        page.navigate(url("/cases"));
        page.getByTestId("case-map-link").click();
        page.navigate(url("/cases/map?unit=11953&from=01/06/2026&to=15/06/2026"));
        Locator map = page.getByTestId("supply-map");
        assertThat(map).hasAttribute("data-loaded", "true");
        // the case with a point and the plot are markers; the case without a point is listed
        assertThat(page.locator("#supply-points li[data-layer=CASE][data-name*=\"" + marker + "\"]"))
                .hasCount(1);
        assertThat(page.locator("#supply-points li[data-layer=PLOT][data-state=DESTROYED][data-name*=\"77 cây\"]"))
                .not()
                .hasCount(0);
        org.assertj.core.api.Assertions.assertThat(
                        map.locator("path.leaflet-interactive").count())
                .isGreaterThanOrEqualTo(2);
        Locator caseRows = page.getByTestId("map-cases").locator("tbody tr");
        assertThat(caseRows.filter(new Locator.FilterOptions().setHasText(marker + " không vị trí"))
                        .getByTestId("no-point"))
                .isVisible();
        assertThat(page.getByTestId("map-layer-supplyMap.layer.plots")).containsText("Cần sa, 45 m², 77 cây");
        assertThat(page.getByTestId("map-layer-supplyMap.layer.plots")).containsText("Đã phá bỏ");
        screenshot("supply-map");
        // a marker's popup: the case's date, articles and a link to it
        map.locator("path.leaflet-interactive").first().click();
        assertThat(page.locator(".leaflet-popup-content a")).isVisible();
    }
}
