package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;

/** Outreach and legal aid in a real browser (issue 18 items 4 and 5). */
class OutreachBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void an_officer_records_an_outreach_activity_reaching_two_schools() {
        String mark = Long.toString(System.nanoTime() % 100_000);
        String first = "Trường THCS Hoa Sen " + mark;
        String second = "Trường Tiểu học Lê Lợi " + mark;
        login("xa1");
        for (String school : new String[] {first, second}) {
            page.navigate(url("/outreach/schools"));
            page.getByTestId("new-school").click();
            Locator form = page.getByTestId("school-form");
            assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
            form.getByLabel("Tên trường").fill(school);
            form.getByLabel("Cấp học").selectOption(school.contains("THCS") ? "LOWER_SECONDARY" : "PRIMARY");
            page.getByTestId("save-school").click();
            assertThat(page.locator(".alert-success")).isVisible();
        }
        assertThat(page.getByTestId("schools")).containsText(first);

        page.navigate(url("/outreach"));
        page.getByTestId("new-activity").click();
        Locator form = page.getByTestId("activity-form");
        form.getByLabel("Hình thức").selectOption("TALK");
        form.getByLabel("Đối tượng").selectOption("STUDENTS");
        form.getByLabel("Số người tham dự").fill("350");
        form.getByLabel("Trường học").selectOption(new SelectOption[] {
            new SelectOption().setLabel(first + " (Phường Phố Hiến)"),
            new SelectOption().setLabel(second + " (Phường Phố Hiến)")
        });
        page.getByTestId("save-activity").click();
        assertThat(page.getByTestId("activity-form").locator(".invalid-feedback:visible"))
                .not()
                .hasCount(0);

        page.getByTestId("activity-form")
                .getByLabel("Nội dung")
                .fill("Nói chuyện chuyên đề phòng, chống ma túy học đường");
        page.getByTestId("save-activity").click();
        assertThat(page.getByTestId("activity-title")).hasText("Nói chuyện chuyên đề phòng, chống ma túy học đường");
        Locator schools = page.getByTestId("activity-schools").locator("li");
        assertThat(schools).hasCount(2);
        assertThat(page.getByTestId("activity-schools")).containsText(first);
        assertThat(page.getByTestId("activity-schools")).containsText(second);
        assertThat(page.getByTestId("activity-communes")).containsText("Phường Phố Hiến");
        assertThat(page.getByTestId("activity")).containsText("350");
        screenshot("outreach-activity");

        page.navigate(url("/outreach"));
        Locator row = page.getByTestId("activities")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("phòng, chống ma túy học đường"));
        assertThat(row.first()).containsText("15/06/2026");
        assertThat(row.first()).containsText("Học sinh, sinh viên");
    }

    @Test
    void an_officer_answers_a_legal_aid_request() {
        login("xa1");
        page.navigate(url("/legal-aid"));
        page.getByTestId("new-request").click();
        Locator form = page.getByTestId("request-form");
        assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
        form.getByLabel("Nội dung yêu cầu").fill("Tư vấn pháp luật về cai nghiện ma túy tự nguyện tại gia đình");
        page.getByTestId("save-request").click();
        assertThat(page.getByTestId("request-served")).hasText("Chưa trợ giúp");

        Locator answer = page.getByTestId("answer-form");
        answer.getByLabel("Thuộc diện được trợ giúp").selectOption("true");
        answer.getByLabel("Ngày trợ giúp").fill("15/06/2026");
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("answer-form").locator(".invalid-feedback:visible, .alert-danger"))
                .not()
                .hasCount(0);

        page.getByTestId("answer-form")
                .getByLabel("Hoặc tên trung tâm")
                .fill("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hưng Yên");
        page.getByTestId("save-answer").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("request-eligible")).hasText("Có");
        assertThat(page.getByTestId("request-served"))
                .hasText("Đã trợ giúp ngày 15/06/2026, bởi Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hưng Yên");
        screenshot("legal-aid-answered");
    }
}
