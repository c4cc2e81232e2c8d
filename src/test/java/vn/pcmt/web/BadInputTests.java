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
    void a_wrong_date_on_a_page_is_a_vietnamese_400_page() throws Exception {
        mvc.perform(get("/units").param("date", "32/01/2025").with(accounts.as("xa1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yêu cầu không hợp lệ")));
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

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("xa1", TestAccounts.PASSWORD)).header("Accept-Language", "vi"));
    }

    private static org.springframework.test.web.servlet.ResultMatcher problem(int status, String detailPart) {
        return result -> {
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body)
                    .contains("\"status\":" + status)
                    .contains(detailPart)
                    .doesNotContain("Exception", "at vn.");
        };
    }

    private long villages() {
        return jdbc.sql("select count(*) from village").query(Long.class).single();
    }
}
