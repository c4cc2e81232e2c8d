package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.people.internal.Sex;

/** An Excel import is checked row by row and written all or nothing. */
@PcmtTest
class ImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_template_is_an_excel_file_with_the_vietnamese_columns() throws Exception {
        byte[] file = mvc.perform(get("/people/import/template").with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Họ và tên");
        }
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_and_names_the_row_then_the_fixed_file_imports_all() throws Exception {
        String good1 = PeopleFixture.idNumber(java.time.LocalDate.of(1990, 1, 1), Sex.MALE);
        String good2 = PeopleFixture.idNumber(java.time.LocalDate.of(1991, 1, 1), Sex.MALE);
        List<String[]> rows = List.of(
                new String[] {"Tên người", "Ngày sinh", "Giới", "CCCD", "Mã xã"},
                new String[] {"Nhập Văn Một", "01/01/1990", "Nam", good1, "11953"},
                new String[] {"Nhập Văn Hai", "01/01/1991", "Nam", "0330910000", "11953"},
                new String[] {"Nhập Thị Ba", "31/02/1992", "Nữ", "", "11953"});
        long before = count();
        MockHttpSession session = upload(rows);
        String report = run(session);
        assertThat(report)
                .contains(
                        "chưa nhập dòng nào",
                        "Số định danh cá nhân phải gồm đúng 12 chữ số",
                        "không đúng dạng dd/mm/yyyy");
        assertThat(count()).isEqualTo(before);

        List<String[]> fixed = List.of(
                rows.get(0),
                rows.get(1),
                new String[] {"Nhập Văn Hai", "01/01/1991", "Nam", good2, "11953"},
                new String[] {"Nhập Thị Ba", "28/02/1992", "Nữ", "", "11953"});
        String done = run(upload(fixed));
        assertThat(done).contains("Đã nhập 3 người vào sổ.");
        assertThat(count()).isEqualTo(before + 3);
    }

    @Test
    void a_commune_outside_the_jurisdiction_is_a_row_problem() throws Exception {
        List<String[]> rows = List.of(
                new String[] {"Họ và tên", "Ngày sinh", "Giới tính", "Số định danh", "Mã xã nơi ở"},
                new String[] {"Ngoài Văn Vùng", "02/02/1990", "Nam", "", "11977"});
        assertThat(run(upload(rows))).contains("ngoài phạm vi");
    }

    private MockHttpSession upload(List<String[]> rows) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "so.xlsx", "application/octet-stream", xlsx(rows)))
                        .session(session)
                        .with(accounts.as("xa1"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ghép cột")));
        return session;
    }

    private String run(MockHttpSession session) throws Exception {
        String[] header = {"FULL_NAME", "DATE_OF_BIRTH", "SEX", "ID_NUMBER", "RESIDENCE_COMMUNE_CODE"};
        var request = post("/people/import/run")
                .session(session)
                .with(accounts.as("xa1"))
                .with(csrf());
        for (int i = 0; i < header.length; i++) {
            request.param("field_" + header[i], String.valueOf(i));
        }
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
