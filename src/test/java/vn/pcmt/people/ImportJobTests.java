package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.access.Role;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.Sex;

/**
 * The people import as a background run (ADR 057): everything or nothing however far the bad row, duplicates within
 * the file and against the register, progress asked by the page and the API, a run seen by its user only.
 */
@PcmtTest
class ImportJobTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    vn.pcmt.TestTokens tokens;

    @Autowired
    JdbcClient jdbc;

    /** Reads the API's answers (a plain reader: only trees are read). */
    final ObjectMapper json = new ObjectMapper();

    @Autowired
    PersonService people;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void outsiders() {
        accounts.ensureOutsiders();
    }

    @Test
    void a_bad_row_at_row_9000_of_10000_leaves_nothing_written_not_even_history() throws Exception {
        List<String[]> rows = generated(10_000, new Random(9000));
        rows.set(8999, new String[] {"Sai Văn Ngày", "31/02/1990", "Nam", "11953", "Số 1"});
        long people = count("person");
        long residences = count("person_residence");
        long history = count("person_aud");
        long revisions = count("revinfo");

        JsonNode done = finished(start(rows, "xa1"), "xa1");

        assertThat(done.path("state").asText()).isEqualTo("DONE");
        JsonNode report = done.path("report");
        assertThat(report.path("ok").asBoolean()).isFalse();
        assertThat(report.path("imported").asInt()).isZero();
        assertThat(report.path("rows").asInt()).isEqualTo(10_000);
        assertThat(report.path("problems")).hasSize(1);
        assertThat(report.path("problems").get(0).path("row").asInt()).isEqualTo(9000);
        assertThat(report.path("problems").get(0).path("column").asText()).isEqualTo("DATE_OF_BIRTH");
        // rows 2 to 8,999 were written before row 9,000 was read: the run's one transaction took them back
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("person_residence")).isEqualTo(residences);
        assertThat(count("person_aud")).isEqualTo(history);
        assertThat(count("revinfo")).isEqualTo(revisions);
    }

    @Test
    void repeats_within_the_file_and_records_of_the_register_are_found() throws Exception {
        LocalDate birth = LocalDate.of(1981, 4, 5);
        String taken = PeopleFixture.idNumber(birth, Sex.MALE);
        signIn("xa1");
        people.create(PeopleFixture.form("11953", "Trùng Văn Sổ", birth, taken));
        SecurityContextHolder.clearContext();
        String repeated = PeopleFixture.idNumber(LocalDate.of(1982, 1, 1), Sex.MALE);
        List<String[]> rows = List.of(
                new String[] {"Khác Văn Một", "01/01/1982", "Nam", "11953", repeated},
                new String[] {"Khác Văn Hai", "01/01/1982", "Nam", "11953", repeated},
                new String[] {"Khác Văn Ba", "05/04/1981", "Nam", "11953", taken},
                new String[] {"Trùng Văn Sổ", "05/04/1981", "Nam", "11953", ""},
                new String[] {"Lặp Thị Tệp", "02/02/1983", "Nữ", "11953", ""},
                new String[] {"Lặp Thị Tệp", "02/02/1983", "Nữ", "11953", ""});
        long before = count("person");

        JsonNode report = finished(start(withIds(rows), "xa1"), "xa1").path("report");

        assertThat(report.path("imported").asInt()).isZero();
        List<String> problems = new ArrayList<>();
        report.path("problems")
                .forEach(p -> problems.add(
                        p.path("row").asInt() + " " + p.path("code").asText()));
        assertThat(problems).containsExactly("3 import.idNumber.repeated", "4 person.idNumber.duplicate");
        List<String> warnings = new ArrayList<>();
        report.path("warnings")
                .forEach(p -> warnings.add(
                        p.path("row").asInt() + " " + p.path("code").asText()));
        assertThat(warnings).containsExactly("5 person.duplicate.possible", "7 import.duplicate.inFile");
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void the_api_and_the_page_show_how_far_a_run_has_gone_and_its_report() throws Exception {
        List<String[]> rows = generated(6_000, new Random(6000));
        rows.set(rows.size() - 1, new String[] {"Cuối Văn Sai", "01/01/1990", "Người", "11953", "Số 2"});
        String location = start(rows, "xa1");
        List<Integer> percents = new ArrayList<>();
        JsonNode last;
        do {
            last = json.readTree(mvc.perform(get(location).with(accounts.as("xa1")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            percents.add(last.path("percent").asInt());
            assertThat(last.path("rows").asInt()).isEqualTo(6_000);
            assertThat(last.path("checked").asInt())
                    .isLessThanOrEqualTo(last.path("read").asInt());
            Thread.sleep(100);
        } while (last.path("state").asText().equals("RUNNING"));
        assertThat(percents).isSorted().last().isEqualTo(100);
        assertThat(last.path("read").asInt()).isEqualTo(6_000);
        assertThat(last.path("checked").asInt()).isEqualTo(6_000);
        assertThat(last.path("written").asInt()).isEqualTo(5_000);
        assertThat(last.path("report").path("problems").get(0).path("row").asInt())
                .isEqualTo(6_001);

        String id = location.substring(location.lastIndexOf('/') + 1);
        String page = mvc.perform(get("/people/import/jobs/" + id + "/progress").with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-percent=\"100\"", "hx-get=\"/people/import/jobs/" + id + "/progress\"");
        assertThat(mvc.perform(get("/people/import/jobs/" + id + "/progress")
                                .header("HX-Request", "true")
                                .with(accounts.as("xa1")))
                        .andReturn()
                        .getResponse()
                        .getHeader("HX-Redirect"))
                .isEqualTo("/people/import/jobs/" + id);
        assertThat(mvc.perform(get("/people/import/jobs/" + id).with(accounts.as("xa1")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("chưa nhập dòng nào", "6001");
    }

    @Test
    void a_run_is_refused_to_another_user_and_an_unknown_run_is_not_found() throws Exception {
        String location = start(
                withIds(List.<String[]>of(new String[] {"Riêng Văn Tư", "01/01/1970", "Nam", "11953", ""})), "xa1");
        finished(location, "xa1");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String outsider = TestAccounts.outsider(Role.COMMUNE_POLICE);
        mvc.perform(get(location).with(accounts.as(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/people/import/jobs/" + id).with(accounts.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/import/jobs/" + id + "/progress").with(accounts.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/imports/00000000-0000-0000-0000-000000000000")
                        .with(accounts.as("xa1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        // the row of commune 11953 is outside Hà Nội: the outsider's own import names it, writes nothing
        JsonNode report = finished(
                        start(
                                withIds(List.<String[]>of(
                                        new String[] {"Ngoài Văn Xã", "01/01/1970", "Nam", "11953", ""})),
                                outsider),
                        outsider)
                .path("report");
        assertThat(report.path("problems").get(0).path("code").asText()).isEqualTo("import.commune.outside");
    }

    @Test
    void a_user_without_the_right_to_record_people_cannot_start_or_see_a_run() throws Exception {
        String reader = TestAccounts.outsider(Role.PROVINCIAL_LEADER);
        mvc.perform(multipart("/api/v1/people/imports")
                        .file(new MockMultipartFile(
                                "file", "so.xlsx", XLSX, xlsx(withIds(List.<String[]>of(new String[] {
                                    "Một Văn Hai", "01/01/1970", "Nam", "11953", ""
                                })))))
                        .with(tokens.bearer(reader)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_second_run_while_one_is_running_is_refused() throws Exception {
        // both files end with a bad row: whichever runs, nothing is kept
        List<String[]> large = generated(5_000, new Random(5));
        large.set(large.size() - 1, new String[] {"Cuối Văn Sai", "01/01/1990", "Người", "11953", "Số 2"});
        List<String[]> small = generated(10, new Random(6));
        small.set(small.size() - 1, new String[] {"Cuối Văn Sai", "01/01/1990", "Người", "11953", "Số 2"});
        String first = start(large, "xa1");
        MvcResult second = mvc.perform(multipart("/api/v1/people/imports")
                        .file(new MockMultipartFile("file", "so.xlsx", XLSX, xlsx(small)))
                        .with(tokens.bearer("xa1")))
                .andReturn();
        JsonNode done = finished(first, "xa1");
        if (second.getResponse().getStatus() == 409) {
            assertThat(json.readTree(second.getResponse().getContentAsString())
                            .path("job")
                            .asText())
                    .isEqualTo(first);
        } else {
            // the first had already finished (a fast machine): the second ran
            assertThat(done.path("state").asText()).isEqualTo("DONE");
            assertThat(second.getResponse().getStatus()).isEqualTo(202);
        }
    }

    /** Starts an import through the API; the run's location. */
    private String start(List<String[]> rows, String user) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/people/imports")
                        .file(new MockMultipartFile("file", "so.xlsx", XLSX, xlsx(rows)))
                        .with(tokens.bearer(user)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.rows").value(rows.size() - 1))
                .andReturn();
        return result.getResponse().getHeader("Location");
    }

    private JsonNode finished(String location, String user) throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonNode job = json.readTree(mvc.perform(get(location).with(accounts.as(user)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            if (!job.path("state").asText().equals("RUNNING")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    private void signIn(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static List<String[]> withIds(List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"Họ và tên", "Ngày sinh", "Giới tính", "Mã xã nơi ở", "Số định danh"});
        all.addAll(rows);
        return all;
    }

    /** A header and {@code n} rows of people of commune 11953 with names and births not in the register. */
    private static List<String[]> generated(int n, Random random) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Họ và tên", "Ngày sinh", "Giới tính", "Mã xã nơi ở", "Địa chỉ"});
        LocalDate first = LocalDate.of(1931, 1, 1).plusDays(random.nextInt(500));
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {
                "Sinh Văn " + Integer.toString(i, 26).replaceAll("[0-9]", "x") + " Thử",
                String.format("%1$td/%1$tm/%1$tY", first.plusDays(i % 20_000)),
                "Nam",
                "11953",
                "Số " + (1 + random.nextInt(300))
            });
        }
        return rows;
    }

    private static byte[] xlsx(List<String[]> rows) throws Exception {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
