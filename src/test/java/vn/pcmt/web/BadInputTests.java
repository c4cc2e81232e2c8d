package vn.pcmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/** Bad input gets an RFC 9457 problem in Vietnamese from the API or a message on the form; never a 500. */
@PcmtTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_unknown_level_is_a_400_problem() throws Exception {
        api(get("/api/v1/units?level=hamlet"))
                .andExpect(status().isBadRequest())
                .andExpect(problem(400, "không hợp lệ"));
    }

    @Test
    void an_impossible_date_is_a_400_problem() throws Exception {
        api(get("/api/v1/units?date=2025-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(problem(400, "không hợp lệ"));
    }

    @Test
    void a_page_size_out_of_bounds_is_a_400_problem() throws Exception {
        api(get("/api/v1/units?size=0")).andExpect(status().isBadRequest());
        api(get("/api/v1/units?size=100000")).andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_unit_is_a_404_problem() throws Exception {
        api(get("/api/v1/units/99999")).andExpect(status().isNotFound()).andExpect(problem(404, "Không tìm thấy"));
        api(get("/api/v1/units/abc")).andExpect(status().isNotFound());
    }

    @Test
    void a_period_ending_before_it_starts_is_a_400_problem() throws Exception {
        api(get("/api/v1/units/11953/composition?from=2026-01-01&to=2025-01-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void malformed_json_is_a_400_problem_in_vietnamese() throws Exception {
        api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{name:"))
                .andExpect(status().isBadRequest())
                .andExpect(problem(400, "không hợp lệ"));
    }

    @Test
    void a_blank_village_name_names_the_field_in_vietnamese() throws Exception {
        api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"kind\":\"THON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Vui lòng nhập tên thôn, tổ dân phố."));
    }

    @Test
    void a_duplicate_village_name_is_a_422_and_changes_nothing() throws Exception {
        String body = "{\"name\":\"Thôn Trùng\",\"kind\":\"THON\"}";
        api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        long before = villages();
        api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"thon trung\",\"kind\":\"THON\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(422, "đã có"));
        assertThat(villages()).isEqualTo(before);
    }

    @Test
    void a_stale_version_is_a_409_and_the_other_edit_survives() throws Exception {
        String created = api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Khóa\",\"kind\":\"THON\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        api(put("/api/v1/villages/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Khóa A\",\"kind\":\"THON\",\"version\":0}"))
                .andExpect(status().isOk());
        api(put("/api/v1/villages/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Khóa B\",\"kind\":\"THON\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(problem(409, "Người khác vừa sửa"));
        assertThat(jdbc.sql("select name from village where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Thôn Khóa A");
    }

    @Test
    void a_weak_password_for_a_new_user_is_refused_with_the_reason() throws Exception {
        mvc.perform(
                        post("/api/v1/users")
                                .with(httpBasic("admin", TestAccounts.PASSWORD))
                                .header("Accept-Language", "vi")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"yeu\",\"fullName\":\"Yếu\",\"role\":\"COMMUNE_POLICE\",\"unitCode\":\"11953\",\"password\":\"abc\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(422, "ít nhất 10 ký tự"));
    }

    @Test
    void a_commune_role_with_a_province_code_is_refused() throws Exception {
        mvc.perform(
                        post("/api/v1/users")
                                .with(httpBasic("admin", TestAccounts.PASSWORD))
                                .header("Accept-Language", "vi")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"sai_cap\",\"fullName\":\"Sai cấp\",\"role\":\"COMMUNE_POLICE\",\"unitCode\":\"33\",\"password\":\"Demo@12345\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(422, "không phù hợp với vai trò"));
    }

    @Test
    void a_department_reporter_needs_an_agency_of_the_province() throws Exception {
        mvc.perform(
                        post("/api/v1/users")
                                .with(httpBasic("admin", TestAccounts.PASSWORD))
                                .header("Accept-Language", "vi")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"thieu_so\",\"fullName\":\"Thiếu sở\",\"role\":\"DEPARTMENT_REPORTER\",\"unitCode\":\"33\",\"password\":\"Demo@12345\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(422, "cần chọn cơ quan"));
    }

    @Test
    void an_unknown_role_in_json_is_a_400() throws Exception {
        mvc.perform(
                        post("/api/v1/users")
                                .with(httpBasic("admin", TestAccounts.PASSWORD))
                                .header("Accept-Language", "vi")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"vai_la\",\"fullName\":\"Lạ\",\"role\":\"KING\",\"unitCode\":\"33\",\"password\":\"Demo@12345\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_blank_village_name_on_the_page_comes_back_to_the_form_with_the_message() throws Exception {
        mvc.perform(post("/units/11953/villages")
                        .with(accounts.as("xa1"))
                        .with(csrf())
                        .param("name", "")
                        .param("kind", "THON"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("org.springframework.validation.BindingResult.villageForm"));
    }

    @Test
    void renaming_a_village_with_a_blank_name_and_no_kind_names_both_at_once_and_changes_nothing() throws Exception {
        String created = api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Hai Lỗi\",\"kind\":\"THON\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/villages/" + id)
                        .with(accounts.as("xa1"))
                        .with(csrf())
                        .param("name", "")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("Vui lòng nhập tên thôn")))
                .andExpect(flash().attribute("flashError", containsString("Vui lòng chọn loại")));
        assertThat(jdbc.sql("select name from village where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Thôn Hai Lỗi");
    }

    @Test
    void a_wrong_date_on_a_page_is_a_vietnamese_400_page() throws Exception {
        mvc.perform(get("/units").param("date", "32/01/2025").with(accounts.as("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yêu cầu không hợp lệ")));
    }

    @Test
    void a_wrong_date_in_a_register_lists_filter_is_a_vietnamese_400_page_naming_the_parameter() throws Exception {
        // the list's unit and period are read as a RegisterScope argument (ADR 049), refused like a @RequestParam
        mvc.perform(get("/cases").param("from", "32/01/2025").with(accounts.as("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yêu cầu không hợp lệ")))
                .andExpect(content().string(containsString("from")));
        mvc.perform(get("/cases").param("from", "01/01/2025").param("to", "").with(accounts.as("xa1")))
                .andExpect(status().isOk());
    }

    @Test
    void a_missing_page_is_a_vietnamese_404_page() throws Exception {
        mvc.perform(get("/units/99999").with(accounts.as("xa1")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }

    @Test
    void an_api_client_asking_for_english_gets_english_problems() throws Exception {
        mvc.perform(get("/api/v1/units/99999")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(problem(404, "not found"));
    }

    @Test
    void a_nul_character_in_a_json_text_is_a_400_problem_naming_the_field_and_stores_nothing() throws Exception {
        long before = villages();
        api(post("/api/v1/units/11953/villages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn a\\u0000b\",\"kind\":\"THON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(problem(400, "ký tự điều khiển"))
                .andExpect(jsonPath("$.errors.name").exists());
        assertThat(villages()).isEqualTo(before);
    }

    @Test
    void a_nul_character_in_a_query_parameter_is_a_400_not_a_500() throws Exception {
        api(get("/api/v1/people").param("q", "a\u0000b"))
                .andExpect(status().isBadRequest())
                .andExpect(problem(400, "q"));
        mvc.perform(get("/people").param("q", "a\u0000b").with(accounts.as("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ký tự điều khiển")));
    }

    @Test
    void a_nul_character_in_a_page_form_is_a_form_error_and_stores_nothing() throws Exception {
        long before = villages();
        mvc.perform(post("/units/11953/villages")
                        .with(accounts.as("xa1"))
                        .with(csrf())
                        .param("name", "Thôn a\u0000b")
                        .param("kind", "THON"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("org.springframework.validation.BindingResult.villageForm"));
        assertThat(villages()).isEqualTo(before);
    }

    @Test
    void an_imported_plan_with_a_title_or_number_too_long_is_refused_and_stores_nothing() throws Exception {
        long before = count("plan");
        for (String field : new String[] {"title", "number", "legalBasis"}) {
            String body = "{\"number\":\"1/KH-THU\",\"title\":\"Kế hoạch thử\",\"issuer\":\"UBND\","
                    + "\"issuedOn\":\"2026-01-05\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\","
                    + "\"tasks\":[{\"text\":\"Việc\",\"leadAgencyCode\":\"CA\"}]}";
            body = body.replaceFirst(
                    "\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":\"" + "x".repeat(100_000) + "\"");
            if (!body.contains("\"" + field + "\"")) {
                body = body.replace("{\"number\"", "{\"" + field + "\":\"" + "x".repeat(100_000) + "\",\"number\"");
            }
            as(
                            "tinh",
                            post("/api/v1/plans/import?province=33")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body))
                    .andExpect(status().is4xxClientError())
                    .andExpect(problem(0, field));
        }
        as(
                        "tinh",
                        post("/api/v1/plans/import?province=33")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"number\":\"1/KH-THU\",\"title\":\"Kế hoạch thử\",\"issuer\":\"UBND\","
                                        + "\"issuedOn\":\"2026-01-05\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\","
                                        + "\"tasks\":[{\"text\":\"" + "x".repeat(2001)
                                        + "\",\"leadAgencyCode\":\"CA\"}]}"))
                .andExpect(status().is4xxClientError());
        assertThat(count("plan")).isEqualTo(before);
    }

    @Test
    void a_transformation_decision_or_a_reason_longer_than_allowed_is_a_400_and_changes_nothing() throws Exception {
        var k = jdbc.sql("select id, version from key_locality where deleted_at is null order by id limit 1")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        as(
                        "tinh",
                        post("/api/v1/key-localities/" + k[0] + "/transformation")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"on\":\"2026-01-10\",\"decision\":\"" + "x".repeat(100_000)
                                        + "\",\"version\":" + k[1] + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.decision").exists());
        as(
                        "tinh",
                        post("/api/v1/key-localities/" + k[0] + "/complex-again")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"on\":\"2026-01-10\",\"reason\":\"" + "x".repeat(100_000)
                                        + "\",\"version\":" + k[1] + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        assertThat(jdbc.sql("select version from key_locality where id = :id")
                        .param("id", k[0])
                        .query(Long.class)
                        .single())
                .isEqualTo(k[1]);
    }

    @Test
    void a_review_comment_longer_than_its_column_is_a_400_on_the_api_and_on_the_page() throws Exception {
        var f = jdbc.sql(
                        "select id, version, metric_id from manual_figure where deleted_at is null order by id limit 1")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        as(
                        "tinh",
                        post("/api/v1/manual-figures/" + f[0] + "/review")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"accept\":false,\"comment\":\"" + "x".repeat(2001) + "\",\"version\":"
                                        + f[1] + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").exists());
        mvc.perform(post("/figures/values/" + f[0] + "/review")
                        .with(accounts.as("tinh"))
                        .with(csrf())
                        .param("metric", String.valueOf(f[2]))
                        .param("accept", "false")
                        .param("comment", "x".repeat(2001))
                        .param("version", String.valueOf(f[1])))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("comment")))
                .andExpect(content().string(containsString("2000")));
        assertThat(jdbc.sql("select version from manual_figure where id = :id")
                        .param("id", f[0])
                        .query(Long.class)
                        .single())
                .isEqualTo(f[1]);
    }

    @Test
    void an_unknown_permanent_village_is_a_422_and_stores_nothing() throws Exception {
        long before = count("person");
        api(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(person("999999")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(problem(422, "Thôn"));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void a_village_of_another_commune_is_refused_as_permanent_village() throws Exception {
        long before = count("person");
        long otherVillage = jdbc.sql(
                        "select v.id from village v join admin_unit u on u.id = v.commune_id where u.code = '11977' order by v.id limit 1")
                .query(Long.class)
                .single();
        api(post("/api/v1/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person(String.valueOf(otherVillage))))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void an_impossible_date_on_the_hotspot_form_comes_back_with_what_was_typed_and_the_error() throws Exception {
        long before = count("hotspot");
        mvc.perform(post("/hotspots")
                        .with(accounts.as("xa1"))
                        .with(csrf())
                        .param("communeCode", "11953")
                        .param("shape", "POINT")
                        .param("activity", "SELLING")
                        .param("name", "Điểm dở 3002")
                        .param("address", "Số 7 ngữ Thử")
                        .param("businessKind", "NONE")
                        .param("detectedOn", "30/02/2025")
                        .param("note", "Ghi nhận 3002"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ (dd/MM/yyyy)")))
                .andExpect(content().string(containsString("Điểm dở 3002")))
                .andExpect(content().string(containsString("Số 7 ngữ Thử")))
                .andExpect(content().string(containsString("Ghi nhận 3002")))
                .andExpect(content().string(containsString("30/02/2025")));
        assertThat(count("hotspot")).isEqualTo(before);
    }

    @Test
    void an_impossible_date_on_the_figure_entry_form_comes_back_with_what_was_typed_and_the_error() throws Exception {
        long metric = jdbc.sql("select id from manual_metric where province_code = '33' and deleted_at is null"
                        + " order by id limit 1")
                .query(Long.class)
                .single();
        long before = count("manual_figure");
        mvc.perform(post("/figures/" + metric + "/values")
                        .with(accounts.as("tinh"))
                        .with(csrf())
                        .param("unitCode", "33")
                        .param("periodFrom", "30/02/2025")
                        .param("periodTo", "31/12/2025")
                        .param("value", "4321")
                        .param("note", "Số liệu nhập 3002"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ (dd/MM/yyyy)")))
                .andExpect(content().string(containsString("30/02/2025")))
                .andExpect(content().string(containsString("4321")))
                .andExpect(content().string(containsString("Số liệu nhập 3002")));
        assertThat(count("manual_figure")).isEqualTo(before);
    }

    @Test
    void a_400_page_names_the_date_field_the_missing_parameter_or_the_bad_value() throws Exception {
        mvc.perform(get("/hotspots").param("date", "30/02/2025").with(accounts.as("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("date")))
                .andExpect(content().string(containsString("dd/MM/yyyy")))
                .andExpect(content().string(containsString("navbar")));
        mvc.perform(get("/hotspots").param("state", "BURNING").with(accounts.as("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("state")))
                .andExpect(content().string(containsString("BURNING")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("dd/MM/yyyy"))));
        mvc.perform(post("/hotspots/1/delete").with(accounts.as("xa1")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("version")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("dd/MM/yyyy"))));
    }

    private String person(String permanentVillageId) {
        return "{\"fullName\":\"Thử Văn Làng\",\"birthYear\":1990,\"sex\":\"MALE\","
                + "\"permanentCommuneCode\":\"11953\",\"permanentVillageId\":" + permanentVillageId + ","
                + "\"residenceCommuneCode\":\"11953\",\"confirmDuplicate\":true}";
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, TestAccounts.PASSWORD)).header("Accept-Language", "vi"));
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("xa1", TestAccounts.PASSWORD)).header("Accept-Language", "vi"));
    }

    private static org.springframework.test.web.servlet.ResultMatcher problem(int status, String detailPart) {
        return result -> {
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body)
                    .contains(status == 0 ? "\"status\":4" : "\"status\":" + status)
                    .contains(detailPart)
                    .doesNotContain("Exception", "at vn.");
        };
    }

    private long villages() {
        return jdbc.sql("select count(*) from village").query(Long.class).single();
    }
}
