package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;

/** Illegal cultivation and businesses under security conditions in a real browser (issue 17 items 2 and 3). */
class SupplyBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void an_officer_records_a_plot_and_destroys_it() {
        login("xa1");
        page.navigate(url("/cultivation"));
        page.getByTestId("new-plot").click();
        Locator form = page.getByTestId("plot-form");
        assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
        form.getByLabel("Loài cây").selectOption("OPIUM_POPPY");
        form.getByLabel("Ngày phát hiện").fill("02/06/2026");
        form.getByLabel("Đơn vị phát hiện").fill("Công an phường Phố Hiến");
        form.getByLabel("Diện tích (m²)").fill("abc");
        form.getByLabel("Số cây").fill("1250");
        page.getByTestId("save-plot").click();
        assertThat(page.getByTestId("plot-form")).isVisible();
        assertThat(page.locator(".invalid-feedback:visible")).not().hasCount(0);

        page.getByTestId("plot-form").getByLabel("Diện tích (m²)").fill("320,5".replace(',', '.'));
        page.getByTestId("save-plot").click();
        Locator row = page.getByTestId("plots")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Thuốc phiện"));
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("plot-state")).containsText("Chưa phá bỏ");
        screenshot("plot-recorded");

        row.getByTestId("destroy-open").click();
        Locator destroy = row.getByTestId("destroy-form");
        destroy.getByLabel("Người, đơn vị phá bỏ").fill("Tổ công tác phường");
        destroy.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.locator(".alert-success")).isVisible();
        Locator after = page.getByTestId("plots")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Thuốc phiện"));
        assertThat(after.getByTestId("plot-state")).containsText("Đã phá bỏ");
        assertThat(after.getByTestId("plot-state")).containsText("15/06/2026");
        assertThat(after.getByTestId("replant-form")).hasCount(1);
        screenshot("plot-destroyed");
    }

    @Test
    void an_officer_registers_a_business_and_inspects_it() {
        login("xa1");
        page.navigate(url("/businesses"));
        page.getByTestId("new-business").click();
        Locator form = page.getByTestId("business-form");
        form.getByLabel("Loại hình").selectOption("HOTEL_GUEST_HOUSE");
        form.getByLabel("Tên cơ sở").fill("Nhà nghỉ Hoa Sen Thử");
        form.getByLabel("Địa chỉ").fill("Số 8 phố Thử");
        form.getByLabel("Chủ cơ sở").fill("Lê Thị Chủ");
        form.getByLabel("Ngày cấp").fill("01/03/2024");
        form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.getByTestId("business-name")).hasText("Nhà nghỉ Hoa Sen Thử");
        assertThat(page.getByTestId("no-inspections")).isVisible();

        Locator inspection = page.getByTestId("inspection-form");
        inspection.getByLabel("Tổ kiểm tra").fill("Tổ liên ngành phường");
        inspection.getByLabel("Cơ quan phối hợp").fill("Công an, Văn hóa");
        inspection.getByLabel("Không có sổ theo dõi khách").check();
        inspection
                .getByLabel("Có người sử dụng trái phép chất ma túy tại cơ sở")
                .check();
        inspection.getByLabel("Kết quả").fill("Lập biên bản vi phạm");
        inspection.getByLabel("Tiền phạt (đồng)").fill("5000000");
        page.getByTestId("save-inspection").click();
        assertThat(page.getByTestId("inspection-form").locator(".invalid-feedback:visible, .alert-danger"))
                .not()
                .hasCount(0);

        page.getByTestId("inspection-form").getByLabel("Hình thức xử lý").fill("Phạt tiền");
        page.getByTestId("save-inspection").click();
        Locator table = page.getByTestId("inspections");
        assertThat(table).containsText("Tổ liên ngành phường");
        assertThat(table).containsText("Không có sổ theo dõi khách");
        assertThat(table).containsText("5.000.000");
        screenshot("business-inspected");

        Locator licence = page.getByTestId("licence-form");
        licence.getByLabel("Quyết định", new Locator.GetByLabelOptions().setExact(true))
                .selectOption("REVOKE");
        licence.getByLabel("Số quyết định").fill("12/QĐ-UBND");
        licence.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.getByTestId("licence-status")).containsText("Đã thu hồi");
        assertThat(page.getByTestId("licence-form")).hasCount(0);
    }

    @Autowired
    vn.pcmt.people.PeopleFixture fixture;

    @Autowired
    vn.pcmt.hotspots.internal.HotspotService hotspots;

    @Autowired
    vn.pcmt.businesses.internal.BusinessService businesses;

    @Test
    void an_inspection_that_found_drug_use_links_to_the_hotspot_and_both_pages_show_it() {
        fixture.signIn("xa1");
        var hotspot = hotspots.record(new vn.pcmt.hotspots.internal.HotspotForm(
                "11953",
                null,
                vn.pcmt.hotspots.internal.HotspotShape.POINT,
                vn.pcmt.hotspots.internal.HotspotActivity.ORGANISING_USE,
                "Phòng hát số 3 karaoke Ánh Trăng",
                null,
                null,
                null,
                vn.pcmt.hotspots.internal.BusinessKind.NONE,
                null,
                LocalDate.of(2026, 5, 20),
                null,
                null,
                java.util.List.of(),
                null));
        var karaoke = businesses.register(new vn.pcmt.businesses.internal.BusinessForm(
                "11953",
                vn.pcmt.businesses.internal.BusinessKind.KARAOKE,
                "Karaoke Ánh Trăng",
                "Số 12 phố Thử",
                "Phạm Văn Chủ",
                "7/GCN",
                LocalDate.of(2023, 2, 1),
                null,
                null));
        businesses.inspect(
                karaoke.getId(),
                new vn.pcmt.businesses.internal.InspectionForm(
                        LocalDate.of(2026, 5, 20),
                        "Tổ kiểm tra phường",
                        null,
                        java.util.Set.of(vn.pcmt.businesses.internal.Violation.DRUG_USE_ON_PREMISES),
                        "Phát hiện 4 người sử dụng ma túy trong phòng hát",
                        null,
                        null));
        fixture.signOut();

        login("xa1");
        page.navigate(url("/businesses/" + karaoke.getId()));
        Locator cell = page.getByTestId("inspection-hotspot");
        assertThat(cell.getByTestId("linked-hotspot")).hasCount(0);
        cell.getByLabel("Điểm, tụ điểm").selectOption(String.valueOf(hotspot.getId()));
        cell.getByTestId("link-hotspot").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("linked-hotspot")).hasText("Phòng hát số 3 karaoke Ánh Trăng");
        assertThat(page.getByTestId("inspection-hotspot")).containsText("Đang hoạt động");
        screenshot("business-hotspot-linked");

        page.getByTestId("linked-hotspot").click();
        Locator related = page.getByTestId("hotspot-links");
        assertThat(related).containsText("Karaoke Ánh Trăng");
        assertThat(related).containsText("20/05/2026");
        screenshot("hotspot-shows-business");
        related.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.getByTestId("business-name")).hasText("Karaoke Ánh Trăng");
    }
}
