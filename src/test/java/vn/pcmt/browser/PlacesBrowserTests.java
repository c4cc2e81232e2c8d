package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestAccounts;
import vn.pcmt.access.Role;
import vn.pcmt.geo.UnitService;

/** Hotspots on the map, and a commune taken through the drug-free workflow to recognition, in a real browser. */
class PlacesBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @org.springframework.beans.factory.annotation.Autowired
    vn.pcmt.TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @BeforeEach
    void accounts() {
        clock.setToday(TODAY);
        accounts.create(
                "dn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("48", TODAY).orElseThrow().id(),
                null);
        accounts.create(
                "dn_xa2",
                Role.COMMUNE_POLICE,
                units.find("20197", TODAY).orElseThrow().id(),
                null);
    }

    @Test
    void an_officer_records_a_hotspot_on_the_map_and_eliminates_it() {
        login("xa1");
        page.navigate(url("/hotspots"));
        page.getByTestId("new-hotspot").click();
        Locator form = page.getByTestId("hotspot-form");
        form.getByLabel("Tên điểm").fill("Quán karaoke Thử Bản Đồ");
        form.getByLabel("Hoạt động").selectOption("ORGANISING_USE");
        assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
        page.waitForSelector("#pick-map[data-loaded='true']");
        page.getByTestId("pick-map").click();
        assertThat(form.getByLabel("Vĩ độ")).not().hasValue("");
        assertThat(form.getByLabel("Kinh độ")).not().hasValue("");
        screenshot("hotspot-form");
        page.getByTestId("save-hotspot").click();

        assertThat(page.getByTestId("hotspot-state")).hasText("Đang hoạt động");
        Locator eliminate = page.getByTestId("eliminate-form");
        eliminate.getByLabel("Biện pháp triệt xóa").fill("Bắt quả tang, đóng cửa cơ sở");
        eliminate.getByLabel("Số quyết định, văn bản").fill("05/QĐ-CAX");
        page.getByTestId("eliminate").click();
        assertThat(page.getByTestId("hotspot-state")).hasText("Đã triệt xóa");
        assertThat(page.getByTestId("eliminated-on")).hasText(TODAY.format(DMY));
        assertThat(page.getByTestId("reform-form")).isVisible();
        screenshot("hotspot-eliminated");

        page.navigate(url("/hotspots?unit=11953&state=ELIMINATED"));
        assertThat(page.getByTestId("hotspots")).containsText("Quán karaoke Thử Bản Đồ");
        page.waitForSelector("#hotspot-map[data-loaded='true']");
        assertThat(page.locator("#hotspot-map .leaflet-boundary-pane path").count())
                .as("the province boundary is drawn")
                .isPositive();
        assertThat(page.locator("#hotspot-map .leaflet-overlay-pane path.leaflet-interactive")
                        .count())
                .as("the eliminated hotspot is a marker")
                .isPositive();
        screenshot("hotspots-map");
    }

    @Test
    void a_commune_goes_through_the_drug_free_workflow_to_recognition() {
        login("dn_tinh");
        page.navigate(url("/drug-free?province=48"));
        Locator programme = page.getByTestId("programme-form");
        programme.getByLabel("Tên chương trình").fill("Đà Nẵng thử nghiệm " + System.nanoTime());
        programme.getByLabel("Ngày bắt đầu").fill(TODAY.minusDays(30).format(DMY));
        programme
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mở chương trình"))
                .click();
        String programmeUrl = page.url();

        relogin("dn_xa2");
        page.navigate(programmeUrl);
        assertThat(page.getByTestId("register-form").locator("input[type=hidden][name=communeCode]"))
                .hasValue("20197");
        page.getByTestId("register").click();
        assertThat(page.getByTestId("entry-status")).hasText("Đã đăng ký");
        String entryUrl = page.url();
        selfAssess();
        assertThat(page.getByTestId("entry-status")).hasText("Đã tự đánh giá");
        page.getByTestId("submit-dossier").click();
        assertThat(page.getByTestId("entry-status")).hasText("Đã gửi hồ sơ");

        // the provincial police return the dossier: the households' commitments are not accepted
        relogin("dn_tinh");
        page.navigate(entryUrl);
        Locator appraisal = page.getByTestId("appraisal-form");
        appraisal.locator("input[type=checkbox]").nth(1).uncheck();
        appraisal.getByLabel("Ý kiến chung (bắt buộc khi trả lại)").fill("Thiếu bản cam kết của 12 hộ");
        page.getByTestId("appraise").click();
        assertThat(page.getByTestId("entry-status")).hasText("Bị trả lại");

        relogin("dn_xa2");
        page.navigate(entryUrl);
        selfAssess();
        page.getByTestId("submit-dossier").click();

        relogin("dn_tinh");
        page.navigate(entryUrl);
        page.getByTestId("appraise").click();
        assertThat(page.getByTestId("entry-status")).hasText("Đã thẩm định đạt");
        Locator recognition = page.getByTestId("recognition-form");
        recognition.getByLabel("Số quyết định").fill("88/QĐ-UBND");
        page.getByTestId("recognise").click();
        assertThat(page.getByTestId("entry-status")).hasText("Đã công nhận");
        assertThat(page.getByTestId("steps")).containsText("Công nhận");
        assertThat(page.locator("[data-testid=criteria-now] tr[data-met=false]"))
                .hasCount(0);
        screenshot("drugfree-recognised");
    }

    /** Fills the manual criteria of the Kon Tum set as met and saves the self-assessment. */
    private void selfAssess() {
        Locator form = page.getByTestId("self-assessment-form");
        Locator values = form.locator("input[name^=value_]");
        Locator totals = form.locator("input[name^=total_]");
        Locator evidence = form.locator("input[name^=evidence_]");
        values.nth(0).fill("0");
        values.nth(1).fill("640");
        totals.nth(0).fill("640");
        values.nth(2).fill("9");
        totals.nth(1).fill("9");
        values.nth(3).fill("1");
        for (int i = 0; i < evidence.count(); i++) {
            evidence.nth(i).fill("Biên bản số " + (i + 1));
        }
        page.getByTestId("self-assess").click();
    }

    private void relogin(String username) {
        context.clearCookies();
        login(username);
    }
}
