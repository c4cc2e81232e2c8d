package vn.pcmt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.Sex;

/**
 * A commune officer registers a person and takes the record through management, methadone treatment, a positive
 * test flagged under art. 256a (a), a determination and voluntary rehab (after which post-rehab management is
 * refused), and then finds the person on the work list with the window that flagged the test.
 */
class PeopleBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @org.springframework.beans.factory.annotation.Autowired
    vn.pcmt.TestClock clock;

    @org.springframework.beans.factory.annotation.Autowired
    PeopleFixture fixture;

    @org.junit.jupiter.api.BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Test
    void an_officer_takes_a_person_from_management_to_post_rehab() {
        login("xa1");
        page.navigate(url("/people"));
        page.getByTestId("new-person").click();
        Locator form = page.getByTestId("person-form");
        LocalDate birth = LocalDate.of(1993, 4, 12);
        form.getByLabel("Họ và tên").fill("Lương Văn Thử Nghiệm");
        form.getByLabel("Ngày sinh").fill(birth.format(DMY));
        form.getByLabel("Giới tính").selectOption("MALE");
        form.getByLabel("Số định danh cá nhân").fill("033093" + "12345");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByText("Số định danh cá nhân phải gồm đúng 12 chữ số."))
                .isVisible();
        screenshot("person-form-error");

        page.getByTestId("person-form")
                .getByLabel("Số định danh cá nhân")
                .fill(PeopleFixture.idNumber(birth, Sex.MALE));
        page.getByTestId("person-form")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("person-name")).containsText("Lương Văn Thử Nghiệm");

        LocalDate managed = TODAY.minusDays(300);
        openEpisode(
                "DRUG_USE_MANAGEMENT",
                Fields.of(
                        "Ngày bắt đầu quản lý",
                        managed,
                        "Số quyết định quản lý",
                        "15/QĐ-UBND",
                        "Ngày quyết định",
                        managed));
        assertThat(page.getByTestId("statuses")).containsText("Đang quản lý người sử dụng");
        openEpisode(
                "SUBSTITUTION_TREATMENT",
                Fields.of("Ngày bắt đầu điều trị", managed.plusDays(10), "Cơ sở điều trị", "Cơ sở Methadone tỉnh"));

        Locator event = page.getByTestId("event-form");
        event.getByLabel("Loại").selectOption("DRUG_TEST");
        event.getByLabel("Ngày").fill(TODAY.minusDays(260).format(DMY));
        event.getByLabel("Kết quả xét nghiệm").selectOption("POSITIVE");
        event.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("flash-error")).containsText("Điều 256a");
        assertThat(page.getByTestId("flag-256a")).isVisible();
        assertThat(page.getByTestId("flag-256a-origin")).containsText("Khoản a");

        LocalDate asked = TODAY.minusDays(255);
        openEpisode(
                "ADDICTION_DETERMINATION",
                Fields.of(
                        "Ngày đề nghị xác định",
                        asked,
                        "Cơ sở y tế xác định",
                        "Trạm Y tế phường Phố Hiến",
                        "Ngày có kết quả",
                        asked.plusDays(2),
                        "Kết quả",
                        "ADDICTED"));
        assertThat(page.getByTestId("timeline")).containsText("Xác định tình trạng nghiện");

        Locator end = page.getByTestId("end-DRUG_USE_MANAGEMENT");
        end.getByLabel("Ngày kết thúc").fill(asked.plusDays(3).format(DMY));
        end.getByLabel("Lý do").selectOption("ADDICTED");
        end.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kết thúc"))
                .click();
        assertThat(page.getByText("Đã ghi nhận kết thúc.")).isVisible();

        LocalDate rehab = TODAY.minusDays(240);
        LocalDate rehabEnd = rehab.plusMonths(6).minusDays(1);
        chooseEpisodeKind("REHAB");
        Locator fields = page.locator("#episode-fields");
        fields.getByLabel("Hình thức cai nghiện").selectOption("VOLUNTARY_COMMUNITY");
        fields.getByLabel("Ngày bắt đầu cai nghiện").fill(rehab.format(DMY));
        fields.getByLabel("Dự kiến kết thúc").fill(rehab.plusMonths(3).format(DMY));
        fields.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("flash-error")).containsText("Thời hạn cai nghiện theo luật");
        screenshot("person-rehab-refused");

        chooseEpisodeKind("REHAB");
        fields = page.locator("#episode-fields");
        fields.getByLabel("Hình thức cai nghiện").selectOption("VOLUNTARY_COMMUNITY");
        fields.getByLabel("Ngày bắt đầu cai nghiện").fill(rehab.format(DMY));
        fields.getByLabel("Dự kiến kết thúc").fill(rehabEnd.format(DMY));
        fields.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        // it ended by its planned date (in the past): the record shows it, the statuses no longer do
        assertThat(page.getByTestId("timeline")).containsText("Cai nghiện — Tự nguyện tại cộng đồng");

        end = page.getByTestId("end-REHAB");
        end.getByLabel("Ngày kết thúc").fill(rehabEnd.format(DMY));
        end.getByLabel("Lý do").selectOption("COMPLETED");
        end.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kết thúc"))
                .click();
        // the page after the end, before the next form is chosen (a choice made on the page being left is lost)
        assertThat(page.getByText("Đã ghi nhận kết thúc.")).isVisible();

        // post-rehab management only follows a served compulsory rehab: refused after a voluntary one
        LocalDate post = rehabEnd.plusDays(1);
        chooseEpisodeKind("POST_REHAB_MANAGEMENT");
        fields = page.locator("#episode-fields");
        fields.getByLabel("Ngày bắt đầu quản lý sau cai").fill(post.format(DMY));
        fields.getByLabel("Số quyết định quản lý sau cai").fill("30/QĐ-UBND");
        fields.getByLabel("Ngày quyết định").fill(post.format(DMY));
        fields.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("flash-error")).containsText("cai nghiện tự nguyện");
        screenshot("person-record");

        event = page.getByTestId("event-form");
        event.getByLabel("Loại").selectOption("DRUG_TEST");
        event.getByLabel("Ngày").fill(TODAY.minusDays(5).format(DMY));
        event.getByLabel("Kết quả xét nghiệm").selectOption("POSITIVE");
        event.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        assertThat(page.getByTestId("flash-error")).containsText("Điều 256a");

        page.navigate(url("/"));
        assertThat(page.getByTestId("worklist")).containsText("Lương Văn Thử Nghiệm");
        assertThat(page.getByTestId("worklist")).containsText("Khoản a");
        screenshot("home-worklist");
    }

    @Test
    void an_import_with_a_bad_row_shows_the_report_and_imports_nothing() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("so-doi-tuong", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[][] rows = {
                {"Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Mã xã nơi ở"},
                {"Tải Văn Lên", "01/01/1990", "Nam", "", "11953"},
                {"Tải Văn Sai", "01/01/1990", "Không rõ", "", "11953"}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r).createCell(c);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        login("xa1");
        page.navigate(url("/people"));
        page.getByTestId("import-link").click();
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục"))
                .click();
        assertThat(page.getByTestId("mapping-form")).isVisible();
        screenshot("import-mapping");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra và nhập"))
                .click();
        assertThat(page.getByTestId("import-failed")).containsText("chưa nhập dòng nào");
        assertThat(page.getByTestId("import-problems")).containsText("Giới tính phải là");
        screenshot("import-report");
    }

    @Test
    void a_large_import_shows_its_progress_then_its_report() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("so-lon", ".xlsx");
        int rows = 20_000;
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[] header = {"Họ và tên", "Ngày sinh", "Giới tính", "Mã xã nơi ở"};
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            java.time.LocalDate birth = java.time.LocalDate.of(1935, 1, 1);
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0)
                        .setCellValue("Tiến Văn Độ " + Integer.toString(r, 36).replaceAll("\\d", "x"));
                row.createCell(1)
                        .setCellValue(birth.plusDays(r % 20_000)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                // the last row has a problem: the run shows its progress, then writes nothing
                row.createCell(2).setCellValue(r == rows ? "Không rõ" : "Nam");
                row.createCell(3).setCellValue("11953");
            }
            workbook.write(out);
            workbook.dispose();
        }
        login("xa1");
        page.navigate(url("/people/import"));
        page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra và nhập"))
                .click();
        assertThat(page.getByTestId("import-job")).isVisible();
        assertThat(page.getByTestId("import-counts")).containsText("20.000 dòng");
        assertThat(page.getByTestId("import-refresh")).isVisible();
        screenshot("import-progress");
        assertThat(page.getByTestId("import-failed"))
                .containsText(
                        "chưa nhập dòng nào",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(300_000));
        assertThat(page.getByTestId("import-problems")).containsText("20001");
    }

    @Test
    void a_department_reporter_sees_figures_but_no_names() {
        login("soyte");
        page.navigate(url("/people"));
        assertThat(page.getByText("Không có quyền truy cập")).isVisible();
        page.navigate(url("/people/stats?unit=33"));
        assertThat(page.getByTestId("stats-heading")).containsText("Tỉnh Hưng Yên");
        screenshot("stats-department");
    }

    @Test
    void the_list_searches_without_diacritics() {
        login("tinh");
        page.navigate(url("/people?q=nguyen"));
        assertThat(page.getByTestId("people")).containsText("Nguyễn");
        screenshot("people-list");
    }

    @Test
    void the_list_finds_a_name_typed_with_one_typo() {
        fixture.signIn("xa1");
        try {
            fixture.person("11953", "Khúc Thừa Dụ", LocalDate.of(1984, 4, 4));
        } finally {
            fixture.signOut();
        }
        login("xa1");
        page.navigate(url("/people"));
        Locator search = page.getByLabel("Họ tên, tên gọi khác hoặc số định danh");
        search.fill("khuc thau du");
        search.press("Enter");
        assertThat(page.getByTestId("people")).containsText("Khúc Thừa Dụ");
        screenshot("people-list-one-typo");
    }

    /** Picks the kind once the page and htmx are ready, and waits for its fields to arrive. */
    private void chooseEpisodeKind(String kind) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => window.htmx !== undefined");
        page.getByTestId("episode-form").getByLabel("Loại biện pháp").selectOption(kind);
        page.locator("#episode-fields button").waitFor();
        // the date fields made date pickers (pickers.js moves each into a holder when htmx has loaded the fields): a
        // field filled before that loses its text when moved (seen once in CI: "please enter the start date")
        page.waitForFunction(
                "() => !document.querySelector('#episode-fields input[data-date]:not([data-date-ready]):not([readonly]):not([disabled]):not([type=hidden])')");
    }

    private void openEpisode(String kind, Fields values) {
        chooseEpisodeKind(kind);
        Locator fields = page.locator("#episode-fields");
        try {
            fields.locator("button").waitFor();
        } catch (RuntimeException e) {
            screenshot("failed-fields-" + kind);
            throw e;
        }
        for (int i = 0; i < values.pairs().length; i += 2) {
            Object value = values.pairs()[i + 1];
            Locator field =
                    fields.getByLabel((String) values.pairs()[i], new Locator.GetByLabelOptions().setExact(true));
            String text = value instanceof LocalDate d ? d.format(DMY) : value.toString();
            if ("SELECT".equals(field.evaluate("e => e.tagName"))) {
                field.selectOption(text);
            } else {
                field.fill(text);
            }
        }
        fields.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();
        try {
            assertThat(page.getByText("Đã ghi nhận biện pháp.")).isVisible();
        } catch (AssertionError e) {
            screenshot("failed-" + kind);
            throw e;
        }
    }

    private record Fields(Object[] pairs) {
        static Fields of(Object... pairs) {
            return new Fields(pairs);
        }
    }
}
