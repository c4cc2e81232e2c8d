package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.TestClock;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.AdmissionForm;
import vn.pcmt.people.internal.PlacementService;
import vn.pcmt.people.internal.RehabForm;

/**
 * The person and facility pickers of the substitution and placement forms, and the correction of a stop (ADR 053): the
 * standing office types a patient's name without diacritics and picks them, stops and corrects the stop; it transfers
 * a placed person to a facility typed by name.
 */
class ServicePickerBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlacementService placements;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    private long facility(String kind, String name) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from, voluntary_adults,"
                        + " voluntary_minors, compulsory_adults, compulsory_minors)"
                        + " select id, :k, :n, true, '2020-01-01', 10, 10, 10, 10 from admin_unit"
                        + " where code = '11953' and valid_to is null returning id")
                .param("k", kind)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void the_office_picks_a_patient_by_name_and_corrects_the_stop() {
        long serial = System.nanoTime() % 100_000;
        String clinic = "Cơ sở điều trị Chọn Tên " + serial;
        long clinicId = facility("SUBSTITUTION_CLINIC", clinic);
        String name = "Quách Văn Chọn " + serial;
        fixture.signIn("tinh");
        try {
            fixture.person("11953", name, LocalDate.of(1986, 6, 6));
        } finally {
            fixture.signOut();
        }

        login("tinh");
        page.navigate(url("/substitution/new"));
        Locator form = page.getByTestId("episode-form");
        Locator person = form.locator("input[data-testid=person-picker]");
        person.pressSequentially("quach van chon " + serial);
        Locator option = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(name));
        assertThat(option.first()).containsText("1986");
        assertThat(option.first()).containsText("***"); // the number masked, as the register's list shows it
        option.first().click();
        form.getByLabel("Cơ sở điều trị").selectOption(String.valueOf(clinicId));
        form.getByLabel("Ngày bắt đầu").fill("01/03/2026");
        screenshot("substitution-person-picker");
        page.getByTestId("save-episode").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("person-name")).hasText(name);

        Locator stop = page.getByTestId("stop-form");
        stop.getByLabel("Ngày cuối cùng điều trị").fill("10/06/2026");
        stop.getByLabel("Lý do").selectOption("QUIT");
        page.getByTestId("save-stop").click();
        assertThat(page.getByTestId("episodes").getByTestId("episode-stop")).hasText("10/06/2026 (Tự ý bỏ điều trị)");

        // the stop corrected: another day and reason, the legal record following
        page.getByTestId("episodes")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa"))
                .click();
        Locator correction = page.getByTestId("stop-correction-form");
        correction.locator("input[name=stopDate]").fill("12/06/2026");
        correction.locator("select[name=reason]").selectOption("COMPLETED");
        screenshot("substitution-stop-correction");
        page.getByTestId("save-stop-correction").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("episodes").getByTestId("episode-stop")).containsText("12/06/2026");
    }

    @Test
    void the_office_transfers_a_placed_person_to_a_facility_typed_by_name() {
        long serial = System.nanoTime() % 100_000;
        long from = facility("PUBLIC_REHAB", "Cơ sở cai nghiện Xuất Phát " + serial);
        String target = "Cơ sở cai nghiện Đích Đến " + serial;
        facility("PUBLIC_REHAB", target);
        String name = "Quách Văn Chuyển " + serial;
        fixture.signIn("tinh");
        try {
            long id = fixture.person("11953", name, LocalDate.of(1985, 5, 5)).getId();
            placements.admit(
                    from,
                    new AdmissionForm(
                            id,
                            null,
                            null,
                            RehabForm.VOLUNTARY_FACILITY,
                            TODAY.minusMonths(1),
                            TODAY.plusMonths(5),
                            null,
                            null,
                            null));
        } finally {
            fixture.signOut();
        }

        login("tinh");
        page.navigate(url("/facilities/" + from + "/placements"));
        Locator transfer = page.getByTestId("transfer-form").first();
        Locator box = transfer.locator("input[data-testid=facility-picker]");
        box.pressSequentially("dich den " + serial);
        Locator option = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(target));
        assertThat(option.first()).containsText("Phố Hiến");
        option.first().click();
        screenshot("placement-facility-picker");
        transfer.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("placed-none")).isVisible();
    }
}
