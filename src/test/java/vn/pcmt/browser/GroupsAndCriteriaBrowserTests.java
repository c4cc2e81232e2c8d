package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.UnitService;

/**
 * The standing office of Quảng Ngãi marks two communes of the former Kon Tum as border communes, defines the group
 * of border communes and sets a plan's target on it; the provincial police create a criteria set of their own and
 * revise it (issue 16).
 */
class GroupsAndCriteriaBrowserTests extends BrowserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void office() {
        clock.setToday(TODAY);
        accounts.create(
                "qn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("51", TODAY).orElseThrow().id(),
                null);
        // Quảng Ngãi keeps its registers: the group's share is a figure, not "no data" (ADR 030)
        vn.pcmt.metrics.KeptRegisters.keep(jdbc, "51", TODAY, LocalDate.of(2015, 1, 1));
    }

    @org.junit.jupiter.api.AfterEach
    void forgetStarts() {
        vn.pcmt.metrics.KeptRegisters.forget(jdbc, "51");
    }

    @Test
    void a_group_of_border_communes_is_defined_and_a_plan_sets_a_target_on_it() {
        login("qn_tinh");
        page.navigate(url("/unit-groups?province=51"));
        assertThat(page.getByTestId("groups-title")).containsText("Quảng Ngãi");
        for (String code : new String[] {"23377", "23383"}) {
            Locator attribute = page.getByTestId("attribute-form");
            // typed into the unit picker: the beginning of the code offers the units it starts, the whole code names
            // its unit at once
            Locator picker = attribute.locator("input[data-testid=unit-picker]");
            picker.fill("");
            picker.pressSequentially(code.substring(0, 4));
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION)
                            .filter(new Locator.FilterOptions().setHasText(code))
                            .first())
                    .isVisible();
            picker.pressSequentially(code.substring(4));
            assertThat(picker).hasValue(java.util.regex.Pattern.compile("^Xã .* — Quảng Ngãi$"));
            assertThat(attribute.locator("input[type=hidden][name=unitCode]")).hasValue(code);
            attribute.getByLabel("Thuộc tính").selectOption("BORDER");
            attribute.getByLabel("Từ ngày").fill("01/07/2025");
            attribute.getByLabel("Ghi chú").fill("Giáp Lào, Campuchia");
            page.getByTestId("add-attribute").click();
            assertThat(page.getByTestId("attributes").locator("tr[data-unit='" + code + "']"))
                    .containsText("Biên giới");
        }

        String name = "Xã biên giới " + System.nanoTime();
        Locator group = page.getByTestId("group-form");
        group.getByLabel("Tên nhóm").fill(name);
        group.getByLabel("Từ ngày").fill("01/07/2025");
        group.getByLabel("Theo thuộc tính").selectOption("BORDER");
        page.getByTestId("add-group").click();
        assertThat(page.getByTestId("group-name")).hasText(name);
        assertThat(page.getByTestId("units-on").locator("[data-code='23377']")).containsText("Bờ Y");
        assertThat(page.getByTestId("units-on").locator("[data-code='23383']")).containsText("Dục Nông");
        screenshot("unit-group");
        page.navigate(url("/units/23377"));
        assertThat(page.getByTestId("unit-attributes")).containsText("Biên giới");
        assertThat(page.getByTestId("unit-attributes")).containsText("01/07/2025");

        // a group must be by an attribute or by a list: both at once is refused on the form, in words
        page.navigate(url("/unit-groups?province=51"));
        Locator both = page.getByTestId("group-form");
        both.getByLabel("Tên nhóm").fill("Nhóm sai " + System.nanoTime());
        both.getByLabel("Từ ngày").fill("01/07/2025");
        both.getByLabel("Theo thuộc tính").selectOption("BORDER");
        // several units in the multi-select picker: codes typed with commas become chips named by the units
        both.getByLabel("Các xã/phường (khi nhóm theo danh sách)").fill("23377, 23383,");
        assertThat(both.getByTestId("unit-chips").locator("[data-code]")).hasCount(2);
        assertThat(both.getByTestId("unit-chips")).containsText("Xã Bờ Y");
        screenshot("unit-group-multi-picker");
        // a chip removed by its button, and a unit found by its name, chosen with the keys like the single picker's
        Locator chips = both.getByTestId("unit-chips");
        chips.locator("[data-code='23383'] button").click();
        assertThat(chips.locator("[data-code]")).hasCount(1);
        Locator multi = both.locator("input[data-testid=unit-picker]");
        multi.pressSequentially("Dục Nông");
        assertThat(both.getByRole(com.microsoft.playwright.options.AriaRole.OPTION)
                        .filter(new Locator.FilterOptions().setHasText("23383")))
                .isVisible();
        multi.press("ArrowDown");
        assertThat(multi).hasAttribute("aria-activedescendant", java.util.regex.Pattern.compile("-choices-0$"));
        multi.press("Enter");
        assertThat(chips.locator("[data-code]")).hasCount(2);
        assertThat(chips.locator("[data-code='23383']")).containsText("Xã Dục Nông");
        assertThat(multi).hasValue("");
        assertThat(both.locator("input[type=hidden][name=unitCodes]")).hasValue("23377, 23383");
        page.getByTestId("add-group").click();
        assertThat(page.getByTestId("group-form")).containsText("theo một thuộc tính hoặc theo danh sách");

        page.navigate(url("/plans?province=51"));
        Locator plan = page.getByTestId("plan-form");
        plan.getByLabel("Số hiệu").fill("88/KH-UBND");
        plan.getByLabel("Cơ quan ban hành").fill("Ủy ban nhân dân tỉnh Quảng Ngãi");
        plan.getByLabel("Tiêu đề (trích yếu)").fill("Kế hoạch xây dựng xã biên giới không ma túy năm 2026");
        page.getByTestId("create-plan").click();
        assertThat(page.getByTestId("plan-title")).containsText("88/KH-UBND");

        planTab("targets");
        Locator f = page.getByTestId("target-form");
        f.getByLabel("Mã").fill("BG1");
        f.getByLabel("Chỉ tiêu").fill("Ít nhất 50% xã biên giới được công nhận không ma túy");
        f.getByLabel("Chỉ số", new Locator.GetByLabelOptions().setExact(true)).fill("drugfree.recognised");
        f.getByLabel("Cách tính").selectOption("SHARE");
        f.getByLabel("Chỉ số mẫu số (khi tính tỷ lệ)").fill("units.communes");
        f.getByLabel("So sánh", new Locator.GetByLabelOptions().setExact(true)).selectOption("GE");
        f.getByLabel("Ngưỡng", new Locator.GetByLabelOptions().setExact(true)).fill("50");
        f.getByLabel("Áp dụng cho").selectOption("GROUP");
        f.getByLabel("Nhóm đơn vị", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
        page.getByTestId("add-target").click();

        Locator row = page.getByTestId("progress").locator("tr[data-code=BG1]");
        assertThat(row.getByTestId("target-group")).containsText(name);
        assertThat(row).containsText("Nhóm đơn vị (cộng chung)");
        assertThat(row.getByTestId("value")).containsText("%");
        screenshot("plan-target-on-group");

        // the drill-down lists the communes of the group
        row.locator("a").first().click();
        assertThat(page.locator("body")).containsText("Xã Bờ Y");
        assertThat(page.locator("body")).containsText("Xã Dục Nông");
    }

    @Test
    void the_provincial_police_create_a_criteria_set_and_revise_it() {
        login("qn_tinh");
        page.navigate(url("/drug-free/criteria-sets?province=51"));
        assertThat(page.getByTestId("sets").last()).containsText("KONTUM-2024");
        page.getByTestId("new-set").click();

        String code = "QN-" + (System.nanoTime() % 1_000_000);
        page.locator("#setCode").fill(code);
        page.locator("#setName").fill("Tiêu chí xã không ma túy tỉnh Quảng Ngãi");
        page.locator("#setSource").fill("Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh Quảng Ngãi");
        page.locator("#setFrom").fill("10/01/2026");
        page.locator("[name='criteria[0].code']").fill("NO_ADDICTS");
        page.locator("[name='criteria[0].text']").fill("Không có người nghiện chưa được lập hồ sơ");
        page.locator("[name='criteria[0].method']").selectOption("AUTO_METRIC");
        // the metric is picked by searching its name: the field offers the catalogue as a datalist
        Locator metric = page.locator("[name='criteria[0].metricCode']");
        assertThat(metric).hasAttribute("list", "metric-options");
        assertThat(page.locator("#metric-options option[value='people.addicts_without_record']"))
                .hasCount(1);
        metric.fill("people.addicts_without_record");
        page.locator("[name='criteria[0].comparison']").selectOption("EQ");
        page.locator("[name='criteria[0].threshold']").fill("0");
        page.locator("[name='criteria[1].code']").fill("MODEL");
        page.locator("[name='criteria[1].text']").fill("Có ít nhất 01 mô hình tự quản");
        page.locator("[name='criteria[1].method']").selectOption("MANUAL_AT_LEAST");
        page.locator("[name='criteria[1].threshold']").fill("1");
        screenshot("criteria-set-form");
        page.getByTestId("save-set").click();

        assertThat(page.getByTestId("set-meta")).containsText(code.toUpperCase());
        assertThat(page.getByTestId("set-meta")).containsText("lần 1");
        assertThat(page.getByTestId("criteria").locator("li")).hasCount(2);
        assertThat(page.getByTestId("criteria").locator("li[data-code=NO_ADDICTS]"))
                .containsText("people.addicts_without_record");
        screenshot("criteria-set");

        // a metric criterion without its threshold is refused on the form
        page.locator("[name='criteria[0].threshold']").fill("");
        page.getByTestId("save-set").click();
        assertThat(page.getByTestId("set-form")).containsText("cần chọn chỉ số, phép so sánh và ngưỡng");

        // revised: a new revision, a third criterion
        page.locator("[name='criteria[0].threshold']").fill("0");
        page.locator("[name='criteria[2].code']").fill("NO_HOTSPOT");
        page.locator("[name='criteria[2].text']").fill("Không có điểm, tụ điểm phức tạp về ma túy");
        page.locator("[name='criteria[2].method']").selectOption("AUTO_NO_ACTIVE_HOTSPOT");
        page.getByTestId("save-set").click();
        assertThat(page.getByTestId("set-meta")).containsText("lần 2");
        assertThat(page.getByTestId("criteria").locator("li")).hasCount(3);

        // a programme of the province may choose it
        page.navigate(url("/drug-free?province=51"));
        assertThat(page.locator("#pSet")).containsText(code.toUpperCase() + " lần 2");
    }
}
