package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;

/** The facility register in a real browser (issue 18 item 1). */
class FacilityBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void the_standing_office_records_a_health_station_and_its_qualification() {
        String name = "Trạm Y tế phường Phố Hiến " + System.nanoTime() % 100_000;
        login("tinh");
        page.navigate(url("/facilities"));
        page.getByTestId("new-facility").click();
        Locator form = page.getByTestId("facility-form");
        form.getByLabel("Tên cơ sở").fill(name);
        form.getByLabel("Loại cơ sở").selectOption("HEALTH_STATION");
        form.getByLabel("Xã, phường").fill("11953");
        page.getByTestId("save-facility").click();
        assertThat(form.locator(".invalid-feedback:visible")).not().hasCount(0);

        page.getByTestId("facility-form")
                .getByLabel("Hoạt động từ ngày", new Locator.GetByLabelOptions().setExact(true))
                .fill("01/07/2025");
        page.getByTestId("save-facility").click();
        assertThat(page.getByTestId("facility-name")).hasText(name);
        assertThat(page.getByTestId("facility")).containsText("Trạm y tế xã, phường");

        Locator q = page.getByTestId("qualification-form");
        q.getByLabel("Nội dung").selectOption("DETERMINE_ADDICTION");
        q.getByLabel("Từ ngày", new Locator.GetByLabelOptions().setExact(true)).fill("01/09/2025");
        q.getByLabel("Quyết định, văn bản").fill("Quyết định số 125/QĐ-SYT");
        page.getByTestId("save-qualification").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("qualifications")).containsText("Xác định tình trạng nghiện ma túy");
        assertThat(page.getByTestId("qualifications")).containsText("01/09/2025");
        assertThat(page.getByTestId("qualifications")).containsText("Quyết định số 125/QĐ-SYT");
        screenshot("facility-qualified");

        page.navigate(url("/facilities?unit=11953&kind=HEALTH_STATION"));
        Locator row =
                page.getByTestId("facilities").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("facility-qualified")).hasText("Có");
    }
}
