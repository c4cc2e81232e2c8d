package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.people.internal.DuplicateProbes;
import vn.pcmt.people.internal.IdNumber;
import vn.pcmt.people.internal.Person;

/**
 * What outside testers found in the register (issue 14, items 1 and 2): the duplicate check answered with people of
 * other communes, reads of personal data were missing from the access log, and the API listed whole identification
 * numbers 500 at a time.
 */
@PcmtTest
class RegisterPrivacyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    DuplicateProbes probes;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void start() {
        probes.reset();
    }

    @AfterEach
    void end() {
        probes.reset();
        fixture.signOut();
    }

    private Person inPhoHien(String name, LocalDate birth) {
        fixture.signIn("xa1");
        try {
            return fixture.person("11953", name, birth);
        } finally {
            fixture.signOut();
        }
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long lastLogId() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log")
                .query(Long.class)
                .single();
    }

    private List<String> logSince(long id, String username) {
        return jdbc.sql("select kind || ' ' || coalesce(subject_type, '') || ' ' || coalesce(subject_id, '') || ' '"
                        + " || coalesce(detail, '') from access_log where id > :id and username = :u order by id")
                .param("id", id)
                .param("u", username)
                .query(String.class)
                .list();
    }

    @Test
    void the_duplicate_check_names_nobody_outside_the_callers_commune() throws Exception {
        Person other = inPhoHien("Dương Văn Khuất", LocalDate.of(1983, 5, 6));
        String body = mvc.perform(json(
                                post("/api/v1/people"),
                                "{\"fullName\":\"Dương\",\"birthYear\":1983,\"sex\":\"MALE\","
                                        + "\"residenceCommuneCode\":\"11977\"}")
                        .with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .doesNotContain("Khuất")
                .doesNotContain("\"id\":" + other.getId() + ",")
                .doesNotContain("candidates");
    }

    @Test
    void inside_the_jurisdiction_the_candidates_are_shown_as_before() throws Exception {
        Person same = inPhoHien("Dương Văn Nội", LocalDate.of(1984, 5, 6));
        mvc.perform(json(
                                post("/api/v1/people"),
                                "{\"fullName\":\"Dương Văn Nội\",\"birthYear\":1984,\"sex\":\"MALE\","
                                        + "\"residenceCommuneCode\":\"11953\"}")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.candidates[0].id").value(same.getId()));
    }

    @Test
    void the_person_form_refused_as_a_possible_duplicate_shows_the_candidates_and_what_was_typed() throws Exception {
        Person same = inPhoHien("Dương Văn Trang", LocalDate.of(1983, 4, 5));
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        String page = mvc.perform(post("/people")
                        .with(accounts.as("xa1"))
                        .with(csrf())
                        .param("fullName", "Dương Văn Trang")
                        .param("birthYear", "1983")
                        .param("sex", "MALE")
                        .param("residenceCommuneCode", "11953")
                        .param("familyContact", "Chị gái, 0912 000 111"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("data-testid=\"candidates\"")
                .contains("/people/" + same.getId())
                .contains("Có 1 người cùng họ tên")
                .contains("name=\"familyContact\" value=\"Chị g&aacute;i, 0912 000 111\"");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void an_identification_number_held_elsewhere_is_named_only_as_existing_in_another_unit() throws Exception {
        LocalDate birth = LocalDate.of(1990, 1, 2);
        Person other = inPhoHien("Lê Văn Ngoại", birth);
        long before = lastLogId();
        String body = mvc.perform(json(
                                post("/api/v1/people"),
                                "{\"fullName\":\"Trần Văn Thử\",\"dateOfBirth\":\"1990-01-02\",\"sex\":\"MALE\","
                                        + "\"idNumber\":\"" + other.getIdNumber() + "\","
                                        + "\"residenceCommuneCode\":\"11977\"}")
                        .with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("person.idNumber.elsewhere"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .doesNotContain("existingId")
                .doesNotContain(String.valueOf(other.getId()))
                .doesNotContain("Ngoại")
                .contains("chuyển hồ sơ");
        assertThat(logSince(before, "xa2")).anyMatch(e -> e.startsWith("DUPLICATE_PROBE Person " + other.getId()));
    }

    @Test
    void inside_the_jurisdiction_the_existing_record_is_named() throws Exception {
        LocalDate birth = LocalDate.of(1990, 1, 3);
        Person same = inPhoHien("Lê Văn Trong", birth);
        mvc.perform(json(
                                post("/api/v1/people"),
                                "{\"fullName\":\"Lê Văn Trong Hai\",\"dateOfBirth\":\"1990-01-03\",\"sex\":\"MALE\","
                                        + "\"idNumber\":\"" + same.getIdNumber() + "\","
                                        + "\"residenceCommuneCode\":\"11953\"}")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.existingId").value(same.getId()));
    }

    @Test
    void probing_identification_numbers_of_other_units_is_throttled_and_logged() throws Exception {
        LocalDate birth = LocalDate.of(1979, 3, 4);
        Person other = inPhoHien("Phạm Văn Dò", birth);
        String probe = "{\"fullName\":\"Phạm Văn Thám\",\"dateOfBirth\":\"1979-03-04\",\"sex\":\"MALE\","
                + "\"idNumber\":\"" + other.getIdNumber() + "\",\"residenceCommuneCode\":\"11977\"}";
        for (int i = 0; i < 10; i++) {
            mvc.perform(json(post("/api/v1/people"), probe).with(httpBasic("xa2", TestAccounts.PASSWORD)))
                    .andExpect(status().isUnprocessableContent());
        }
        long before = lastLogId();
        mvc.perform(json(post("/api/v1/people"), probe).with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("person.duplicate.throttled"));
        assertThat(logSince(before, "xa2")).anyMatch(e -> e.startsWith("DUPLICATE_PROBE") && e.contains("throttled"));
        // another officer is not held back by xa2's probing
        mvc.perform(json(post("/api/v1/people"), probe.replace("11977", "11953"))
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("person.idNumber.duplicate"));
    }

    @Test
    void the_page_form_shows_no_record_of_another_unit() throws Exception {
        LocalDate birth = LocalDate.of(1982, 7, 8);
        Person other = inPhoHien("Dương Văn Trang", birth);
        String page = mvc.perform(post("/people")
                        .with(accounts.as("xa2"))
                        .with(csrf())
                        .param("fullName", "Dương Văn Khác")
                        .param("dateOfBirth", "08/07/1982")
                        .param("sex", "MALE")
                        .param("idNumber", other.getIdNumber())
                        .param("residenceCommuneCode", "11977"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain("/people/" + other.getId())
                .doesNotContain("Dương Văn Trang")
                .doesNotContain("existing-link")
                .contains("đơn vị khác");
    }

    @Test
    void lists_of_people_mask_identification_numbers_and_pages_hold_at_most_100() throws Exception {
        Person person = inPhoHien("Hoàng Văn Mặt", LocalDate.of(1986, 2, 2));
        String number = person.getIdNumber();
        mvc.perform(get("/api/v1/people").param("q", number).with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(person.getId()))
                .andExpect(jsonPath("$.content[0].idNumber").value(IdNumber.mask(number)));
        mvc.perform(get("/api/v1/people").param("size", "500").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people").param("size", "100").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        // the whole number is on the record itself, a logged view, for a role that may see it
        mvc.perform(get("/api/v1/people/" + person.getId()).with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.idNumber").value(number));
    }

    @Test
    void every_read_of_personal_data_is_in_the_access_log() throws Exception {
        Person person = inPhoHien("Vũ Văn Đọc", LocalDate.of(1987, 3, 3));
        long before = lastLogId();
        String base = "/api/v1/people/" + person.getId();
        for (String path : List.of(base, base + "/episodes", base + "/events", base + "/documents")) {
            long mark = lastLogId();
            mvc.perform(get(path).with(httpBasic("xa1", TestAccounts.PASSWORD))).andExpect(status().isOk());
            assertThat(logSince(mark, "xa1"))
                    .as(path)
                    .anyMatch(e -> e.startsWith("VIEW_PERSONAL_RECORD Person " + person.getId()));
        }
        mvc.perform(get("/api/v1/people").param("q", "Vũ Văn Đọc").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/work-list").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/export")
                        .param("q", "Vũ Văn Đọc")
                        .param("reason", "Báo cáo tháng")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/" + person.getId()).with(accounts.as("xa1"))).andExpect(status().isOk());
        mvc.perform(get("/people/transfers").with(accounts.as("xa1"))).andExpect(status().isOk());
        List<String> log = logSince(before, "xa1");
        assertThat(log)
                .anyMatch(e -> e.startsWith("LIST_PERSONAL_RECORDS PersonSearch")
                        && e.contains("q=Vũ Văn Đọc")
                        && e.contains("returned=1"))
                .anyMatch(e -> e.startsWith("LIST_PERSONAL_RECORDS WorkList") && e.contains("returned="))
                .anyMatch(e -> e.startsWith("EXPORT Person") && e.contains("rows=1"))
                .anyMatch(e -> e.startsWith("LIST_PERSONAL_RECORDS Transfers") && e.contains("pending transfers"))
                .anyMatch(e -> e.startsWith("LIST_PERSONAL_RECORDS Transfers") && e.contains("awaiting presentation"));
        // the person's page reads the person, residences, episodes, events and documents: one entry says so
        long mark = lastLogId();
        mvc.perform(get("/people/" + person.getId()).with(accounts.as("xa1"))).andExpect(status().isOk());
        assertThat(logSince(mark, "xa1")).singleElement().asString().startsWith("VIEW_PERSONAL_RECORD Person");
    }

    @Test
    void a_refused_read_of_a_record_is_logged_as_access_denied() throws Exception {
        Person person = inPhoHien("Đinh Văn Chặn", LocalDate.of(1988, 4, 4));
        long before = lastLogId();
        mvc.perform(get("/api/v1/people/" + person.getId()).with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/" + person.getId() + "/episodes").with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + person.getId()).with(accounts.as("xa2"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/" + person.getId()).with(httpBasic("soyte", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(logSince(before, "xa2"))
                .filteredOn(e -> e.startsWith("ACCESS_DENIED"))
                .hasSize(3)
                .anyMatch(e -> e.contains("GET /api/v1/people/" + person.getId() + "/episodes"));
        assertThat(logSince(before, "soyte")).anyMatch(e -> e.startsWith("ACCESS_DENIED"));
    }
}
