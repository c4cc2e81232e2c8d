package vn.pcmt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestTokens;

/** Every change is a revision with its user; administrators read both logs, nobody else does. */
@PcmtTest
class AuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.pcmt.TestClock clock;

    @Autowired
    vn.pcmt.people.PeopleFixture fixture;

    @Test
    void a_change_is_recorded_with_its_user_and_the_state_before_and_after() throws Exception {
        String created = mvc.perform(post("/api/v1/units/11953/villages")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Nhật Ký\",\"kind\":\"THON\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/villages/" + id)
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Nhật Ký Mới\",\"kind\":\"THON\",\"version\":0}"))
                .andExpect(status().isOk());

        var rows = jdbc.sql("select a.name, a.revtype, r.username from village_aud a join revinfo r on r.rev = a.rev"
                        + " where a.id = :id order by a.rev")
                .param("id", id)
                .query()
                .listOfRows();
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Thôn Nhật Ký", "Thôn Nhật Ký Mới");
        assertThat(rows).extracting(r -> ((Number) r.get("revtype")).intValue()).containsExactly(0, 1);
        assertThat(rows).extracting(r -> r.get("username")).containsOnly("xa1");

        long rev = jdbc.sql("select max(rev) from village_aud where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(get("/admin/audit/revisions/" + rev).with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thôn Nhật Ký Mới")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("xa1")));
    }

    @Test
    void a_revision_written_before_its_entity_moved_package_still_shows_its_changes() throws Exception {
        clock.setToday(java.time.LocalDate.of(2026, 6, 15));
        fixture.signIn("xa1");
        long personId;
        try {
            personId = fixture.person("11953", "Đỗ Văn Lịch Sử", java.time.LocalDate.of(1990, 5, 6))
                    .getId();
        } finally {
            fixture.signOut();
        }
        long rev = jdbc.sql("select max(rev) from person_residence_aud where person_id = :id")
                .param("id", personId)
                .query(Long.class)
                .single();
        // revisions name an entity by its class's full name when written: a residence before the move to
        // people.internal (ADR 027) is "vn.pcmt.people.Residence", whose table is person_residence, not residence
        jdbc.sql("update revchanges set entityname = 'vn.pcmt.people.Residence'"
                        + " where rev = :rev and entityname like '%.Residence'")
                .param("rev", rev)
                .update();
        mvc.perform(get("/admin/audit/revisions/" + rev).with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nơi ở")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Số 1")));
    }

    @Test
    void a_soft_delete_keeps_the_record_and_its_history() throws Exception {
        String created = mvc.perform(post("/api/v1/units/11953/villages")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Sẽ Xóa\",\"kind\":\"THON\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/villages/" + id + "?version=0")
                        // a change without a body: through the API it needs a token
                        .with(tokens.bearer("xa1")))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select deleted_by from village where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("xa1");
        assertThat(jdbc.sql("select count(*) from village_aud where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(get("/api/v1/units/11953/villages").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Thôn Sẽ Xóa"))));
    }

    @Test
    void logins_are_in_the_access_log_page() throws Exception {
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                .user("xa2")
                .password(TestAccounts.PASSWORD));
        mvc.perform(get("/admin/audit")
                        .param("user", "xa2")
                        .param("kind", "LOGIN")
                        .with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("xa2")));
    }

    @Test
    void the_changes_tab_filters_by_kind_of_record() throws Exception {
        mvc.perform(get("/admin/audit")
                        .param("tab", "changes")
                        .param("kind", "Village")
                        .with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thôn, tổ dân phố")));
    }

    @Test
    void bad_dates_in_the_filter_get_a_vietnamese_error_page_not_a_500() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "31/02/2026").with(accounts.as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Yêu cầu không hợp lệ")));
    }

    @Test
    void nobody_but_national_administrators_reads_the_logs() throws Exception {
        mvc.perform(get("/admin/audit").with(accounts.as("tinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(accounts.as("xa1"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit").with(accounts.as("admin")).with(csrf()))
                .andExpect(status().is4xxClientError());
    }

    @Autowired
    vn.pcmt.plans.internal.PlanService plans;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    vn.pcmt.audit.internal.AuditLabels labels;

    /** ADR 047: a revision reads in Vietnamese: the record's and the fields' names, dates, labels, names of units. */
    @Test
    void a_revision_shows_names_of_records_and_fields_and_values_as_the_pages_do() throws Exception {
        fixture.signIn("tinh");
        vn.pcmt.plans.Plan plan;
        try {
            plan = plans.create(new vn.pcmt.plans.internal.PlanForm(
                    "33",
                    "9/KH-NK",
                    "Kế hoạch nhật ký dễ đọc",
                    "UBND tỉnh Hưng Yên",
                    java.time.LocalDate.of(2026, 1, 2),
                    java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 12, 31),
                    null,
                    null));
        } finally {
            fixture.signOut();
        }
        long rev = jdbc.sql("select max(rev) from plan_aud where id = :id")
                .param("id", plan.getId())
                .query(Long.class)
                .single();
        String page = mvc.perform(get("/admin/audit/revisions/" + rev).with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .doesNotContain("??")
                .contains("Kế hoạch")
                .contains("Ngày ban hành")
                .contains("02/01/2026")
                .doesNotContain("2026-01-02")
                .contains("Dự thảo")
                .contains("Tỉnh Hưng Yên")
                .contains("Cơ quan Thường trực tỉnh Hưng Yên");

        // the changes tab names every kind of record in Vietnamese, and filters by one
        String changes = mvc.perform(get("/admin/audit")
                        .param("tab", "changes")
                        .param("kind", "Plan")
                        .param("user", "tinh")
                        .with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(changes)
                .doesNotContain("??")
                .contains("Chỉ tiêu của kế hoạch")
                .contains("Vụ án ma túy")
                .contains("/admin/audit/revisions/" + rev + "\"");
    }

    /** ADR 047: every audited record and every column of the change history has its name in both languages. */
    @Test
    void every_audited_record_and_column_has_a_name_in_both_languages() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.List<String> keys = new java.util.ArrayList<>();
        labels.entities().forEach(e -> keys.add("audit.entity." + e));
        jdbc.sql("select distinct column_name from information_schema.columns where table_schema = 'public'"
                        + " and table_name like '%\\_aud' and column_name not in ('rev', 'revtype')")
                .query(String.class)
                .list()
                .forEach(c -> keys.add("audit.field." + c));
        assertThat(keys).hasSizeGreaterThan(100);
        for (String key : keys) {
            for (java.util.Locale locale :
                    java.util.List.of(java.util.Locale.forLanguageTag("vi"), java.util.Locale.ENGLISH)) {
                if (messages.getMessage(key, null, null, locale) == null) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** ADR 047: both logs filter by the unit of the users who acted (a province covers its communes' users). */
    @Test
    void the_logs_filter_by_the_unit_of_their_users() throws Exception {
        for (String user : java.util.List.of("xa1", "xa2")) {
            mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                    .user(user)
                    .password(TestAccounts.PASSWORD));
        }
        String phoHien = accessLog("11953");
        assertThat(phoHien).contains(">xa1<").doesNotContain(">xa2<").contains("Phường Phố Hiến");
        assertThat(accessLog("33")).contains(">xa1<").contains(">xa2<");
        // by name, accent-free
        assertThat(accessLog("pho hien")).contains(">xa1<").doesNotContain(">xa2<");
        assertThat(accessLog("01")).doesNotContain(">xa1<").doesNotContain(">xa2<");
        assertThat(accessLog("khong co don vi nay")).contains("Không tìm thấy đơn vị");
    }

    String accessLog(String unit) throws Exception {
        return mvc.perform(get("/admin/audit")
                        .param("kind", "LOGIN")
                        .param("unit", unit)
                        .with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
