package vn.pcmt.cultivation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;

/** The cultivation API end to end: a plot recorded, destroyed, a stale version (409), a broken rule (422). */
@PcmtTest
class CultivationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Test
    void a_plot_is_recorded_destroyed_and_refused_as_problems() throws Exception {
        String body = mvc.perform(post("/api/v1/cultivation-plots")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeCode\":\"11953\",\"species\":\"CANNABIS\",\"areaM2\":40,"
                                + "\"plants\":60,\"foundOn\":\"2026-05-02\",\"foundBy\":\"Công an phường\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("STANDING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/cultivation-plots/" + id + "/destruction")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"destroyedOn\":\"2026-05-01\",\"destroyedBy\":\"Tổ\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Ngày phá bỏ không được trước ngày phát hiện (02/05/2026)."));
        mvc.perform(post("/api/v1/cultivation-plots/" + id + "/destruction")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"destroyedOn\":\"2026-05-03\",\"destroyedBy\":\"Tổ\",\"version\":7}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cultivation-plots/" + id + "/destruction")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"destroyedOn\":\"2026-05-03\",\"destroyedBy\":\"Tổ\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DESTROYED"));
        mvc.perform(get("/api/v1/cultivation-plots/" + id).with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_list_asked_for_a_reversed_period_is_refused_on_its_start() throws Exception {
        mvc.perform(get("/api/v1/cultivation-plots?unit=33&from=2026-09-01&to=2026-03-31")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("from"))
                .andExpect(jsonPath("$.detail")
                        .value("Ngày bắt đầu (01/09/2026) phải trước hoặc bằng ngày kết thúc (31/03/2026)."));
    }
}
