package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TaskService;

/**
 * The four tasks of a new user, walked end to end in the browser with the unit picker (issue 19, ADR 050): register a
 * person and open a management episode; find the communes failing a plan target from the home page; report progress
 * on a task from the work list; record and eliminate a hotspot on the map. And the plan pages at phone width: no
 * horizontal scroll, the tabs usable.
 */
class NewUserTasksBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    HotspotService hotspots;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_commune_officer_registers_a_person_by_picking_the_ward_and_opens_a_management_episode() {
        login("xa1");
        page.navigate(url("/people"));
        page.getByTestId("new-person").click();
        Locator form = page.getByTestId("person-form");
        String name = "Quản Văn " + letters();
        form.getByLabel("Họ và tên").fill(name);
        form.getByLabel("Ngày sinh").fill("12/04/1990");
        form.getByLabel("Giới tính").selectOption("MALE");
        Locator commune = form.getByLabel("Xã/phường nơi ở");
        commune.fill("");
        commune.pressSequentially("pho hien");
        page.getByRole(AriaRole.OPTION)
                .filter(new Locator.FilterOptions().setHasText("Phố Hiến"))
                .first()
                .click();
        assertThat(form.locator("input[type=hidden][name=residenceCommuneCode]"))
                .hasValue("11953");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("person-name")).containsText(name);

        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByTestId("episode-form").getByLabel("Loại biện pháp").selectOption("DRUG_USE_MANAGEMENT");
        Locator fields = page.locator("#episode-fields");
        fields.locator("button").waitFor();
        LocalDate from = TODAY.minusDays(10);
        fields.getByLabel("Ngày bắt đầu quản lý", new Locator.GetByLabelOptions().setExact(true))
                .fill(from.format(DMY));
        fields.getByLabel("Số quyết định quản lý", new Locator.GetByLabelOptions().setExact(true))
                .fill("21/QĐ-UBND");
        fields.getByLabel("Ngày quyết định", new Locator.GetByLabelOptions().setExact(true))
                .fill(from.format(DMY));
        fields.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByText("Đã ghi nhận biện pháp.")).isVisible();
        assertThat(page.getByTestId("statuses")).containsText("Đang quản lý người sử dụng");
        assertThat(page.locator("body")).not().containsText("??");
        screenshot("task1-person-managed");
    }

    @Test
    void the_standing_office_finds_the_communes_failing_a_target_from_the_home_page() {
        Plan plan = planWithHotspotTarget("74/KH-NUT");
        login("tinh");
        // home → plans → the plan's overview names the target to watch → its page, failing communes first
        page.getByTestId("nav-plans").click();
        page.locator("nav a.dropdown-item[href$='/plans']").click();
        page.getByTestId("plans")
                .locator("a[href$='/plans/" + plan.getId() + "']")
                .click();
        assertThat(page.getByTestId("plan-tabs")).isVisible();
        Locator watch = page.getByTestId("watch").locator("li[data-code=NU1]");
        assertThat(watch).isVisible();
        screenshot("task2-plan-overview");
        watch.locator("a").first().click();
        page.waitForURL(u -> u.contains("/plans/" + plan.getId() + "/targets/"));
        Locator rows = page.getByTestId("units").locator("tbody tr");
        assertThat(rows.first()).hasAttribute("data-status", "AT_RISK");
        assertThat(page.getByTestId("units").locator("tbody tr[data-unit='11953']"))
                .hasAttribute("data-status", "AT_RISK");
        int all = rows.count();

        // only the failing ones, by a status filter; then by a name typed without diacritics
        page.getByTestId("status-filter").locator("label[data-status=AT_RISK]").click();
        page.getByTestId("units-apply").click();
        Locator failing = page.getByTestId("units").locator("tbody tr");
        assertThat(page.getByTestId("units").locator("tbody tr[data-unit='11953']"))
                .hasCount(1);
        assertThat(failing)
                .hasCount(page.getByTestId("units")
                        .locator("tbody tr[data-status=AT_RISK]")
                        .count());
        assertThat(failing.count()).isLessThan(all);
        assertThat(page.getByTestId("units-map").locator("a.pcmt-tile")).hasCount(failing.count());
        screenshot("task2-target-failing");
        page.setViewportSize(390, 844);
        screenshot("task2-target-failing-phone");
        page.setViewportSize(1366, 900);
        page.getByLabel("Tên xã, phường").fill("pho hien");
        page.getByTestId("units-apply").click();
        assertThat(page.getByTestId("units").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("units").locator("tbody tr").first()).hasAttribute("data-unit", "11953");

        // the records behind the commune's figure: the hotspot list of the ward over the target's period
        page.getByTestId("units")
                .locator("tr[data-unit='11953'] [data-testid=unit-records]")
                .click();
        page.waitForURL(u -> u.contains("/hotspots?unit=11953"));
        assertThat(page.getByTestId("hotspots")).containsText("Điểm thử kế hoạch NUT");
    }

    @Test
    void a_department_reports_progress_on_a_task_from_its_work_list() {
        fixture.signIn("tinh");
        Plan plan = inForce("75/KH-NUT");
        long health = jdbc.sql(
                        "select id from agency where province_code = '33' and code = 'SYT' and deleted_at is null")
                .query(Long.class)
                .single();
        String text = "Tập huấn cán bộ y tế xã " + letters();
        tasks.add(plan.getId(), new PlanTaskForm(text, health, List.of(), TODAY.plusDays(5), null));
        fixture.signOut();

        login("soyte");
        Locator item = page.locator("[data-testid=work-item]").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(item).hasCount(1);
        screenshot("task3-worklist");
        item.click();
        page.waitForURL(u -> u.contains("/tasks"));
        Locator task = page.locator("[data-task]").filter(new Locator.FilterOptions().setHasText(text));
        Locator report = task.getByTestId("report-form");
        report.getByLabel("Tình trạng").selectOption("IN_PROGRESS");
        report.getByLabel("Tiến độ").fill("40");
        report.getByLabel("Kết quả").fill("Đã tập huấn 12 xã");
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Báo cáo tiến độ"))
                .click();
        Locator after = page.locator("[data-task]").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(after).containsText("40%");
        assertThat(after).containsText("Đã tập huấn 12 xã");
        screenshot("task3-reported");
    }

    @Test
    void the_standing_office_records_a_hotspot_picking_the_ward_on_the_map_and_eliminates_it() {
        login("tinh");
        page.navigate(url("/hotspots"));
        page.getByTestId("new-hotspot").click();
        Locator form = page.getByTestId("hotspot-form");
        String name = "Quán thử bản đồ " + letters();
        form.getByLabel("Tên điểm").fill(name);
        form.getByLabel("Hoạt động").selectOption("ORGANISING_USE");
        Locator commune = form.locator("input[data-testid=unit-picker]").first();
        commune.fill("");
        commune.pressSequentially("pho hien");
        page.getByRole(AriaRole.OPTION)
                .filter(new Locator.FilterOptions().setHasText("Phố Hiến"))
                .first()
                .click();
        assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
        page.waitForSelector("#pick-map[data-loaded='true']");
        page.getByTestId("pick-map").click();
        assertThat(form.getByLabel("Vĩ độ")).not().hasValue("");
        page.getByTestId("save-hotspot").click();
        assertThat(page.getByTestId("hotspot-state")).hasText("Đang hoạt động");

        Locator eliminate = page.getByTestId("eliminate-form");
        eliminate.getByLabel("Biện pháp triệt xóa").fill("Bắt quả tang, đóng cửa cơ sở");
        eliminate.getByLabel("Số quyết định, văn bản").fill("07/QĐ-CAT");
        page.getByTestId("eliminate").click();
        assertThat(page.getByTestId("hotspot-state")).hasText("Đã triệt xóa");

        page.navigate(url("/hotspots?unit=11953&state=ELIMINATED"));
        assertThat(page.getByTestId("hotspots")).containsText(name);
        page.waitForSelector("#hotspot-map[data-loaded='true']");
        assertThat(page.locator("#hotspot-map .leaflet-overlay-pane path.leaflet-interactive")
                        .count())
                .isPositive();
        screenshot("task4-hotspot-map");
    }

    @Test
    void the_plan_pages_fit_a_phone_and_their_tabs_work() {
        Plan plan = planWithHotspotTarget("76/KH-NUT");
        fixture.signIn("tinh");
        long target = plans.targets(plan.getId()).get(0).getId();
        fixture.signOut();
        login("tinh");
        page.setViewportSize(390, 844);
        for (String tab : List.of("overview", "targets", "tasks", "projects", "reporting", "documents")) {
            page.navigate(url("/plans/" + plan.getId() + "?tab=" + tab));
            assertThat(page.locator("[data-testid=plan-tabs] a[data-tab=" + tab + "]"))
                    .hasAttribute("aria-current", "page");
            assertFits("plan-" + tab);
        }
        // a tab is reached by touch from another one (the row of tabs scrolls sideways inside itself)
        page.navigate(url("/plans/" + plan.getId()));
        Locator documents = page.locator("[data-testid=plan-tabs] a[data-tab=documents]");
        documents.scrollIntoViewIfNeeded();
        documents.click();
        page.waitForURL(u -> u.contains("tab=documents"));
        assertThat(page.getByTestId("documents")).isVisible();

        page.navigate(url("/plans/" + plan.getId() + "/dashboard"));
        assertFits("plan-dashboard");
        page.navigate(url("/plans/" + plan.getId() + "/targets/" + target));
        assertFits("plan-target");
        page.setViewportSize(1366, 900);
        for (String tab : List.of("overview", "targets", "tasks", "projects", "reporting", "documents")) {
            page.navigate(url("/plans/" + plan.getId() + "?tab=" + tab));
            screenshot("plan-" + tab + "-1366");
        }
        page.navigate(url("/plans/" + plan.getId() + "/dashboard"));
        screenshot("plan-dashboard-1366");
        page.navigate(url("/plans/" + plan.getId() + "/targets/" + target));
        screenshot("plan-target-1366");
    }

    private void assertFits(String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        screenshot(name + "-390");
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue())
                .as("the page's width at 390 px: " + name)
                .isLessThanOrEqualTo(390);
        assertThat(page.locator("body")).not().containsText("??");
    }

    /** A plan in force with one target "no active hotspot" and an active hotspot in Phường Phố Hiến. */
    private Plan planWithHotspotTarget(String number) {
        fixture.signIn("tinh");
        Plan plan = inForce(number);
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "NU1",
                        "Không còn điểm, tụ điểm hoạt động ở xã nào",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null));
        fixture.signIn("xa1");
        hotspots.record(new HotspotForm(
                "11953",
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Điểm thử kế hoạch NUT " + letters(),
                null,
                null,
                null,
                BusinessKind.NONE,
                null,
                TODAY.minusDays(20),
                null,
                null,
                List.of(),
                null));
        fixture.signOut();
        return plan;
    }

    private Plan inForce(String number) {
        Plan plan = plans.create(new PlanForm(
                "33",
                number,
                "Kế hoạch thử bốn việc của người dùng mới",
                "UBND tỉnh Hưng Yên",
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        return plans.adopt(plan.getId(), plan.getVersion());
    }

    /** A name no earlier run used. */
    private static String letters() {
        String alphabet = "abcdeghiklmnopqrstuvxy";
        long n = System.nanoTime();
        StringBuilder out = new StringBuilder("Th");
        for (int i = 0; i < 6; i++) {
            out.append(alphabet.charAt((int) (n % alphabet.length())));
            n /= alphabet.length();
        }
        return out.toString();
    }
}
