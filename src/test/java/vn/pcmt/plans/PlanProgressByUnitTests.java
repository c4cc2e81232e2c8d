package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanService;

/** The whole plan drilled down at once (issue 20): every target for each commune beneath the province, scoped. */
@PcmtTest
class PlanProgressByUnitTests {

    @Autowired
    TestClock clock;

    @Autowired
    PlanService plans;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    vn.pcmt.geo.UnitService units;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void every_target_is_broken_down_by_the_communes_of_the_province() throws Exception {
        fixture.signIn("tinh");
        long id = plans.copyTemplate("HY-135-2025", "33", 0).getId();
        fixture.signOut();

        String progress = mvc.perform(
                        get("/api/v1/plans/" + id + "/progress?unit=33").with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> targetIds = JsonPath.read(progress, "$[*].targetId");

        String byUnit = mvc.perform(get("/api/v1/plans/" + id + "/progress/units?unit=33&date=2026-06-15")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> brokenDown = JsonPath.read(byUnit, "$[*].targetId");
        assertThat(brokenDown).as("one entry per target, in the plan's order").isEqualTo(targetIds);
        List<Integer> sizes = JsonPath.read(byUnit, "$[*].units.length()");
        assertThat(sizes)
                .as("a target of the province is broken down by its 104 communes")
                .contains(104);
        List<String> firstUnits = JsonPath.read(byUnit, "$[0].units[*].unitCode");
        assertThat(firstUnits).allMatch(code -> code.length() == 5);
    }

    @Test
    void the_country_is_for_national_users_and_a_province_for_its_own() throws Exception {
        fixture.signIn("tinh");
        long id = plans.copyTemplate("HY-135-2025", "33", 0).getId();
        fixture.signOut();
        mvc.perform(get("/api/v1/plans/" + id + "/progress/units?country=true")
                        .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        accounts.create(
                "hn_tinh_units",
                Role.PROVINCIAL_OFFICE,
                units.find("01", LocalDate.of(2026, 6, 15)).orElseThrow().id(),
                null);
        mvc.perform(get("/api/v1/plans/" + id + "/progress/units?unit=33")
                        .with(httpBasic("hn_tinh_units", TestAccounts.PASSWORD)))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
    }
}
