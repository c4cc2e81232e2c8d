package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanProject;
import vn.pcmt.plans.internal.PlanProjectForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.ProjectService;

/** The project page and API: bad input is told in Vietnamese beside its field (or as a problem) and changes nothing. */
@PcmtTest
class ProjectPageTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    PlanService plans;

    @Autowired
    ProjectService projects;

    @Autowired
    AgencyService agencies;

    @Autowired
    JdbcClient jdbc;

    Plan plan;
    PlanProject project;
    long police;

    @BeforeEach
    void planWithAProject() {
        clock.setToday(TODAY);
        accounts.create(
                "hue_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("46", TODAY).orElseThrow().id(),
                null);
        fixture.signIn("hue_tinh");
        agencies.addStandardSet("46");
        police = agencies.list("46").stream()
                .filter(a -> a.getCode().equals("CA"))
                .map(Agency::getId)
                .findFirst()
                .orElseThrow();
        plan = plans.create(new PlanForm(
                "46",
                "40/KH-UBND",
                "Kế hoạch thử trang dự án",
                "UBND",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 12, 31),
                null,
                null));
        project = projects.add(
                plan.getId(),
                new PlanProjectForm("DA1", "Phòng ngừa, đấu tranh tội phạm về ma túy", null, police, List.of(), null));
        fixture.signOut();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    String linesUrl() {
        return "/plans/" + plan.getId() + "/projects/" + project.getId() + "/budget-lines";
    }

    MockHttpServletRequestBuilder line(String allocated, String disbursed) {
        return post(linesUrl())
                .param("agencyId", String.valueOf(police))
                .param("year", "2026")
                .param("source", "CENTRAL")
                .param("allocated", allocated)
                .param("disbursed", disbursed)
                .with(accounts.as("hue_tinh"))
                .with(csrf());
    }

    long lines() {
        return jdbc.sql("select count(*) from plan_budget_line where project_id = :p")
                .param("p", project.getId())
                .query(Long.class)
                .single();
    }

    @Test
    void a_bad_amount_on_the_page_form_is_told_beside_the_field_and_changes_nothing() throws Exception {
        mvc.perform(line("một tỷ", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số tiền phải là số đồng, ví dụ 1.250.000.000.")))
                .andExpect(content().string(containsString("value=\"một tỷ\"")));
        mvc.perform(line("-5", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số tiền không được âm.")));
        mvc.perform(line("1.000.000", "2.000.000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số đã giải ngân (2.000.000 đồng) không được lớn hơn")));
        mvc.perform(line("1000,5", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("có phần lẻ")));
        assertThat(lines()).isZero();
    }

    @Test
    void amounts_typed_with_vietnamese_grouping_are_saved_and_shown_grouped() throws Exception {
        mvc.perform(line("1.250.000.000", "480.000.000 đ"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Đã thêm dòng kinh phí."));
        assertThat(jdbc.sql("select allocated::bigint || '/' || disbursed::bigint from plan_budget_line"
                                + " where project_id = :p")
                        .param("p", project.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("1250000000/480000000");
        mvc.perform(get("/plans/" + plan.getId() + "?tab=projects").with(accounts.as("hue_tinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dự án, tiểu dự án và kinh phí")))
                .andExpect(content().string(containsString("1.250.000.000 đ")))
                .andExpect(content().string(containsString("38,4 %")));

        // the same agency, year and source again: refused, pointing at the first line
        mvc.perform(line("5.000.000", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy sửa dòng đó thay vì thêm dòng mới.")))
                .andExpect(content().string(containsString("data-testid=\"edit-existing\"")));
        assertThat(lines()).isEqualTo(1);
    }

    @Test
    void a_project_without_a_lead_agency_goes_back_to_the_plan_page_with_the_reason() throws Exception {
        var refused = mvc.perform(post("/plans/" + plan.getId() + "/projects")
                        .param("code", "DA2")
                        .param("name", "Ứng dụng khoa học và công nghệ")
                        .with(accounts.as("hue_tinh"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.getId() + "?tab=projects#project-form"))
                .andReturn()
                .getFlashMap();
        var page = get("/plans/" + plan.getId() + "?tab=projects").with(accounts.as("hue_tinh"));
        refused.forEach(page::flashAttr);
        mvc.perform(page)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần chọn cơ quan chủ trì.")))
                .andExpect(content().string(containsString("value=\"DA2\"")));
        assertThat(jdbc.sql("select count(*) from plan_project where plan_id = :p")
                        .param("p", plan.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_api_answers_problems_for_broken_rules_and_stale_versions() throws Exception {
        String body =
                "{\"agencyId\":" + police + ",\"year\":2026,\"source\":\"LOCAL\",\"allocated\":100,\"disbursed\":150}";
        mvc.perform(post("/api/v1/plans/" + plan.getId() + "/projects/" + project.getId() + "/budget-lines")
                        .with(httpBasic("hue_tinh", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("plan.budget.disbursedOverAllocated"))
                .andExpect(jsonPath("$.field").value("disbursed"))
                .andExpect(jsonPath("$.detail", containsString("không được lớn hơn")));
        String created = mvc.perform(
                        post("/api/v1/plans/" + plan.getId() + "/projects/" + project.getId() + "/budget-lines")
                                .with(httpBasic("hue_tinh", TestAccounts.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.replace("150", "40")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.disbursementRate").value(40.0))
                .andExpect(jsonPath("$.agency").value("Công an thành phố"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/budget-lines/" + id + "?version=7")
                        .with(httpBasic("hue_tinh", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("150", "60")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/plans/" + plan.getId() + "/projects/" + project.getId() + "/budget-lines")
                        .with(httpBasic("hue_tinh", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("150", "0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.existingLineId").value(id));
        mvc.perform(get("/api/v1/plans/" + plan.getId() + "/budget-summary")
                        .with(httpBasic("hue_tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.allocated").value(100))
                .andExpect(jsonPath("$.byYear[0].year").value(2026))
                .andExpect(jsonPath("$.byAgency[0].agency").value("Công an thành phố"))
                .andExpect(jsonPath("$.byProject[0].code").value("DA1"))
                .andExpect(content().string(not(containsString("deleted"))));
    }

    @Test
    void the_openapi_description_lists_the_project_and_budget_endpoints() throws Exception {
        mvc.perform(
                        get("/v3/api-docs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("integrator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/projects/{projectId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/projects/{projectId}/budget-lines'].post")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/budget-lines/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/budget-summary'].get")
                        .exists());
    }
}
