package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.substitution.internal.Medicine;
import vn.pcmt.substitution.internal.SubstitutionService;
import vn.pcmt.substitution.internal.TreatmentForm;

/**
 * A substitution clinic's health worker in a real browser (ADR 053): sees the clinic's patients, records a dose given
 * and a counselling session at the clinic.
 */
class ClinicRecordsBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    SubstitutionService substitution;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void the_clinics_health_worker_records_a_dose_and_a_counselling_session() {
        long serial = System.nanoTime() % 100_000;
        String clinic = "Cơ sở điều trị Nhân Viên " + serial;
        long clinicId = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " select id, 'SUBSTITUTION_CLINIC', :n, true, '2020-01-01' from admin_unit"
                        + " where code = '11953' and valid_to is null returning id")
                .param("n", clinic)
                .query(Long.class)
                .single();
        String name = "Lò Văn Cấp Phát " + serial;
        String neighbour = "Lò Văn Hàng Xóm " + serial;
        long personId;
        fixture.signIn("tinh");
        try {
            personId = fixture.person("11953", name, LocalDate.of(1984, 8, 8)).getId();
            fixture.person("11953", neighbour, LocalDate.of(1984, 9, 9));
            substitution.record(new TreatmentForm(
                    personId, clinicId, LocalDate.of(2026, 5, 2), Medicine.METHADONE, "60 mg/ngày", null, null, null));
        } finally {
            fixture.signOut();
        }
        String staff = "ytemethadone" + serial;
        accounts.createAtClinic(staff, clinicId);

        login(staff);
        page.navigate(url("/substitution"));
        assertThat(page.getByTestId("patients")).containsText(name);
        assertThat(page.getByTestId("patients")).not().containsText(neighbour);
        page.getByTestId("patients").getByText(name).click();
        page.getByTestId("dispensings-link").first().click();
        assertThat(page.getByTestId("no-doses")).isVisible();
        Locator form = page.getByTestId("dispensing-form");
        form.getByLabel("Ngày cấp").fill("15/06/2026");
        form.getByLabel("Liều (mg)").fill("65");
        page.getByTestId("save-dispensing").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("doses")).containsText("15/06/2026");
        assertThat(page.getByTestId("doses")).containsText("65");
        screenshot("clinic-dispensing");

        page.navigate(url("/people/" + personId + "/counselling"));
        Locator counselling = page.getByTestId("counselling-form");
        assertThat(counselling.locator("input[data-testid=facility-picker]"))
                .hasValue(java.util.regex.Pattern.compile("^" + clinic + " — "));
        counselling.getByLabel("Ngày tư vấn").fill("14/06/2026");
        counselling.getByLabel("Hình thức").selectOption("FAMILY");
        counselling.getByLabel("Chủ đề").selectOption("RELAPSE_PREVENTION");
        page.getByTestId("save-counselling").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("sessions")).containsText("Phòng chống tái nghiện");
        assertThat(page.getByTestId("sessions")).containsText(clinic);
        screenshot("clinic-counselling");

        page.navigate(url("/counselling"));
        assertThat(page.getByTestId("sessions")).containsText(name);
    }
}
