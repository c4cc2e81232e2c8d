package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.FileInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Manual figures and the plan dashboard in Hưng Yên's demo plan: the department of health enters a figure, the
 * standing office accepts it from its work list, then reads the dashboard, drills down to a commune and takes the
 * table to Excel.
 */
class DashboardBrowserTests extends BrowserTest {

    /**
     * Left on the real day: the dashboard shows the demo plan's figures, which the demo data enters at start-up for
     * the last 30 June before the real day, so the day is the one the demo data was made on.
     */
    @org.springframework.beans.factory.annotation.Autowired
    vn.pcmt.TestClock clock;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_department_enters_a_figure_the_office_accepts_it_and_the_dashboard_drills_down() throws IOException {
        int lastYear = clock.today().getYear() - 1;
        // the HY template's figures of the health department all come from registers now (issue 18): the province
        // defines one of its own for the department
        jdbc.sql("insert into manual_metric (province_code, code, name, definition, kind, unit, agency_id)"
                        + " select '33', 'manual.counselled_at_stations', 'Người được tư vấn tại trạm y tế',"
                        + " 'Số người được tư vấn về ma túy tại trạm y tế xã trong kỳ.', 'FLOW', 'người', a.id"
                        + " from agency a where a.province_code = '33' and a.code = 'SYT' and a.deleted_at is null"
                        + " and not exists (select 1 from manual_metric m where m.province_code = '33'"
                        + " and m.code = 'manual.counselled_at_stations' and m.deleted_at is null)")
                .update();
        login("soyte");
        page.navigate(url("/figures"));
        page.getByText(
                        "Người được tư vấn tại trạm y tế",
                        new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
                .click();
        Locator form = page.getByTestId("figure-form");
        form.getByLabel("Từ ngày").fill("01/01/" + lastYear);
        form.getByLabel("Đến ngày").fill("31/12/" + lastYear);
        form.getByLabel("Giá trị (người)").fill("-5");
        page.getByTestId("enter-figure").click();
        assertThat(page.getByTestId("figure-form")).containsText("Không được nhỏ hơn 0");
        page.getByTestId("figure-form").getByLabel("Giá trị (người)").fill("90");
        page.getByTestId("enter-figure").click();
        Locator row = page.getByTestId("figures").locator("tr[data-status=SUBMITTED]");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("31/12/" + lastYear);
        String metricUrl = page.url();
        screenshot("figure-entered");

        context.clearCookies();
        login("tinh");
        page.navigate(url("/"));
        // the work list names the figure waiting for review (ADR 047; in a full run other tests' figures wait too, so
        // the group may be folded: WorkListBrowserTests follows an item), then its page
        assertThat(page.locator("[data-testid=work-item][data-group=FIGURES_TO_REVIEW]"))
                .not()
                .hasCount(0);
        page.navigate(metricUrl);
        page.getByTestId("figures")
                .locator("tr[data-status=SUBMITTED]")
                .getByTestId("accept")
                .click();
        assertThat(page.getByTestId("figures").locator("tr[data-status=SUBMITTED]"))
                .hasCount(0);
        assertThat(page.getByTestId("figures").locator("tr[data-status=ACCEPTED]"))
                .not()
                .hasCount(0);

        // the demo's plan (other tests copy the same template into Hưng Yên again)
        long demoPlan = jdbc.sql(
                        "select min(id) from plan where province_code = '33' and template_code = 'HY-135-2025'")
                .query(Long.class)
                .single();
        page.navigate(url("/plans/" + demoPlan + "?tab=targets"));
        // each target says where its figures come from (ADR 037)
        Locator targets = page.getByTestId("progress");
        assertThat(targets.locator("tr[data-code=HY5a] [data-testid=source]")).hasAttribute("data-source", "REGISTER");
        assertThat(targets.locator("tr[data-code=HY5a] [data-testid=source]")).hasText("Từ sổ đăng ký");
        assertThat(targets.locator("tr[data-code=HY4] [data-testid=source]")).hasText("Nhập tay");
        assertThat(targets.locator("tr[data-code=HY10b] [data-testid=source]")).hasText("Từ sổ đăng ký");
        screenshot("plan-target-sources");
        page.getByTestId("to-dashboard").click();
        Locator table = page.getByTestId("dashboard-table");
        assertThat(table.locator("tr[data-code=HY4]")).containsText("83,3");
        assertThat(table.locator("tr[data-code=HY-X1]")).containsText("đơn vị đạt");
        assertThat(page.locator(".pcmt-chart[data-drawn=true]").first()).isVisible();
        screenshot("plan-dashboard");

        Download download =
                page.waitForDownload(() -> page.getByTestId("progress-xlsx").click());
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new FileInputStream(download.path().toFile()))) {
            DataFormatter text = new DataFormatter();
            boolean found = false;
            for (Row r : workbook.getSheetAt(0)) {
                if ("HY4".equals(text.formatCellValue(r.getCell(0)))) {
                    found = true;
                    assertThat(r.getCell(4).getNumericCellValue())
                            .isCloseTo(83.3, org.assertj.core.data.Offset.offset(0.01));
                    assertThat(text.formatCellValue(r.getCell(11))).isEqualTo("Nhập tay");
                }
            }
            assertThat(found).isTrue();
        }

        table.locator("tr[data-code=HY-X1] a").click();
        Locator units = page.getByTestId("units");
        assertThat(units.locator("tr[data-unit]").first()).isVisible();
        assertThat(units.locator("tr[data-unit]")).not().hasCount(0);
        screenshot("target-by-commune");
        units.locator("tr[data-unit=\"11953\"] a").first().click();
        assertThat(page.getByTestId("units").locator("tr[data-unit]")).hasCount(1);
        assertThat(page.getByTestId("records")).isVisible();
        page.getByTestId("records").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/hotspots\\?unit=11953.*"));
    }
}
