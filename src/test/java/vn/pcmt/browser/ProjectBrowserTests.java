package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The standing office enters a plan's project and sub-project, gives it money through the project page (a bad
 * amount first, told beside the field), and sees the totals there and on the plan page.
 */
class ProjectBrowserTests extends BrowserTest {

    @Test
    void the_standing_office_adds_a_project_and_its_budget_and_sees_the_totals() {
        login("tinh");
        page.navigate(url("/plans?province=33"));
        Locator plan = page.getByTestId("plan-form");
        plan.getByLabel("Số hiệu").fill("88/KH-UBND");
        plan.getByLabel("Cơ quan ban hành").fill("Ủy ban nhân dân tỉnh Hưng Yên");
        plan.getByLabel("Tiêu đề (trích yếu)").fill("Kế hoạch kinh phí phòng, chống ma túy năm 2026");
        page.getByTestId("create-plan").click();
        assertThat(page.getByTestId("plan-title")).containsText("88/KH-UBND");
        planTab("projects");
        assertThat(page.getByTestId("projects-section")).containsText("Kế hoạch chưa có dự án");

        addProject("DA7", "Truyền thông, giáo dục phòng, chống ma túy", "", "Công an tỉnh");
        addProject("DA7.3", "Tuyên truyền pháp luật cho học sinh, sinh viên", "DA7", "Sở Giáo dục và Đào tạo");
        // no lead agency: refused beside the field, the form keeps what was typed
        addProject("DA5", "Nâng cao hiệu quả cai nghiện ma túy", "", null);
        Locator form = page.getByTestId("project-form");
        assertThat(form).containsText("Cần chọn cơ quan chủ trì.");
        assertThat(form.getByLabel("Mã", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue("DA5");
        form.screenshot(new Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "project-form-refused.png")));
        Locator projects = page.getByTestId("projects");
        assertThat(projects.locator("tr[data-project]")).hasCount(2);

        projects.locator("tr[data-project='DA7.3']")
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page.getByTestId("project-title")).containsText("DA7.3");
        Locator line = page.getByTestId("line-form");
        assertThat(line.getByLabel("Cơ quan", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue(selectedValue(line, "Sở Giáo dục và Đào tạo"));
        line.getByLabel("Kinh phí được giao (đồng)").fill("500.000.000");
        line.getByLabel("Đã giải ngân (đồng)").fill("600.000.000");
        page.getByTestId("save-line").click();
        assertThat(page.getByTestId("line-form"))
                .containsText("Số đã giải ngân (600.000.000 đồng) không được lớn hơn kinh phí được giao");
        assertThat(page.getByTestId("budget-lines")).hasCount(0);

        line = page.getByTestId("line-form");
        line.getByLabel("Kinh phí được giao (đồng)").fill("1250000000");
        assertThat(line.locator("#allocatedEcho")).hasText("1.250.000.000 đ");
        line.getByLabel("Đã giải ngân (đồng)").fill("500.000.000");
        line.getByLabel("Ghi chú").fill("Quyết định giao dự toán số 12/QĐ-UBND");
        page.getByTestId("save-line").click();
        assertThat(page.getByTestId("budget-lines").locator("tr[data-line]")).hasCount(1);
        assertThat(page.getByTestId("total-allocated")).hasText("1.250.000.000 đ");
        assertThat(page.getByTestId("total-disbursed")).hasText("500.000.000 đ");
        assertThat(page.getByTestId("total-rate")).containsText("40,0 %");

        // a second line for the lead agency of the project
        line = page.getByTestId("line-form");
        line.getByLabel("Nguồn kinh phí").selectOption("LOCAL");
        line.getByLabel("Kinh phí được giao (đồng)").fill("250.000.000");
        line.getByLabel("Đã giải ngân (đồng)").fill("0");
        page.getByTestId("save-line").click();
        assertThat(page.getByTestId("budget-lines").locator("tr[data-line]")).hasCount(2);
        assertThat(page.getByTestId("total-rate")).containsText("33,3 %");
        page.locator("main")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", "project-budget.png")));

        // a correction of the first line: the form opens filled in, grouped, and the totals follow
        Locator central = page.getByTestId("budget-lines")
                .locator("tr[data-line]", new Locator.LocatorOptions().setHasText("Ngân sách trung ương"));
        central.getByTestId("edit-line").click();
        line = page.getByTestId("line-form");
        assertThat(line).containsText("Sửa dòng kinh phí");
        assertThat(line.getByLabel("Kinh phí được giao (đồng)")).hasValue("1.250.000.000");
        line.getByLabel("Đã giải ngân (đồng)").fill("750.000.000");
        page.locator("main")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", "project-budget-correction.png")));
        page.getByTestId("save-line").click();
        assertThat(page.getByTestId("total-rate")).containsText("50,0 %");

        // the local-budget line deleted after confirming: the rate is of what is left
        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("budget-lines")
                .locator("tr[data-line]", new Locator.LocatorOptions().setHasText("Ngân sách địa phương"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa"))
                .click();
        assertThat(page.getByTestId("budget-lines").locator("tr[data-line]")).hasCount(1);
        assertThat(page.getByTestId("total-rate")).containsText("60,0 %");

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("88/KH-UBND"))
                .click();
        // the plan page is the heaviest page: on a loaded machine it takes longer than an assertion's 5 s to come
        page.waitForURL(
                java.util.regex.Pattern.compile(".*/plans/\\d+\\?tab=projects(#.*)?$"),
                new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(60_000));
        Locator section = page.getByTestId("projects-section");
        assertThat(section.locator("tr[data-project='DA7'] [data-testid=allocated]"))
                .hasText("1.250.000.000 đ");
        assertThat(section.getByTestId("projects-total")).containsText("60,0 %");
        assertThat(section.getByTestId("budget-by-year")).containsText("2026");
        assertThat(section.getByTestId("budget-by-agency")).containsText("Sở Giáo dục và Đào tạo");
        section.screenshot(
                new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "plan-projects.png")));
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_plan_shows_the_hung_yen_projects_and_their_budget() {
        // the plan the demo data gave money to (other tests copy the same template again)
        long demo = jdbc.sql("select min(p.id) from plan p join plan_project j on j.plan_id = p.id"
                        + " join plan_budget_line b on b.project_id = j.id"
                        + " where p.province_code = '33' and p.template_code = 'HY-135-2025'")
                .query(Long.class)
                .single();
        login("tinh");
        page.navigate(url("/plans/" + demo + "?tab=projects"));
        Locator section = page.getByTestId("projects-section");
        assertThat(section.locator("tr[data-project]")).hasCount(13);
        assertThat(section.locator("tr[data-project='DA7.4']")).containsText("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
        assertThat(section.locator("tr[data-project='DA5'] [data-testid=allocated]"))
                .hasText("2.500.000.000 đ");
        section.screenshot(new Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "plan-projects-hung-yen.png")));
        section.locator("tr[data-project='DA5']")
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page.getByTestId("budget-lines").locator("tr[data-line]")).hasCount(2);
        screenshot("project-hung-yen-da5");
    }

    private void addProject(String code, String name, String parent, String lead) {
        planTab("projects");
        Locator f = page.getByTestId("project-form");
        f.getByLabel("Mã", new Locator.GetByLabelOptions().setExact(true)).fill(code);
        f.getByLabel("Dự án, tiểu dự án").fill(name);
        if (!parent.isEmpty()) {
            f.getByLabel("Thuộc dự án")
                    .selectOption(new SelectOption()
                            .setLabel(parent + " — "
                                    + page.locator("tr[data-project='" + parent + "'] td:nth-child(2) a")
                                            .textContent()
                                            .strip()));
        }
        if (lead != null) {
            f.getByLabel("Cơ quan chủ trì").selectOption(new SelectOption().setLabel(lead));
        }
        page.getByTestId("add-project").click();
    }

    private static String selectedValue(Locator form, String label) {
        return form.locator("option", new Locator.LocatorOptions().setHasText(label))
                .first()
                .getAttribute("value");
    }
}
