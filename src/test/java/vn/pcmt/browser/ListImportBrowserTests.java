package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.TestClock;
import vn.pcmt.platform.Workbooks;

/** The facility and school lists from and to Excel in a real browser (ADR 048). */
class ListImportBrowserTests extends BrowserTest {

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Test
    void the_standing_office_imports_a_facility_list_and_exports_the_schools() throws Exception {
        String name = "Trạm Y tế nhập Excel " + System.nanoTime() % 100_000;
        login("tinh");
        page.navigate(url("/facilities?unit=11953"));
        page.getByTestId("facility-import").click();
        Download template =
                page.waitForDownload(() -> page.getByTestId("list-template").click());
        Workbooks.Table read;
        try (var in = template.createReadStream()) {
            read = Workbooks.read(in.readAllBytes());
        }
        org.assertj.core.api.Assertions.assertThat(read.headers()).contains("Mã xã", "Tên cơ sở");

        // a row with a bad date: nothing imported, the problem by row and column
        Path bad = Files.createTempFile("co-so", ".xlsx");
        Files.write(
                bad,
                Workbooks.write(
                        "Cơ sở",
                        null,
                        read.headers(),
                        List.of(List.of(
                                "11953",
                                "Trạm y tế xã, phường",
                                name,
                                "có",
                                "",
                                "",
                                "1/13/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))));
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(bad);
        page.getByTestId("list-import-run").click();
        assertThat(page.getByTestId("list-import-failed")).containsText("chưa nhập dòng nào");
        assertThat(page.getByTestId("list-import-problems")).containsText("Hoạt động từ ngày");
        assertThat(page.getByTestId("list-import-problems")).containsText("Ngày không hợp lệ");
        screenshot("facility-import-problems");

        Path good = Files.createTempFile("co-so", ".xlsx");
        Files.write(
                good,
                Workbooks.write(
                        "Cơ sở",
                        null,
                        read.headers(),
                        List.of(List.of(
                                "11953",
                                "Trạm y tế xã, phường",
                                name,
                                "có",
                                "",
                                "",
                                "01/07/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))));
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(good);
        page.getByTestId("list-import-run").click();
        assertThat(page.getByTestId("list-import-ok")).containsText("Đã nhập 1 dòng");
        page.getByTestId("list-back").click();
        assertThat(page.getByTestId("facilities")).containsText(name);

        // the facility list to Excel, for a reason
        page.getByTestId("facility-export-form").getByLabel("Lý do xuất").fill("Rà soát cơ sở");
        Download facilities =
                page.waitForDownload(() -> page.getByTestId("facility-export").click());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(facilities.createReadStream())) {
            org.assertj.core.api.Assertions.assertThat(
                            workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("Rà soát cơ sở");
        }

        // the schools of a commune to Excel
        page.navigate(url("/outreach/schools?unit=11953"));
        assertThat(page.getByTestId("list-import")).isVisible();
        page.getByTestId("list-export-form").getByLabel("Lý do xuất").fill("Kiểm tra trường học");
        Download schools =
                page.waitForDownload(() -> page.getByTestId("list-export").click());
        org.assertj.core.api.Assertions.assertThat(schools.suggestedFilename()).startsWith("danh-sach-schools-");
        screenshot("schools-export");
    }

    /** A commune officer imports the outreach activities kept in a sheet of their own headings (ADR 052). */
    @Test
    void a_commune_imports_its_outreach_activities_from_a_sheet_with_its_own_headings() throws Exception {
        String title = "Tuyên truyền nhập Excel " + System.nanoTime() % 100_000;
        login("xa1");
        page.navigate(url("/outreach?unit=11953&from=01/01/2026&to=15/06/2026"));
        page.getByTestId("activity-import").click();
        Download template =
                page.waitForDownload(() -> page.getByTestId("list-template").click());
        try (var in = template.createReadStream()) {
            org.assertj.core.api.Assertions.assertThat(
                            Workbooks.read(in.readAllBytes()).headers())
                    .contains("Ngày tổ chức", "Hình thức", "Đối tượng");
        }
        List<String> headings = List.of("Ngay", "Ma xa", "Hinh thuc", "Doi tuong", "Noi dung", "So nguoi");
        // a form that is not in the list and a future day: both problems of the row reported, nothing imported
        Path bad = Files.createTempFile("tuyen-truyen", ".xlsx");
        Files.write(
                bad,
                Workbooks.write(
                        "Tuyên truyền",
                        null,
                        headings,
                        List.of(
                                List.of("02/03/2026", "11953", "Nói chuyện chuyên đề", "Nhân dân", title, "120"),
                                List.of("31/02/2026", "11953", "Múa rối", "Nhân dân", title + " lỗi", "40"))));
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(bad);
        page.getByTestId("list-import-run").click();
        assertThat(page.getByTestId("list-import-failed")).containsText("chưa nhập dòng nào");
        assertThat(page.getByTestId("list-import-problems")).containsText("Ngày tổ chức");
        assertThat(page.getByTestId("list-import-problems")).containsText("Hình thức");
        screenshot("activity-import-problems");

        Path good = Files.createTempFile("tuyen-truyen", ".xlsx");
        Files.write(
                good,
                Workbooks.write(
                        "Tuyên truyền",
                        null,
                        headings,
                        List.of(List.of("02/03/2026", "11953", "Nói chuyện chuyên đề", "Nhân dân", title, "120"))));
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(good);
        page.getByTestId("list-import-run").click();
        assertThat(page.getByTestId("list-import-ok")).containsText("Đã nhập 1 dòng");
        page.getByTestId("list-back").click();
        page.navigate(url("/outreach?unit=11953&from=01/03/2026&to=15/06/2026"));
        assertThat(page.getByTestId("activities")).containsText(title);
    }
}
