package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;

/**
 * A metric for every unit of a level beneath a unit, or of the country, by API (issue 20): the units of the period's
 * end, one value each, scoped to the caller's jurisdiction.
 */
@PcmtTest
class MetricBeneathApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Test
    void a_national_user_reads_the_34_provinces_of_today() throws Exception {
        String body = mvc.perform(get("/api/v1/metrics/units.communes/values?level=province&date=2026-06-15")
                        .with(httpBasic("admin", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("PROVINCE"))
                .andExpect(jsonPath("$.unitCode").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> codes = JsonPath.read(body, "$.values[*].unitCode");
        assertThat(codes).hasSize(34).contains("01", "33");
        List<Integer> hungYen = JsonPath.read(body, "$.values[?(@.unitCode == '33')].value");
        assertThat(hungYen).containsExactly(104);
    }

    @Test
    void a_province_reads_its_communes_and_before_the_reform_its_districts_of_the_day() throws Exception {
        String communes = mvc.perform(get("/api/v1/metrics/units.communes/values?unit=33&level=commune")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ones = JsonPath.read(communes, "$.values[*].value");
        assertThat(ones).hasSize(104).containsOnly(1);

        String districts = mvc.perform(
                        get("/api/v1/metrics/units.communes/values?unit=33&level=district" + "&date=2024-06-30")
                                .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value("2024-06-30"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> names = JsonPath.read(districts, "$.values[*].unitName");
        assertThat(names).as("the districts of Hưng Yên in 2024").hasSize(10).contains("Thành phố Hưng Yên");
    }

    @Test
    void nobody_reads_beyond_their_jurisdiction() throws Exception {
        mvc.perform(get("/api/v1/metrics/units.communes/values?level=province")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/metrics/units.communes/values?unit=01&level=commune")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_level_unknown_or_not_beneath_the_unit_is_a_problem_on_the_level() throws Exception {
        mvc.perform(get("/api/v1/metrics/units.communes/values?unit=33&level=village")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("level"));
        mvc.perform(get("/api/v1/metrics/units.communes/values?unit=33&level=province")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("Cấp \"province\" không nằm dưới đơn vị 33: chọn một cấp thấp hơn cấp của đơn vị."));
    }
}
