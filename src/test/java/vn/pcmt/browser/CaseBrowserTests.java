package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A commune police officer records a drug crime case with a suspect and a seizure, and opens it, in a real browser. */
class CaseBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    vn.pcmt.TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void an_officer_records_a_case_with_a_suspect_and_a_seizure_and_opens_it() {
        login("xa1");
        page.navigate(url("/cases"));
        page.getByTestId("new-case").click();
        Locator form = page.getByTestId("case-form");
        assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
        form.getByLabel("Ngày phát hiện").fill("10/06/2026");
        form.getByLabel("Tóm tắt vụ việc").fill("Bắt quả tang mua bán ma túy qua mạng xã hội");
        String agency = page.locator("#agencyId option:nth-child(2)").getAttribute("value");
        form.getByLabel("Cơ quan phát hiện").selectOption(agency);
        form.getByLabel("Điều của Bộ luật Hình sự").selectOption(new String[] {"251", "249"});
        form.getByLabel("Liên quan không gian mạng").check();
        screenshot("case-form");
        page.getByTestId("save-case").click();

        assertThat(page.getByTestId("case-summary")).hasText("Bắt quả tang mua bán ma túy qua mạng xã hội");
        assertThat(page.getByTestId("case-stage")).hasText("Phát hiện");

        Locator suspect = page.getByTestId("suspect-form");
        suspect.getByLabel("Họ và tên").fill("Đỗ Văn Thử");
        suspect.getByLabel("Giới tính").selectOption("false");
        suspect.getByLabel("Năm sinh").fill("1990");
        suspect.getByLabel("Số định danh").fill("033090001234");
        suspect.getByLabel("Vai trò").selectOption("ORGANISER");
        suspect.getByLabel("Người sử dụng ma túy").check();
        page.getByTestId("suspect-submit").click();
        assertThat(page.getByTestId("suspect-table")).containsText("Đỗ Văn Thử");
        // the identification number is masked
        assertThat(page.getByTestId("suspect-table")).containsText("*********234");
        assertThat(page.getByTestId("suspect-table")).not().containsText("033090001234");

        Locator seizure = page.getByTestId("seizure-form");
        seizure.getByLabel("Loại chất ma túy").selectOption("METH");
        seizure.getByLabel("Số lượng").fill("250");
        seizure.getByLabel("Đơn vị").selectOption("G");
        seizure.getByLabel("Vật chứng khác").fill("2 điện thoại di động");
        page.getByTestId("seizure-submit").click();
        assertThat(page.getByTestId("seizure-table")).containsText("Ma túy đá");
        assertThat(page.getByTestId("seizure-table")).containsText("2 điện thoại di động");
        // the quantity as entered, not "250,000"
        assertThat(page.getByTestId("seizure-table").locator("tbody tr").first())
                .containsText("250 gam");
        assertThat(page.getByTestId("seizure-table")).not().containsText("250,000");
        assertThat(page.getByTestId("suspect-table")).containsText("Trên 30 tuổi");

        // a kilogram and a half of heroin, typed with a comma, shown as typed
        seizure = page.getByTestId("seizure-form");
        seizure.getByLabel("Loại chất ma túy").selectOption("HEROIN");
        seizure.getByLabel("Số lượng").fill("1,5");
        seizure.getByLabel("Đơn vị").selectOption("KG");
        page.getByTestId("seizure-submit").click();
        Locator heroin = page.getByTestId("seizure-table")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Heroin"));
        assertThat(heroin).containsText("1,5 kg");

        // a suspect born in 2009 is under 18 in 2026: the group is computed, not typed
        suspect = page.getByTestId("suspect-form");
        suspect.getByLabel("Họ và tên").fill("Lê Văn Nhỏ");
        suspect.getByLabel("Năm sinh").fill("2009");
        suspect.getByLabel("Vai trò").selectOption("ACCOMPLICE");
        page.getByTestId("suspect-submit").click();
        Locator minor = page.getByTestId("suspect-table")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Lê Văn Nhỏ"));
        assertThat(minor).containsText("Dưới 18 tuổi");

        // both removed from the page, after confirming
        page.onceDialog(dialog -> dialog.accept());
        minor.getByTestId("delete-suspect").click();
        assertThat(page.locator(".alert-success")).containsText("Đã xóa đối tượng");
        assertThat(page.getByTestId("suspect-table")).not().containsText("Lê Văn Nhỏ");
        assertThat(page.getByTestId("suspect-table")).containsText("Đỗ Văn Thử");
        page.onceDialog(dialog -> dialog.accept());
        heroin.getByTestId("delete-seizure").click();
        assertThat(page.locator(".alert-success")).containsText("Đã xóa vật chứng");
        assertThat(page.getByTestId("seizure-table")).not().containsText("Heroin");

        // a seizure in a unit that does not fit the substance is refused in words
        seizure = page.getByTestId("seizure-form");
        seizure.getByLabel("Loại chất ma túy").selectOption("HEROIN");
        seizure.getByLabel("Số lượng").fill("3");
        seizure.getByLabel("Đơn vị").selectOption("PILLS");
        page.getByTestId("seizure-submit").click();
        assertThat(page.getByTestId("flash-error")).containsText("Đơn vị không phù hợp");

        Locator stage = page.getByTestId("stage-form");
        stage.getByLabel("Giai đoạn tiếp theo").selectOption("OPEN");
        stage.getByLabel("Ngày").fill("12/06/2026");
        page.getByTestId("stage-submit").click();
        assertThat(page.getByTestId("case-stage")).hasText("Đã khởi tố vụ án");
        assertThat(page.getByTestId("case-stages")).containsText("12/06/2026");
        screenshot("case-page");

        // the header corrected from the page; a second, stale edit is refused in words
        String caseUrl = page.url();
        page.getByTestId("edit-case").click();
        Locator edit = page.getByTestId("case-form");
        assertThat(edit.getByLabel("Tóm tắt vụ việc")).hasValue("Bắt quả tang mua bán ma túy qua mạng xã hội");
        var stale = context.newPage();
        stale.navigate(page.url());
        edit.getByLabel("Tóm tắt vụ việc").fill("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");
        edit.getByLabel("Điều của Bộ luật Hình sự").selectOption(new String[] {"251"});
        edit.getByLabel("Trên tuyến trọng điểm").check();
        page.getByTestId("save-case").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu thay đổi");
        assertThat(page.getByTestId("case-summary")).hasText("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");
        assertThat(page.locator("main")).containsText("Trên tuyến trọng điểm");
        assertThat(page.locator("main")).not().containsText("Điều 249");
        // the date moved after the first procedural stage is refused beside the form
        page.getByTestId("edit-case").click();
        page.getByTestId("case-form").getByLabel("Ngày phát hiện").fill("14/06/2026");
        page.getByTestId("save-case").click();
        assertThat(page.getByTestId("case-form")).containsText("không được sau ngày của giai đoạn tố tụng đầu tiên");
        stale.getByTestId("case-form").getByLabel("Tóm tắt vụ việc").fill("Bản cũ");
        stale.getByTestId("save-case").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(stale.locator("main"))
                .containsText("Dữ liệu đã bị thay đổi");
        stale.close();
        page.navigate(caseUrl);
        assertThat(page.getByTestId("case-summary")).hasText("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");

        page.navigate(url("/cases?unit=11953&flag=CYBERSPACE"));
        assertThat(page.getByTestId("case-table"))
                .containsText("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");

        // the figures by article, agency and substance, each leading to the cases behind it
        page.navigate(url("/cases/summary?unit=11953&from=10/06/2026&to=10/06/2026"));
        Locator byArticle = page.getByTestId("by-article");
        assertThat(byArticle.locator("tr[data-article='251']")).containsText("Điều 251");
        assertThat(page.getByTestId("by-substance")).containsText("Ma túy đá");
        assertThat(page.getByTestId("by-substance")).containsText("250");
        assertThat(page.getByTestId("by-agency")).containsText("Biên phòng");
        screenshot("case-summary");
        byArticle.locator("tr[data-article='251'] a").click();
        assertThat(page.getByTestId("case-table"))
                .containsText("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");
        assertThat(page.locator("#article")).hasValue("251");
        page.navigate(url("/cases/summary?unit=11953&from=10/06/2026&to=10/06/2026"));
        page.getByTestId("by-agency").locator("tbody tr a").first().click();
        assertThat(page.getByTestId("agency-filter")).containsText("Biên phòng");
        assertThat(page.getByTestId("case-table"))
                .containsText("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");

        // the list to Excel, for a reason
        page.navigate(url("/cases?unit=11953&from=10/06/2026&to=10/06/2026"));
        page.getByTestId("export-form").getByLabel("Lý do xuất").fill("Báo cáo tháng 6");
        com.microsoft.playwright.Download download =
                page.waitForDownload(() -> page.getByTestId("case-export").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("vu-an-");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            var sheet = workbook.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(
                            sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("Báo cáo tháng 6");
            org.assertj.core.api.Assertions.assertThat(
                            sheet.getRow(3).getCell(3).getStringCellValue())
                    .isEqualTo("Mua bán ma túy qua mạng xã hội, thu 250 gam ma túy đá");
            org.assertj.core.api.Assertions.assertThat(
                            sheet.getRow(3).getCell(4).getStringCellValue())
                    .isEqualTo("251");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void an_officer_records_corrects_lists_and_deletes_an_administrative_violation() {
        login("xa1");
        page.navigate(url("/"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sổ theo dõi"))
                .click();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Vi phạm hành chính về ma túy"))
                .click();
        page.getByTestId("new-violation").click();
        Locator form = page.getByTestId("violation-form");
        assertThat(form.locator("input[type=hidden][name=communeCode]")).hasValue("11953");
        form.getByLabel("Số quyết định").fill("27/QĐ-XPHC");
        form.getByLabel("Ngày quyết định").fill("12/06/2026");
        form.getByLabel("Họ và tên người vi phạm").fill("Vũ Văn Phạt");
        form.getByLabel("Hành vi vi phạm").fill("Sử dụng trái phép chất ma túy");
        page.getByTestId("save-violation").click();
        // no sanction: refused in words on the form, what was typed kept
        assertThat(page.getByTestId("violation-form")).containsText("Nhập số tiền phạt hoặc biện pháp xử lý");
        assertThat(page.getByTestId("violation-form").getByLabel("Họ và tên người vi phạm"))
                .hasValue("Vũ Văn Phạt");
        form = page.getByTestId("violation-form");
        form.getByLabel("Số tiền phạt (đồng)").fill("1.500.000");
        page.getByTestId("save-violation").click();
        assertThat(page.getByTestId("violation-title")).hasText("Quyết định xử phạt số 27/QĐ-XPHC");
        assertThat(page.getByTestId("violation-summary")).containsText("12/06/2026");
        assertThat(page.getByTestId("violation-form").getByLabel("Số tiền phạt (đồng)"))
                .hasValue("1.500.000");

        page.getByTestId("violation-form").getByLabel("Biện pháp xử lý").fill("Đưa vào danh sách quản lý sau xử phạt");
        page.getByTestId("save-violation").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu thay đổi");

        page.navigate(url("/violations?unit=11953&from=01/06/2026&to=15/06/2026"));
        Locator row = page.getByTestId("violation-table")
                .locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("27/QĐ-XPHC"));
        assertThat(row).containsText("Vũ Văn Phạt");
        assertThat(row).containsText("1.500.000");
        assertThat(row).containsText("Đưa vào danh sách quản lý sau xử phạt");
        screenshot("violation-list");
        page.navigate(url("/violations?unit=11953&from=01/01/2026&to=31/05/2026"));
        assertThat(page.locator("main")).not().containsText("27/QĐ-XPHC");
        // another commune's list is refused
        page.navigate(url("/violations?unit=11977"));
        assertThat(page.locator("main")).not().containsText("27/QĐ-XPHC");

        page.navigate(url("/violations?unit=11953&from=01/06/2026&to=15/06/2026"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("27/QĐ-XPHC"))
                .click();
        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("delete-violation").click();
        assertThat(page.locator(".alert-success")).containsText("Đã xóa quyết định xử phạt");
        assertThat(page.locator("main")).not().containsText("27/QĐ-XPHC");
    }
}
