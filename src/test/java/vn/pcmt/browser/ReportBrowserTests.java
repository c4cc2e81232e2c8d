package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.FileInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A commune's annual report on the Hưng Yên plan: opened pre-filled, written and submitted by the commune police,
 * returned by the standing office, resubmitted and accepted; the Word, PDF and Excel files open.
 */
class ReportBrowserTests extends BrowserTest {

    @Test
    void a_report_is_submitted_returned_resubmitted_and_accepted() throws Exception {
        login("tinh");
        page.navigate(url("/plans?province=33"));
        page.getByTestId("template-form")
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        assertThat(page.getByTestId("plan-title")).isVisible();
        String planUrl = page.url();

        relogin("xa1");
        page.navigate(planUrl + "/reports");
        page.getByTestId("open-report").getByLabel("Loại báo cáo").selectOption("ANNUAL");
        page.getByTestId("open-report")
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .click();
        assertThat(page.getByTestId("report-status")).hasText("Đang soạn");
        assertThat(page.getByTestId("report-figures").locator("tbody tr").first())
                .isVisible();
        String reportUrl = page.url();
        Locator form = page.getByTestId("report-form");
        form.getByLabel("Số, ký hiệu").fill("21/BC-CAP");
        form.getByLabel("I. Kết quả thực hiện").fill("Triệt xóa 3 điểm bán lẻ; lập hồ sơ quản lý 15 người.");
        form.getByLabel("IV. Đề xuất, kiến nghị").fill("Bổ sung kinh phí xét nghiệm.");
        page.getByTestId("submit-report").click();
        assertThat(page.getByTestId("report-status")).hasText("Đã gửi");

        relogin("tinh");
        page.navigate(reportUrl);
        page.getByTestId("review-form").getByLabel("Ý kiến").fill("Bổ sung kết quả quý IV");
        page.getByTestId("return-report").click();
        assertThat(page.getByTestId("report-status")).hasText("Bị trả lại");

        relogin("xa1");
        page.navigate(reportUrl);
        assertThat(page.getByTestId("reviewer-comment")).containsText("Bổ sung kết quả quý IV");
        page.getByTestId("report-form")
                .getByLabel("I. Kết quả thực hiện")
                .fill("Triệt xóa 3 điểm bán lẻ; lập hồ sơ quản lý 15 người; quý IV không phát sinh điểm mới.");
        page.getByTestId("submit-report").click();
        assertThat(page.getByTestId("report-status")).hasText("Đã gửi");

        relogin("tinh");
        page.navigate(reportUrl);
        page.getByTestId("accept-report").click();
        assertThat(page.getByTestId("report-status")).hasText("Đã chấp nhận");
        assertThat(page.getByTestId("report-steps").locator("li")).hasCount(5);
        screenshot("report-accepted");

        Download download = page.waitForDownload(() -> page.getByTestId("docx").click());
        try (XWPFDocument doc =
                        new XWPFDocument(new FileInputStream(download.path().toFile()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Số: 21/BC-CAP")
                    .contains("quý IV không phát sinh điểm mới");
        }

        Download pdf = page.waitForDownload(() -> page.getByTestId("pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.path().toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Phố Hiến, ngày")
                    .contains("Số: 21/BC-CAP")
                    .contains("quý IV không phát sinh điểm mới");
        }

        Download xlsx = page.waitForDownload(() -> page.getByTestId("xlsx").click());
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new FileInputStream(xlsx.path().toFile()))) {
            assertThat(workbook.getSheet("Chỉ tiêu").getRow(3).getCell(2).getStringCellValue())
                    .isEqualTo("21/BC-CAP");
        }

        // the commune keeps how its documents are headed and signed (Decree 30/2020)
        relogin("xa1");
        page.navigate(reportUrl);
        page.getByTestId("issuer").click();
        assertThat(page.getByTestId("issuer-state")).containsText("mặc định");
        Locator issuer = page.getByTestId("issuer-form");
        issuer.getByLabel("Cơ quan chủ quản").fill("UBND PHƯỜNG PHỐ HIẾN");
        issuer.getByLabel("Cơ quan ban hành").fill("CÔNG AN PHƯỜNG");
        issuer.getByLabel("Ký hiệu").fill("ca p");
        issuer.getByLabel("Thẩm quyền ký").fill("");
        issuer.getByLabel("Chức vụ người ký").fill("Trưởng Công an phường");
        issuer.getByLabel("Họ và tên người ký").fill("Trần Văn Bình");
        page.getByTestId("issuer-save").click();
        assertThat(page.getByTestId("issuer-form").locator(".invalid-feedback")).containsText("Ký hiệu gồm chữ in hoa");
        assertThat(page.getByTestId("issuer-form").getByLabel("Họ và tên người ký"))
                .hasValue("Trần Văn Bình");
        page.getByTestId("issuer-form").getByLabel("Ký hiệu").fill("CAP");
        page.getByTestId("issuer-save").click();
        assertThat(page.getByTestId("issuer-state")).containsText("thể thức riêng");
        Locator preview = page.getByTestId("issuer-preview");
        assertThat(preview).containsText("CÔNG AN PHƯỜNG");
        assertThat(preview).containsText("TRƯỞNG CÔNG AN PHƯỜNG");
        assertThat(preview).containsText("Trần Văn Bình");
        screenshot("report-issuer");
    }

    private void relogin(String username) {
        context.clearCookies();
        login(username);
    }
}
