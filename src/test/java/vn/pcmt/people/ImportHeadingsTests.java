package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.people.internal.ImportField;
import vn.pcmt.people.internal.PersonImport;
import vn.pcmt.people.internal.Sex;

/**
 * The import meets the user's file (ADR 046): the usual headings of registers kept in Excel are recognised by synonym
 * and without diacritics, missing required columns are named before any row is read, a year alone is a year of birth,
 * and every problem of a row is reported at once.
 */
@PcmtTest
class ImportHeadingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonImport imports;

    @Test
    void the_usual_headings_of_a_register_are_matched_by_synonym_and_without_diacritics() {
        Map<ImportField, Integer> mapping = imports.suggest(List.of(
                "STT",
                "Họ tên",
                "Năm sinh",
                "Giới",
                "Số CCCD",
                "CMND",
                "Mã xã",
                "Địa chỉ thường trú",
                "Nơi ở hiện nay",
                "Tên gọi khác"));
        assertThat(mapping)
                .containsEntry(ImportField.FULL_NAME, 1)
                .containsEntry(ImportField.BIRTH_YEAR, 2)
                .containsEntry(ImportField.SEX, 3)
                .containsEntry(ImportField.ID_NUMBER, 4)
                .containsEntry(ImportField.OLD_ID_NUMBER, 5)
                .containsEntry(ImportField.RESIDENCE_COMMUNE_CODE, 6)
                .containsEntry(ImportField.PERMANENT_ADDRESS, 7)
                .containsEntry(ImportField.RESIDENCE_ADDRESS, 8)
                .containsEntry(ImportField.ALIASES, 9)
                .doesNotContainValue(0);

        assertThat(imports.suggest(List.of("HỌ VÀ TÊN:", "ngay sinh", "Giới tính (Nam/Nữ)", "Số CCCD/CMND", "MÃ XÃ *")))
                .containsEntry(ImportField.FULL_NAME, 0)
                .containsEntry(ImportField.DATE_OF_BIRTH, 1)
                .containsEntry(ImportField.SEX, 2)
                .containsEntry(ImportField.ID_NUMBER, 3)
                .containsEntry(ImportField.RESIDENCE_COMMUNE_CODE, 4);
        // a slip of the keyboard still matches; one column serves one field
        assertThat(imports.suggest(List.of("Ho va tenn", "Ngày sinh", "Ngày tháng năm sinh")))
                .containsEntry(ImportField.FULL_NAME, 0)
                .containsEntry(ImportField.DATE_OF_BIRTH, 1)
                .doesNotContainKey(ImportField.BIRTH_YEAR);
    }

    @Test
    void the_missing_required_columns_are_named_on_upload_and_nothing_is_read() throws Exception {
        List<String[]> rows = List.of(
                new String[] {"Họ tên", "Ngày sinh", "Ghi chú"}, new String[] {"Thiếu Văn Cột", "01/01/1990", ""});
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "so.xlsx", "application/octet-stream", xlsx(rows)))
                        .session(session)
                        .with(accounts.as("xa1"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Không tìm thấy cột bắt buộc trong tệp: Giới tính, Mã xã nơi ở.");
        String report = mvc.perform(post("/people/import/run")
                        .param("field_FULL_NAME", "0")
                        .param("field_DATE_OF_BIRTH", "1")
                        .session(session)
                        .with(accounts.as("xa1"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(report).contains("Tệp thiếu cột bắt buộc: Giới tính, Mã xã nơi ở.");
    }

    @Test
    void a_year_alone_is_the_year_of_birth_and_every_problem_of_a_row_is_reported_at_once() throws Exception {
        String name = "Năm Văn Sinh " + Long.toString(System.nanoTime() % 100_000);
        List<String[]> rows = List.of(
                new String[] {"Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Mã xã"},
                new String[] {name, "1990", "Nam", "", "11953"},
                // three problems in one row: an impossible date, an unknown sex, a short id number
                new String[] {"Lỗi Văn Ba", "31/02/1992", "X", "0330", "11953"});
        long before = count();
        MockHttpSession session = upload(rows);
        String report = run(session);
        assertThat(report)
                .contains(
                        "không đúng dạng dd/mm/yyyy",
                        "Giới tính phải là",
                        "Số định danh cá nhân phải gồm đúng 12 chữ số");
        assertThat(count()).isEqualTo(before);

        String done = run(upload(List.of(rows.get(0), rows.get(1))));
        assertThat(done).contains("Đã nhập 1 người vào sổ.");
        assertThat(jdbc.sql("select birth_year from person where full_name = :n")
                        .param("n", name)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1990);
        assertThat(Sex.MALE).isNotNull();
    }

    private MockHttpSession upload(List<String[]> rows) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "so.xlsx", "application/octet-stream", xlsx(rows)))
                        .session(session)
                        .with(accounts.as("xa1"))
                        .with(csrf()))
                .andExpect(status().isOk());
        return session;
    }

    /** Runs with the suggested mapping, as a user who accepts what the page proposes. */
    private String run(MockHttpSession session) throws Exception {
        var request = post("/people/import/run")
                .session(session)
                .with(accounts.as("xa1"))
                .with(csrf());
        byte[] file = (byte[]) session.getAttribute("pcmt.import.file");
        var sheet = vn.pcmt.platform.Workbooks.read(file);
        imports.suggest(sheet.headers()).forEach((f, c) -> request.param("field_" + f.name(), String.valueOf(c)));
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static byte[] xlsx(List<String[]> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }
}
