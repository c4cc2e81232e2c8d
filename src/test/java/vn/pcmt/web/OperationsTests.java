package vn.pcmt.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;

/** Health, the OpenAPI description and its UI are there for operators and integrators (the last two after login). */
@PcmtTest
class OperationsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void health_is_up_without_login() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void the_openapi_description_lists_the_api() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("integrator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/units/{code}/predecessors']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{code}/villages']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists());
    }

    @Test
    void swagger_ui_is_served() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(user("integrator"))).andExpect(status().isOk());
    }

    @Test
    void webjar_links_stay_without_their_version_and_are_served() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/webjars/bootstrap/css/bootstrap.min.css")));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.css")).andExpect(status().isOk());
    }
}
