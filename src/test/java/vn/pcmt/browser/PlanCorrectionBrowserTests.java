package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;

/**
 * The standing office copies a template: the copy is a draft without number, issuer or date of issue; the office
 * fills in the header, corrects a target (its history shows both versions) and puts the plan in force.
 */
class PlanCorrectionBrowserTests extends BrowserTest {

    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void a_copied_plan_s_header_and_a_target_are_corrected_and_the_plan_is_put_in_force() {
        login("tinh");
        page.navigate(url("/plans?province=33"));
        Locator template = page.getByTestId("template-form");
        template.getByLabel("Mẫu").selectOption("NB-2022-2025");
        template.getByLabel("Dời thời gian (số năm)").fill("4");
        template.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();

        // a draft, its number and issuer to fill in
        assertThat(page.getByTestId("plan-status")).hasAttribute("data-status", "DRAFT");
        assertThat(page.getByTestId("plan-title")).containsText("(chưa có số hiệu)");
        assertThat(page.getByTestId("draft-notice")).isVisible();
        String planUrl = page.url();
        // putting it in force before the header is filled in is refused, in words
        page.getByTestId("adopt-plan").click();
        assertThat(page.getByTestId("flash-error")).containsText("Cần nhập số hiệu");

        Locator header = page.getByTestId("header-form");
        header.getByLabel("Số hiệu").fill("89/KH-UBND");
        header.getByLabel("Cơ quan ban hành").fill("Ủy ban nhân dân tỉnh Hưng Yên");
        header.getByLabel("Ngày ban hành").fill("10/06/2026");
        page.getByTestId("save-header").click();
        assertThat(page.getByTestId("plan-title")).containsText("89/KH-UBND");
        assertThat(page.locator("main")).containsText("Ủy ban nhân dân tỉnh Hưng Yên");
        screenshot("plan-draft-header-filled");

        // correct the first target's threshold
        planTab("targets");
        Locator firstRow = page.getByTestId("progress").locator("tr[data-code]").first();
        String code = firstRow.getAttribute("data-code");
        firstRow.getByTestId("correct-target").click();
        Locator form = page.getByTestId("target-edit-form");
        assertThat(form.getByLabel("Mã", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue(code);
        form.getByLabel("Ngưỡng", new Locator.GetByLabelOptions().setExact(true))
                .fill("77");
        page.getByTestId("save-target").click();
        assertThat(page.locator(".alert-success")).containsText("Đã sửa chỉ tiêu " + code);
        assertThat(page.getByTestId("progress").locator("tr[data-code='" + code + "']"))
                .containsText("77");

        // its history holds the version copied and the corrected one
        page.getByTestId("progress")
                .locator("tr[data-code='" + code + "']")
                .getByTestId("correct-target")
                .click();
        assertThat(page.getByTestId("target-history").locator("tbody tr")).hasCount(2);
        assertThat(page.getByTestId("target-history").locator("tbody tr").last())
                .containsText("77");
        screenshot("plan-target-history");
        page.navigate(planUrl);

        // in force; a plan in force is no longer deleted
        page.getByTestId("adopt-plan").click();
        assertThat(page.getByTestId("plan-status")).hasAttribute("data-status", "IN_FORCE");
        assertThat(page.getByTestId("delete-plan")).hasCount(0);
    }

    @Test
    void an_imported_plan_whose_agency_the_province_lacks_asks_which_agency_takes_its_task()
            throws java.io.IOException {
        String file = "{\"number\":\"5/KH-UBND\",\"title\":\"Kế hoạch của tỉnh bạn năm 2026\","
                + "\"issuer\":\"UBND tỉnh bạn\",\"issuedOn\":\"2026-01-05\",\"periodFrom\":\"2026-01-01\","
                + "\"periodTo\":\"2026-12-31\",\"targets\":[],\"tasks\":[{\"text\":\"Hỗ trợ người sau cai nghiện"
                + " tìm việc làm\",\"leadAgencyCode\":\"SLDTBXH\",\"recurrence\":\"NONE\"}]}";
        java.nio.file.Path json = java.nio.file.Files.createTempFile("ke-hoach-tinh-ban", ".json");
        java.nio.file.Files.writeString(json, file);
        login("tinh");
        page.navigate(url("/plans?province=33"));
        page.getByLabel("Tệp JSON đã xuất từ PCMT").setInputFiles(json);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Nhập")
                                .setExact(true))
                .click();

        // Sở Lao động - Thương binh và Xã hội ended on 28/02/2025: the page asks which agency of 2026 takes the task
        Locator mapping = page.getByTestId("agency-mapping");
        assertThat(mapping).isVisible();
        mapping.getByLabel("Cơ quan mã SLDTBXH trong tệp")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sở Y tế"));
        screenshot("plan-import-agency-mapping");
        page.getByTestId("import-mapped").click();

        assertThat(page.getByTestId("plan-status")).hasAttribute("data-status", "DRAFT");
        assertThat(page.getByTestId("plan-title")).containsText("(chưa có số hiệu)");
        planTab("tasks");
        assertThat(page.getByTestId("tasks")).containsText("Hỗ trợ người sau cai nghiện");
        assertThat(page.getByTestId("tasks")).containsText("Sở Y tế");
    }

    @Test
    void a_task_given_to_a_ward_is_reported_on_by_the_ward() {
        login("tinh");
        page.navigate(url("/plans?province=33"));
        page.getByTestId("plans")
                .locator("a", new Locator.LocatorOptions().setHasText("135/KH-UBND"))
                .first()
                .click();
        planTab("tasks");
        Locator f = page.getByTestId("task-form");
        f.getByLabel("Nội dung nhiệm vụ").fill("Ban Chỉ đạo phường rà soát các cơ sở kinh doanh có điều kiện");
        f.getByLabel("hoặc giao cho xã, phường (huyện trước 01/07/2025)").fill("11953");
        page.getByTestId("add-task").click();
        Locator task = page.getByTestId("tasks")
                .locator("[data-task]", new Locator.LocatorOptions().setHasText("Ban Chỉ đạo phường rà soát"));
        assertThat(task).containsText("Phường Phố Hiến");

        context.clearCookies();
        login("xa1");
        page.navigate(url("/tasks"));
        Locator mine = page.getByTestId("tasks")
                .locator("[data-task]", new Locator.LocatorOptions().setHasText("Ban Chỉ đạo phường rà soát"));
        Locator report = mine.getByTestId("report-form");
        report.getByLabel("Tình trạng").selectOption("IN_PROGRESS");
        report.getByLabel("Tiến độ (%)").fill("30");
        report.getByLabel("Kết quả thực hiện").fill("Đã rà soát 12 cơ sở");
        report.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Báo cáo tiến độ"))
                .click();
        assertThat(mine).containsText("30%");
        screenshot("tasks-ward");

        // another ward does not see it
        context.clearCookies();
        login("xa2");
        page.navigate(url("/tasks"));
        assertThat(page.locator("main")).not().containsText("Ban Chỉ đạo phường rà soát");
    }
}
