package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.plans.internal.TargetForm;

/**
 * The home page's work list (ADR 047): a commune sees the six-month report due before anyone opened it, follows the
 * item to the place where it is opened with the kind chosen, opens it, and the item then leads to the draft; at
 * desktop and phone width.
 */
class WorkListBrowserTests extends BrowserTest {

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportingRegimes regimes;

    @Autowired
    TestClock clock;

    @Test
    void a_commune_follows_its_report_due_from_the_work_list_and_opens_it() {
        clock.setToday(LocalDate.of(2026, 6, 5));
        Plan plan = planInForce();

        login("xa1");
        Locator due = page.locator("[data-testid=work-item][data-group=REPORT_DUE]")
                .filter(new Locator.FilterOptions().setHasText("73/KH-WLB"));
        assertThat(due).hasCount(1);
        assertThat(due).containsText("hạn 15/06/2026");
        assertThat(due).containsText("chưa lập báo cáo");
        assertThat(page.getByTestId("worklist-counts")).containsText("Báo cáo sắp đến hạn");
        screenshot("worklist-commune");
        page.setViewportSize(390, 844);
        screenshot("worklist-commune-phone");
        page.setViewportSize(1366, 900);

        due.click();
        page.waitForURL(url -> url.contains("/plans/" + plan.getId() + "/reports"));
        Locator form = page.getByTestId("open-report");
        assertThat(form.locator("select[name=kind]")).hasValue("SIX_MONTH");
        // a commune writes its own report: no unit to name
        assertThat(form.locator("input[name=unit]")).hasCount(0);
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        page.waitForURL(url -> url.contains("/reports/"));
        String reportPath = page.url().substring(page.url().indexOf("/reports/"));

        page.navigate(url("/"));
        Locator draft = page.locator("[data-testid=work-item][data-group=REPORT_DUE][href='" + reportPath + "']");
        assertThat(draft).containsText("đang soạn");
        assertThat(page.locator("body")).not().containsText("??");
    }

    @Test
    void the_standing_office_sees_its_work_list_grouped_with_counts() {
        login("tinh");
        assertThat(page.locator("h2#worklist-heading")).isVisible();
        assertThat(page.locator("body")).not().containsText("??");
        screenshot("worklist-office");
        page.setViewportSize(390, 844);
        screenshot("worklist-office-phone");
    }

    Plan planInForce() {
        fixture.signIn("tinh");
        try {
            Plan plan = plans.create(new PlanForm(
                    "33",
                    "73/KH-WLB",
                    "Kế hoạch thử trang chủ",
                    "UBND tỉnh Hưng Yên",
                    LocalDate.of(2026, 1, 2),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    null,
                    null));
            plans.addTarget(
                    plan.getId(),
                    new PlanTargetForm(
                            "T1",
                            "Không còn điểm hoạt động",
                            "hotspots.active",
                            TargetForm.VALUE,
                            null,
                            Comparison.LE,
                            BigDecimal.ZERO,
                            true,
                            null));
            regimes.add(
                    plan.getId(),
                    new RegimeForm(
                            ReportKind.SIX_MONTH,
                            Reporters.COMMUNES,
                            6,
                            15,
                            6,
                            15,
                            null,
                            "Cơ quan Thường trực tỉnh",
                            null,
                            null));
            return plans.adopt(plan.getId(), plans.get(plan.getId()).getVersion());
        } finally {
            fixture.signOut();
        }
    }
}
