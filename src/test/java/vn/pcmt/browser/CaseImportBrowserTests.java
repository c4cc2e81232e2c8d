package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;

/**
 * A commune police officer imports a monthly case list (ADR 045): a file with a bad row shows the row report and
 * imports nothing; the corrected file imports the case with its suspect and seizure.
 */
class CaseImportBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    static Path file(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("danh-sach-vu-an", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Vụ án");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    void upload(Path file) {
        page.navigate(url("/cases"));
        page.getByTestId("case-import-link").click();
        assertThat(page.getByTestId("template")).isVisible();
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục"))
                .click();
        assertThat(page.getByTestId("mapping-form")).isVisible();
    }

    @Test
    void an_officer_imports_a_case_list_after_fixing_the_rows_the_report_names() throws Exception {
        String summary = "Vụ nhập từ Excel " + System.nanoTime();
        List<String> headers = List.of(
                "Ngày phát hiện",
                "Mã xã nơi phát hiện",
                "Cơ quan phát hiện",
                "Tóm tắt vụ việc",
                "Điều của Bộ luật Hình sự",
                "Họ tên đối tượng",
                "Năm sinh",
                "Vai trò",
                "Loại chất ma túy",
                "Số lượng",
                "Đơn vị tính");
        Path bad = file(List.of(
                headers,
                List.of(
                        "05/02/2026",
                        "11953",
                        "Công an tỉnh",
                        summary,
                        "251",
                        "Lê Văn Nhập",
                        "1995",
                        "Thực hành",
                        "METH",
                        "12",
                        "gam"),
                List.of("30/02/2026", "11953", "Công an tỉnh", summary + " sai", "300", "", "", "", "", "", "")));
        login("xa1");
        upload(bad);
        // the columns were found by their headers
        assertThat(page.locator("#field_DETECTED_ON")).hasValue("0");
        assertThat(page.locator("#field_SUBSTANCE")).hasValue("8");
        screenshot("case-import-mapping");
        page.getByTestId("import-run").click();
        assertThat(page.getByTestId("import-failed")).containsText("chưa nhập dòng nào");
        assertThat(page.getByTestId("import-problems")).containsText("không đúng dạng dd/mm/yyyy");
        assertThat(page.getByTestId("import-problems")).containsText("Điều 300");
        assertThat(page.getByTestId("import-problems").locator("tbody tr").first())
                .containsText("3");
        screenshot("case-import-report");
        page.navigate(url("/cases?unit=11953&from=01/01/2026&to=15/06/2026"));
        assertThat(page.locator("body")).not().containsText(summary);

        Path good = file(List.of(
                headers,
                List.of(
                        "05/02/2026",
                        "11953",
                        "Công an tỉnh",
                        summary,
                        "251",
                        "Lê Văn Nhập",
                        "1995",
                        "Thực hành",
                        "METH",
                        "12",
                        "gam")));
        upload(good);
        page.getByTestId("import-run").click();
        assertThat(page.getByTestId("import-ok")).hasText("Đã nhập 1 vụ án, 1 đối tượng và 1 lần thu giữ vật chứng.");
        page.navigate(url("/cases?unit=11953&from=01/01/2026&to=15/06/2026"));
        page.getByText(summary).click();
        assertThat(page.getByTestId("suspect-table")).containsText("Lê Văn Nhập");
        assertThat(page.getByTestId("seizure-table")).containsText("12 gam");
    }
}
