package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.cases.internal.CaseImport;
import vn.pcmt.cases.internal.CaseImportField;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.Workbooks;

/**
 * The monthly case lists imported from Excel (ADR 045): a file with grouped rows writes its cases with their stages,
 * suspects and seizures; a file with any problem writes nothing and reports every problem of every row, those the
 * register finds only when it records a case included; a commune outside the caller's jurisdiction is refused; a role
 * that does not record cases may not import them.
 */
@PcmtTest
class CaseImportTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<CaseImportField> COLUMNS = List.of(
            CaseImportField.CASE_NUMBER,
            CaseImportField.DETECTED_ON,
            CaseImportField.COMMUNE_CODE,
            CaseImportField.AGENCY,
            CaseImportField.SUMMARY,
            CaseImportField.ARTICLES,
            CaseImportField.CYBERSPACE,
            CaseImportField.OPENED_ON,
            CaseImportField.STAGE,
            CaseImportField.SUSPECT_NAME,
            CaseImportField.SUSPECT_SEX,
            CaseImportField.SUSPECT_BIRTH_YEAR,
            CaseImportField.SUSPECT_ID_NUMBER,
            CaseImportField.SUSPECT_ROLE,
            CaseImportField.SUBSTANCE,
            CaseImportField.QUANTITY,
            CaseImportField.UNIT,
            CaseImportField.OTHER_ITEMS);

    /** The headers as the template names the columns (Vietnamese). */
    static final List<String> HEADERS = List.of(
            "Số thứ tự vụ",
            "Ngày phát hiện",
            "Mã xã nơi phát hiện",
            "Cơ quan phát hiện",
            "Tóm tắt vụ việc",
            "Điều của Bộ luật Hình sự",
            "Liên quan không gian mạng",
            "Ngày khởi tố vụ án",
            "Giai đoạn",
            "Họ tên đối tượng",
            "Giới tính",
            "Năm sinh",
            "Số định danh",
            "Vai trò",
            "Loại chất ma túy",
            "Số lượng",
            "Đơn vị tính",
            "Vật chứng khác");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    CaseImport imports;

    @Autowired
    vn.pcmt.TestTokens tokens;

    @Autowired
    PeopleFixture fixture;

    String agency;

    String marker;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        agency = jdbc.sql("select name from agency where province_code = '33' and kind = 'POLICE'"
                        + " and deleted_at is null order by id limit 1")
                .query(String.class)
                .single();
        marker = "Nhập thử " + System.nanoTime();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    static byte[] workbook(List<String> headers, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Vụ án");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A row in the order of {@link #COLUMNS}; missing trailing cells are empty. */
    static List<String> row(String... cells) {
        List<String> row = new java.util.ArrayList<>(List.of(cells));
        while (row.size() < COLUMNS.size()) {
            row.add("");
        }
        return row;
    }

    ResultActions upload(String user, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/cases/import")
                .file(new MockMultipartFile("file", "thang-5.xlsx", XLSX, file))
                .with(tokens.bearer(user)));
    }

    long casesMarked() {
        return jdbc.sql("select count(*) from drug_case where summary like :m and deleted_at is null")
                .param("m", marker + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void a_good_list_writes_its_cases_with_their_stages_suspects_and_seizures() throws Exception {
        byte[] file = workbook(
                HEADERS,
                List.of(
                        row(
                                "1",
                                "05/01/2026",
                                "11953",
                                agency,
                                marker + " vụ một",
                                "Điều 251; 249",
                                "x",
                                "10/01/2026",
                                "Đã khởi tố vụ án",
                                "Nguyễn Văn Nhập",
                                "Nam",
                                "1990",
                                "033090001234",
                                "Chủ mưu, cầm đầu",
                                "METH",
                                "25,5",
                                "gam",
                                ""),
                        row(
                                "1",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "Trần Văn Phụ",
                                "Nam",
                                "2010",
                                "",
                                "Đồng phạm",
                                "",
                                "",
                                "",
                                "02 điện thoại di động"),
                        row(
                                "2",
                                "07/02/2026",
                                "11953",
                                agency,
                                marker + " vụ hai",
                                "256a",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "Heroin",
                                "1,5",
                                "kg",
                                "")));
        upload("xa1", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.cases").value(2))
                .andExpect(jsonPath("$.suspects").value(2))
                .andExpect(jsonPath("$.seizures").value(3));

        Map<String, Object> first = jdbc.sql(
                        "select id, stage, opened_on, cyberspace from drug_case where summary = :s")
                .param("s", marker + " vụ một")
                .query()
                .singleRow();
        assertThat(first.get("stage")).isEqualTo("OPENED");
        assertThat(first.get("opened_on").toString()).isEqualTo("2026-01-10");
        assertThat(first.get("cyberspace")).isEqualTo(true);
        long id = ((Number) first.get("id")).longValue();
        assertThat(jdbc.sql("select article_code from drug_case_article where case_id = :id order by article_code")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("249", "251");
        assertThat(jdbc.sql("select full_name || '/' || age_group from case_suspect where case_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("Nguyễn Văn Nhập/OVER_30", "Trần Văn Phụ/UNDER_18");
        assertThat(jdbc.sql("select coalesce(substance_code, '-') || '/' || coalesce(quantity::text, '-')"
                                + " || '/' || coalesce(unit, '-') from case_seizure where case_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("METH/25.500/G", "-/-/-");
        assertThat(jdbc.sql(
                                "select s.unit || '/' || s.quantity from case_seizure s join drug_case c on c.id = s.case_id"
                                        + " where c.summary = :s")
                        .param("s", marker + " vụ hai")
                        .query(String.class)
                        .single())
                .startsWith("KG/1.5");
    }

    @Test
    void a_list_with_problems_writes_nothing_and_reports_every_problem_of_every_row() throws Exception {
        byte[] file = workbook(
                HEADERS,
                List.of(
                        // a good case: not written either
                        row("1", "05/01/2026", "11953", agency, marker + " tốt", "251"),
                        // a bad date, an unknown article, a flag that is not yes or no, an unknown substance
                        row(
                                "2",
                                "31/02/2026",
                                "11953",
                                agency,
                                marker + " xấu",
                                "251, 300",
                                "có lẽ",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "Bột lạ",
                                "1",
                                "gam"),
                        // unknown commune and agency; a suspect without a role
                        row(
                                "3",
                                "05/01/2026",
                                "99999",
                                "Cơ quan không có",
                                marker + " xấu 2",
                                "249",
                                "",
                                "",
                                "",
                                "Lê Văn C",
                                "Nam",
                                "1991"),
                        // a stage that does not agree with the dates; a quantity in the wrong unit
                        row(
                                "4",
                                "05/01/2026",
                                "11953",
                                agency,
                                marker + " xấu 3",
                                "249",
                                "",
                                "",
                                "Đã truy tố",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "METH",
                                "3",
                                "viên"),
                        // found only by the register: 256a before 1/7/2025, an identification number of a woman
                        row("5", "05/03/2025", "11953", agency, marker + " xấu 4", "256a"),
                        row(
                                "6",
                                "05/01/2026",
                                "11953",
                                agency,
                                marker + " xấu 5",
                                "251",
                                "",
                                "",
                                "",
                                "Đỗ Thị D",
                                "Nữ",
                                "1990",
                                "033090001234",
                                "Thực hành"),
                        // a second row of case 1 that changes the case's date
                        row("1", "06/01/2026", "", "", "", "", "", "", "", "Phạm Văn E", "Nam", "1980", "", "Khác")));
        String body = upload("xa1", file)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + " " + e.get("column") + " " + e.get("code"))
                .contains(
                        "3 DETECTED_ON caseImport.date.invalid",
                        "3 ARTICLES case.article.unknown",
                        "3 CYBERSPACE caseImport.flag.invalid",
                        "3 SUBSTANCE case.seizure.substance.unknown",
                        "4 COMMUNE_CODE case.commune.unknown",
                        "4 AGENCY caseImport.agency.unknown",
                        "4 SUSPECT_ROLE caseImport.required",
                        "5 STAGE caseImport.stage.differs",
                        "5 UNIT case.seizure.unit.wrong",
                        "6 ARTICLES case.article.256a.notInForce",
                        "7 SUSPECT_ID_NUMBER person.idNumber.sex",
                        "8 DETECTED_ON caseImport.case.differs");
        // every problem in Vietnamese, in the order of the rows
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).doesNotContain("??"));
        assertThat(errors.stream().map(e -> (Integer) e.get("row")).toList()).isSorted();
        assertThat(casesMarked()).isZero();
    }

    @Test
    void a_commune_outside_the_jurisdiction_is_refused_and_nothing_is_written() throws Exception {
        byte[] file = workbook(
                HEADERS,
                List.of(
                        row("1", "05/01/2026", "11953", agency, marker + " của phường", "251"),
                        // Phường Hồng Châu: another commune's police records it
                        row("2", "05/01/2026", "11980", agency, marker + " của xã khác", "251")));
        upload("xa1", file)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("COMMUNE_CODE"))
                .andExpect(jsonPath("$.errors[0].code").value("caseImport.commune.outside"));
        assertThat(casesMarked()).isZero();
        // a user of Hà Nội importing Hưng Yên's list: every row refused
        accounts.ensureOutsiders();
        upload(TestAccounts.outsider(vn.pcmt.access.Role.COMMUNE_POLICE), file)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(casesMarked()).isZero();
        // the standing office reads cases but does not record them
        upload("tinh", file).andExpect(status().isForbidden());
        assertThat(casesMarked()).isZero();
    }

    @Test
    void an_unreadable_file_or_a_missing_column_is_a_problem() throws Exception {
        mvc.perform(multipart("/api/v1/cases/import")
                        .file(new MockMultipartFile(
                                "file", "x.xlsx", XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)))
                        .with(tokens.bearer("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("import.file.unreadable"));
        byte[] noDate = workbook(List.of("Mã xã nơi phát hiện"), List.of(List.of("11953")));
        upload("xa1", noDate)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(
                        jsonPath("$.errors[?(@.column == 'DETECTED_ON')].code").value("caseImport.column.missing"));
    }

    @Test
    void the_template_names_every_column_so_that_its_headers_map_themselves() throws Exception {
        byte[] template = imports.template(Locale.forLanguageTag("vi"));
        Workbooks.Table sheet = Workbooks.read(template);
        assertThat(sheet.headers()).hasSize(CaseImportField.values().length);
        assertThat(imports.suggest(sheet.headers())).hasSize(CaseImportField.values().length);
        // English headers, without diacritics or in another order, map too
        assertThat(imports.suggest(List.of("Date detected", "ma xa noi phat hien")))
                .containsEntry(CaseImportField.DETECTED_ON, 0)
                .containsEntry(CaseImportField.COMMUNE_CODE, 1);
        // the template's example rows are a valid case
        fixture.signIn("xa1");
        var report = imports.run(sheet, imports.suggest(sheet.headers()));
        assertThat(report.problems()).isEmpty();
        assertThat(report.cases()).isEqualTo(1);
        assertThat(report.suspects()).isEqualTo(2);
        assertThat(report.seizures()).isEqualTo(2);
        jdbc.sql("update drug_case set deleted_at = now(), deleted_by = 'test' where summary like 'Bắt quả tang mua bán"
                        + " trái phép chất ma túy qua mạng xã hội' and detected_on = '2026-01-05'")
                .update();
    }
}
