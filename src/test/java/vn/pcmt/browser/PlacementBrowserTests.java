package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.TestClock;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.Person;

/** A rehab facility's staff admit and discharge a person at their facility in a real browser (ADR 043). */
class PlacementBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void the_facilitys_staff_admit_and_discharge_a_person() {
        long facility = jdbc.sql("select facility_id from user_account where username = 'cosocainghien'")
                .query(Long.class)
                .single();
        fixture.signIn("tinh");
        Person person =
                fixture.person("11983", "Vũ Văn Tiếp Nhận " + System.nanoTime() % 1000, LocalDate.of(1991, 7, 7));
        fixture.signOut();

        login("cosocainghien");
        page.navigate(url("/facilities/" + facility));
        assertThat(page.getByTestId("occupancy")).isVisible();
        String before = page.getByTestId("occupancy-va").innerText();
        page.getByTestId("placements-link").click();

        Locator form = page.getByTestId("admission-form");
        form.getByLabel("Số định danh cá nhân").fill(person.getIdNumber());
        form.getByLabel("Năm sinh").fill("1991");
        form.getByLabel("Hình thức cai nghiện").selectOption("VOLUNTARY_FACILITY");
        form.getByLabel("Từ ngày").fill("01/06/2026");
        form.getByLabel("Dự kiến kết thúc").fill("30/11/2026");
        form.getByLabel("Số quyết định").fill("15/QĐ-CSCN");
        page.getByTestId("admit").click();
        assertThat(page.locator(".alert-success")).isVisible();
        Locator row = page.getByTestId("placed")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(person.getFullName()));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("01/06/2026");
        screenshot("placement-admitted");

        page.navigate(url("/facilities/" + facility));
        assertThat(page.getByTestId("occupancy-va")).not().hasText(before);
        screenshot("facility-occupancy");

        page.navigate(url("/facilities/" + facility + "/placements"));
        row = page.getByTestId("placed")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(person.getFullName()));
        Locator discharge = row.getByTestId("discharge-form");
        discharge.getByLabel("Ngày").fill("15/06/2026");
        discharge.getByLabel("Lý do kết thúc").selectOption("ABSCONDED");
        row.getByTestId("discharge").click();
        assertThat(page.locator(".alert-success")).isVisible();
        page.navigate(url("/facilities/" + facility + "/placements?on=16/06/2026"));
        assertThat(page.locator("body")).not().containsText(person.getFullName());
        screenshot("placement-discharged");
    }
}
