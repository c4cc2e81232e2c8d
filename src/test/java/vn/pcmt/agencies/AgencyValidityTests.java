package vn.pcmt.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestTokens;
import vn.pcmt.access.Role;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;

/**
 * Agencies with validity dates: the standard list of a period (before and after the reorganisation of departments
 * on 1/3/2025) and of a kind of province (a centrally-run city's police and youth union), and agencies added by the
 * API with their dates; an unknown kind is refused with the accepted kinds.
 */
@PcmtTest
class AgencyValidityTests {

    @Autowired
    AgencyService agencies;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    @Autowired
    UnitService units;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    static List<String> names(List<Agency> list) {
        return list.stream().map(Agency::getName).toList();
    }

    @Test
    void the_standard_list_differs_before_and_after_the_2025_reorganisation_and_for_a_city() {
        accounts.create(
                "dn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("48", LocalDate.of(2026, 1, 1)).orElseThrow().id(),
                null);
        fixture.signIn("dn_tinh");
        agencies.addStandardSet("48");
        List<String> in2024 = names(agencies.listDuring("48", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30)));
        List<String> in2026 = names(agencies.listDuring("48", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30)));
        assertThat(in2024)
                .contains(
                        "Sở Lao động - Thương binh và Xã hội",
                        "Sở Thông tin và Truyền thông",
                        "Sở Nông nghiệp và Phát triển nông thôn",
                        "Sở Y tế",
                        "Sở Nội vụ")
                .doesNotContain("Sở Nông nghiệp và Môi trường");
        assertThat(in2026)
                .contains("Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Y tế", "Sở Nội vụ")
                .doesNotContain("Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông");
        // the last day before and the first day after
        assertThat(names(agencies.listDuring("48", LocalDate.of(2025, 2, 28), LocalDate.of(2025, 2, 28))))
                .contains("Sở Lao động - Thương binh và Xã hội")
                .doesNotContain("Sở Nông nghiệp và Môi trường");
        assertThat(names(agencies.listDuring("48", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1))))
                .contains("Sở Nông nghiệp và Môi trường")
                .doesNotContain("Sở Lao động - Thương binh và Xã hội");
        // Đà Nẵng is a centrally-run city: its police, youth union and party committee are named as such
        assertThat(in2026)
                .contains(
                        "Công an thành phố",
                        "Thành đoàn",
                        "Ủy ban nhân dân thành phố",
                        "Ban Tuyên giáo và Dân vận Thành ủy")
                .doesNotContain("Công an tỉnh", "Tỉnh đoàn");
    }

    @Test
    void an_agency_is_added_by_the_api_with_its_dates_and_an_unknown_kind_lists_the_accepted_ones() throws Exception {
        String token = tokens.create("tinh", false);
        mvc.perform(post("/api/v1/agencies?province=33")
                        .with(TestTokens.withToken(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"BQLDA\",\"name\":\"Ban Quản lý dự án cũ\",\"kind\":\"OTHER\","
                                + "\"validFrom\":\"2021-01-01\",\"validTo\":\"2024-12-31\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validFrom").value("2021-01-01"))
                .andExpect(jsonPath("$.validTo").value("2024-12-31"));
        mvc.perform(get("/api/v1/agencies?province=33&on=2026-01-01").with(TestTokens.withToken(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'BQLDA')]").isEmpty());
        mvc.perform(get("/api/v1/agencies?province=33&on=2022-01-01").with(TestTokens.withToken(token)))
                .andExpect(jsonPath("$[?(@.code == 'BQLDA')]").isNotEmpty());

        // an unknown kind: 400, naming the field and listing every kind accepted
        mvc.perform(post("/api/v1/agencies?province=33")
                        .with(TestTokens.withToken(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X1\",\"name\":\"Cơ quan X\",\"kind\":\"MINISTRY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.accepted.length()").value(AgencyKind.values().length))
                .andExpect(jsonPath("$.accepted[0]").value("PEOPLES_COMMITTEE"));
        // dates in the wrong order: 422, nothing added
        mvc.perform(post("/api/v1/agencies?province=33")
                        .with(TestTokens.withToken(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X2\",\"name\":\"Cơ quan Y\",\"kind\":\"OTHER\","
                                + "\"validFrom\":\"2025-01-01\",\"validTo\":\"2024-12-31\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("validTo"));
        fixture.signIn("tinh");
        assertThat(agencies.list("33")).extracting(Agency::getCode).doesNotContain("X1", "X2");
    }

    @Test
    void an_unknown_choice_in_a_parameter_and_an_unknown_metric_list_the_accepted_values() throws Exception {
        String token = tokens.create("tinh", false);
        // a reporter kind that does not exist, in a plan's regime
        long plan = mvc.perform(get("/api/v1/plans?province=33").with(TestTokens.withToken(token)))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(body -> Long.parseLong(
                        com.jayway.jsonpath.JsonPath.read(body, "$[0].id").toString()));
        mvc.perform(post("/api/v1/plans/" + plan + "/regimes")
                        .with(TestTokens.withToken(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ANNUAL\",\"reporters\":\"VILLAGES\",\"recipient\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reporters"))
                .andExpect(jsonPath("$.accepted").isArray())
                .andExpect(jsonPath("$.accepted[?(@ == 'COMMUNES')]").isNotEmpty());
        // a metric code that does not exist, in a target
        mvc.perform(post("/api/v1/plans/" + plan + "/targets")
                        .with(TestTokens.withToken(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"TX\",\"text\":\"X\",\"metricCode\":\"hotspot.active\",\"form\":\"VALUE\","
                                + "\"comparison\":\"LE\",\"threshold\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("metric.unknown"))
                .andExpect(jsonPath("$.field").value("metricCode"))
                .andExpect(jsonPath("$.accepted[?(@ == 'hotspots.active')]").isNotEmpty());
        // a query parameter: an unknown report kind is named with its choices
        mvc.perform(get("/api/v1/plans/" + plan + "/reports/outstanding?kind=YEARLY&year=2026")
                        .with(TestTokens.withToken(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.accepted[?(@ == 'ANNUAL')]").isNotEmpty());
    }
}
