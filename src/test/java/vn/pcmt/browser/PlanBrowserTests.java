package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The standing office enters a plan that PCMT does not ship, with three targets, and sees their progress. */
class PlanBrowserTests extends BrowserTest {

    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 6, 15);

    @org.springframework.beans.factory.annotation.Autowired
    vn.pcmt.TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void a_new_plan_is_entered_through_the_pages_and_its_progress_is_computed() throws java.io.IOException {
        login("tinh");
        page.navigate(url("/plans?province=33"));
        Locator plan = page.getByTestId("plan-form");
        plan.getByLabel("Số hiệu").fill("77/KH-UBND");
        plan.getByLabel("Cơ quan ban hành").fill("Ủy ban nhân dân tỉnh Hưng Yên");
        plan.getByLabel("Tiêu đề (trích yếu)").fill("Kế hoạch phòng, chống ma túy năm 2026");
        page.getByTestId("create-plan").click();
        assertThat(page.getByTestId("plan-title")).containsText("77/KH-UBND");

        addTarget("T1", "Không còn điểm, tụ điểm hoạt động", "hotspots.active", "VALUE", "", "LE", "0");
        addTarget(
                "T2",
                "Trên 90% người có hồ sơ được tư vấn",
                "people.counselled",
                "SHARE",
                "people.with_record",
                "GT",
                "90");
        addTarget("T3", "Số người nghiện giảm so với năm trước", "people.addicts", "GROWTH", "", "LT", "0");

        planTab("targets");
        Locator progress = page.getByTestId("progress");
        assertThat(progress.locator("tr[data-code]")).hasCount(3);
        assertThat(progress.locator("tr[data-code=T1] [data-testid=value]"))
                .not()
                .hasText("—");
        assertThat(progress.locator("tr[data-code=T2]")).containsText("%");
        screenshot("plan-progress");

        // two tasks for two agencies; the department of health reports on its own
        addTask("Rà soát trạm y tế đủ điều kiện xác định tình trạng nghiện", "Sở Y tế");
        addTask("Tuyên truyền phòng, chống ma túy trong trường học", "Sở Giáo dục và Đào tạo");
        assertThat(page.getByTestId("tasks").locator("[data-task]")).hasCount(2);
        String planUrl = page.url();

        context.clearCookies();
        login("soyte");
        page.navigate(url("/tasks"));
        Locator mine = page.getByTestId("tasks")
                .locator("[data-task]", new Locator.LocatorOptions().setHasText("Rà soát trạm y tế"));
        assertThat(page.getByTestId("tasks")).not().containsText("trong trường học");
        Locator report = mine.getByTestId("report-form");
        report.getByLabel("Tình trạng").selectOption("IN_PROGRESS");
        report.getByLabel("Tiến độ (%)").fill("60");
        report.getByLabel("Kết quả thực hiện").fill("Đã rà soát 60 trạm");
        java.nio.file.Path minutes = java.nio.file.Files.createTempFile("bien-ban", ".pdf");
        java.nio.file.Files.writeString(minutes, "%PDF-1.4 biên bản rà soát");
        report.getByLabel("Tệp kèm theo (PDF, JPG, PNG; tối đa 5 MB)").setInputFiles(minutes);
        report.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Báo cáo tiến độ"))
                .click();
        assertThat(mine).containsText("60%");
        assertThat(mine.getByTestId("task-file"))
                .containsText(minutes.getFileName().toString());
        assertThat(mine).containsText("Đang thực hiện");
        screenshot("tasks-department");

        context.clearCookies();
        login("tinh");
        page.navigate(planUrl);

        // a target without a denominator for a share is refused on the form
        addTarget("T4", "Tỷ lệ thiếu mẫu số", "hotspots.arisen", "SHARE", "", "GE", "80");
        // the rule names the denominator: its message stands beside that field (ADR 019)
        assertThat(page.getByTestId("target-form").locator("#denominator + .invalid-feedback"))
                .containsText("cần chỉ số mẫu số");
        assertThat(page.getByTestId("progress").locator("tr[data-code]")).hasCount(3);
    }

    private void addTask(String text, String agency) {
        planTab("tasks");
        Locator f = page.getByTestId("task-form");
        f.getByLabel("Nội dung nhiệm vụ").fill(text);
        f.getByLabel("Cơ quan chủ trì")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(agency));
        f.getByLabel("Hạn hoàn thành")
                .fill(TODAY.plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByTestId("add-task").click();
    }

    private void addTarget(
            String code,
            String text,
            String metric,
            String form,
            String denominator,
            String comparison,
            String threshold) {
        planTab("targets");
        Locator f = page.getByTestId("target-form");
        f.getByLabel("Mã").fill(code);
        f.getByLabel("Chỉ tiêu").fill(text);
        // the metric pickers are inputs over the catalogue (a datalist): the code is typed or picked by its name
        f.getByLabel("Chỉ số", new Locator.GetByLabelOptions().setExact(true)).fill(metric);
        f.getByLabel("Cách tính").selectOption(form);
        f.getByLabel("Chỉ số mẫu số (khi tính tỷ lệ)").fill(denominator);
        f.getByLabel("So sánh", new Locator.GetByLabelOptions().setExact(true)).selectOption(comparison);
        f.getByLabel("Ngưỡng", new Locator.GetByLabelOptions().setExact(true)).fill(threshold);
        page.getByTestId("add-target").click();
    }
}
