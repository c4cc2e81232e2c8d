package vn.pcmt.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/** The hotspot API: a hotspot recorded, read, eliminated and counted; bad input refused with a problem. */
@PcmtTest
class HotspotApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_hotspot_goes_through_the_api_and_shows_in_the_figures() throws Exception {
        String created = mvc.perform(post("/api/v1/hotspots")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeCode\":\"11953\",\"shape\":\"POINT\",\"activity\":\"SELLING\","
                                + "\"name\":\"Điểm API\",\"latitude\":20.65,\"longitude\":106.05,"
                                + "\"detectedOn\":\"2026-01-03\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.suspectIds").isEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/hotspots/" + id).with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Điểm API"));
        mvc.perform(post("/api/v1/hotspots/" + id + "/elimination")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eliminatedOn\":\"2026-02-01\",\"measure\":\"Đóng cửa\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ELIMINATED"));
        mvc.perform(get("/api/v1/hotspots/stats?unit=11953&from=2026-01-01&to=2026-02-28")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.arisen").isNumber())
                .andExpect(jsonPath("$.eliminated").isNumber());
        mvc.perform(get("/api/v1/hotspots?unit=11953&date=2026-01-15&state=ACTIVE")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].state").value("ACTIVE"));
    }

    @Test
    void bad_input_is_a_problem_in_vietnamese_and_changes_nothing() throws Exception {
        long before = jdbc.sql("select count(*) from hotspot").query(Long.class).single();
        mvc.perform(post("/api/v1/hotspots")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeCode\":\"11953\",\"shape\":\"POINT\",\"activity\":\"SELLING\","
                                + "\"name\":\"Nửa tọa độ\",\"latitude\":20.65,\"detectedOn\":\"2026-01-03\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Cần nhập đủ cả vĩ độ và kinh độ, hoặc bỏ trống cả hai."));
        mvc.perform(post("/api/v1/hotspots")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeCode\":\"11953\",\"shape\":\"POINT\",\"activity\":\"SELLING\","
                                + "\"name\":\"Tương lai\",\"detectedOn\":\"2999-01-03\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/hotspots/stats?unit=11953&from=2026-03-01&to=2026-01-01")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from hotspot").query(Long.class).single())
                .isEqualTo(before);
    }
}
