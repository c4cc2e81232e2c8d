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

/** Substitution treatment in a real browser (issue 18 item 3, ADR 044): record a patient, stop the treatment. */
class SubstitutionBrowserTests extends BrowserTest {

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
    void the_standing_office_records_a_patient_and_stops_the_treatment() {
        String clinic = "Cơ sở điều trị Methadone Phố Hiến " + System.nanoTime() % 100_000;
        long clinicId = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " select id, 'SUBSTITUTION_CLINIC', :n, true, '2020-01-01' from admin_unit"
                        + " where code = '11953' and valid_to is null returning id")
                .param("n", clinic)
                .query(Long.class)
                .single();
        String name = "Kiều Văn Thay Thế " + System.nanoTime() % 100_000;
        fixture.signIn("tinh");
        long personId;
        try {
            personId = fixture.person("11953", name, LocalDate.of(1987, 7, 7)).getId();
        } finally {
            fixture.signOut();
        }

        login("tinh");
        page.navigate(url("/substitution/people/" + personId));
        assertThat(page.getByTestId("no-episodes")).isVisible();
        page.getByTestId("start-treatment").click();
        Locator form = page.getByTestId("episode-form");
        form.getByLabel("Cơ sở điều trị").selectOption(String.valueOf(clinicId));
        form.getByLabel("Ngày bắt đầu").fill("01/03/2026");
        form.getByLabel("Phác đồ, liều").fill("60 mg/ngày");
        page.getByTestId("save-episode").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("person-name")).hasText(name);
        Locator episodes = page.getByTestId("episodes");
        assertThat(episodes).containsText(clinic);
        assertThat(episodes.getByTestId("episode-stop")).hasText("Đang điều trị");
        screenshot("substitution-patient");

        page.navigate(url("/substitution?unit=11953&clinic=" + clinicId));
        assertThat(page.getByTestId("patients")).containsText(name);

        page.navigate(url("/substitution/people/" + personId));
        Locator stop = page.getByTestId("stop-form");
        stop.getByLabel("Ngày cuối cùng điều trị").fill("10/06/2026");
        stop.getByLabel("Lý do").selectOption("QUIT");
        page.getByTestId("save-stop").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("episodes").getByTestId("episode-stop")).hasText("10/06/2026 (Tự ý bỏ điều trị)");
        assertThat(page.getByTestId("start-treatment")).isVisible();
        screenshot("substitution-stopped");

        page.navigate(url("/substitution?unit=11953&mode=STARTED&from=01/01/2026&to=15/06/2026"));
        Locator row =
                page.getByTestId("patients").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row.getByTestId("patient-stop")).hasText("10/06/2026 (Tự ý bỏ điều trị)");
    }
}
