package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/** Exporting a list needs the permission and a reason; the file is marked and the export logged. */
@PcmtTest
class ExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_commune_officer_exports_the_list_with_a_reason() throws Exception {
        fixture.signIn("xa1");
        fixture.person("11953", "Quách Văn Xuất", LocalDate.of(1980, 1, 1));
        fixture.signOut();
        long before = exports("xa1");
        byte[] file = mvc.perform(get("/people/export")
                        .param("q", "quach van xuat")
                        .param("reason", "Báo cáo tháng 11")
                        .with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("DỮ LIỆU CÁ NHÂN NHẠY CẢM", "xa1", "Báo cáo tháng 11");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Quách Văn Xuất");
        }
        assertThat(exports("xa1")).isEqualTo(before + 1);
    }

    @Test
    void without_a_reason_nothing_is_exported() throws Exception {
        long before = exports("xa1");
        mvc.perform(get("/people/export").with(accounts.as("xa1"))).andExpect(status().is(422));
        mvc.perform(get("/api/v1/people/export").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().is(422));
        assertThat(exports("xa1")).isEqualTo(before);
    }

    @Test
    void roles_without_the_permission_cannot_export() throws Exception {
        mvc.perform(get("/people/export").param("reason", "Tò mò thôi").with(accounts.as("soyte")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/export")
                        .param("reason", "Tò mò thôi")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
    }

    private long exports(String user) {
        return jdbc.sql("select count(*) from access_log where kind = 'EXPORT' and username = :u")
                .param("u", user)
                .query(Long.class)
                .single();
    }
}
