package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.Overview;
import vn.pcmt.plans.internal.PlanService;

/**
 * The national dashboard and a province's own (issue 20 item 1, ADR 054): who sees which units, the sort done on
 * the server, the target's status per unit, the export with its reason in the access log, the provinces' outlines,
 * and the API beneath a unit for a commune's user.
 */
@PcmtTest
class OverviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanService plans;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private static Overview.View view(MvcResult result) {
        return (Overview.View) result.getModelAndView().getModel().get("v");
    }

    @Test
    void a_national_user_sees_the_34_provinces_and_sorts_them_by_any_figure_on_the_server() throws Exception {
        Overview.View country = view(mvc.perform(get("/overview").with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(country.country()).isTrue();
        assertThat(country.rows()).hasSize(34);
        assertThat(country.rows().get(0).name())
                .as("the official list's order, by name")
                .isEqualTo("An Giang");

        Overview.View byCommunes =
                view(mvc.perform(get("/overview?country=true&metric=units.communes&sort=units.communes&dir=desc")
                                .with(accounts.as("admin")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(byCommunes.rows().get(0).code())
                .as("Hồ Chí Minh City has the most communes and wards (168)")
                .isEqualTo("79");
        assertThat(byCommunes.rows().get(0).value("units.communes")).isEqualByComparingTo("168");
        assertThat(byCommunes.rows().get(33).code())
                .as("Lai Châu the fewest (38)")
                .isEqualTo("12");
        assertThat(byCommunes.breaks()).isNotEmpty();
        assertThat(byCommunes.rows().get(0).shade()).isEqualTo(5);
        assertThat(byCommunes.rows().get(33).shade()).isEqualTo(1);

        Overview.View byName =
                view(mvc.perform(get("/overview?country=true&sort=name&dir=asc").with(accounts.as("admin")))
                        .andReturn());
        assertThat(byName.rows().get(0).name()).isEqualTo("An Giang");
        Overview.View byNameDown = view(
                mvc.perform(get("/overview?country=true&sort=name&dir=desc").with(accounts.as("admin")))
                        .andReturn());
        List<String> upward = new java.util.ArrayList<>(
                byName.rows().stream().map(Overview.Row::code).toList());
        java.util.Collections.reverse(upward);
        assertThat(byNameDown.rows().stream().map(Overview.Row::code).toList()).isEqualTo(upward);

        // a figure no province has is "no data", listed last whatever the direction, never 0
        Overview.View addicts =
                view(mvc.perform(get("/overview?country=true&metric=people.addicts" + "&sort=people.addicts&dir=asc")
                                .with(accounts.as("admin")))
                        .andReturn());
        var values = addicts.rows().stream().map(r -> r.value("people.addicts")).toList();
        int firstNull = values.indexOf(null);
        if (firstNull >= 0) {
            assertThat(values.subList(firstNull, values.size())).containsOnlyNulls();
        }

        // the drill-down: a province's own dashboard, its communes beneath
        Overview.View hungYen =
                view(mvc.perform(get("/overview?unit=33&metric=units.communes").with(accounts.as("admin")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(hungYen.country()).isFalse();
        assertThat(hungYen.rows()).hasSize(104).allMatch(r -> r.code().length() == 5);
        // the administrator reads no personal record: no link to the people's list; the standing office has one
        MvcResult asAdmin = mvc.perform(
                        get("/overview?unit=33&metric=people.addicts").with(accounts.as("admin")))
                .andReturn();
        assertThat((java.util.Map<?, ?>) asAdmin.getModelAndView().getModel().get("records"))
                .isEmpty();
        MvcResult asOffice = mvc.perform(
                        get("/overview?unit=33&metric=people.addicts").with(accounts.as("tinh")))
                .andReturn();
        @SuppressWarnings("unchecked")
        var officeLinks = (java.util.Map<String, String>)
                asOffice.getModelAndView().getModel().get("records");
        assertThat(officeLinks).hasSize(104).containsEntry("11953", "/people?commune=11953&date=15/06/2026");
    }

    @Test
    void the_standing_office_sees_its_province_and_its_communes_only() throws Exception {
        Overview.View own = view(mvc.perform(get("/overview").with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(own.country()).isFalse();
        assertThat(own.unitCode()).isEqualTo("33");
        assertThat(own.rows()).hasSize(104);

        mvc.perform(get("/overview?country=true").with(accounts.as("tinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/overview?unit=01").with(accounts.as("tinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/overview.xlsx?country=true&reason=Báo cáo tháng").with(accounts.as("tinh")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_commune_user_is_refused_the_dashboard_and_gets_only_their_commune_by_api() throws Exception {
        mvc.perform(get("/overview").with(accounts.as("xa1"))).andExpect(status().isForbidden());
        mvc.perform(get("/overview?unit=33").with(accounts.as("xa1"))).andExpect(status().isForbidden());
        mvc.perform(get("/overview?country=true").with(accounts.as("xa1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/metrics/units.communes/values?unit=33&level=commune")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/metrics/units.communes/values?level=province")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());

        fixture.signIn("tinh");
        long id = plans.copyTemplate("HY-135-2025", "33", 0).getId();
        fixture.signOut();
        mvc.perform(get("/api/v1/plans/" + id + "/progress/units?unit=33")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        String own = mvc.perform(get("/api/v1/plans/" + id + "/progress/units?unit=11953")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> codes = JsonPath.read(own, "$[*].units[*].unitCode");
        assertThat(codes)
                .as("a commune's user sees only their own commune beneath")
                .containsOnly("11953");
    }

    @Test
    void a_target_is_judged_for_each_unit_with_its_status_and_the_trend_of_the_province() throws Exception {
        fixture.signIn("tinh");
        Plan plan = plans.copyTemplate("HY-135-2025", "33", 0);
        var target = plans.targets(plan.getId()).get(0);
        fixture.signOut();

        Overview.View province = view(mvc.perform(get("/overview?plan=" + plan.getId() + "&target=" + target.getId())
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(province.target().getId()).isEqualTo(target.getId());
        assertThat(province.rows()).allMatch(r -> r.status() != null || target.getLevel() != null);
        assertThat(province.trendOfTarget()).isTrue();
        assertThat(province.trend()).hasSize(8);
        assertThat(province.trend().get(7).label()).isEqualTo("Q2/2026");

        Overview.View months = view(
                mvc.perform(get("/overview?by=month").with(accounts.as("tinh"))).andReturn());
        assertThat(months.trend()).hasSize(12);
        assertThat(months.trend().get(11).label()).isEqualTo("06/2026");
        assertThat(months.trend().get(11).to()).isEqualTo(LocalDate.of(2026, 6, 15));

        Overview.View country =
                view(mvc.perform(get("/overview?country=true&plan=" + plan.getId() + "&target=" + target.getId())
                                .with(accounts.as("admin")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(country.rows()).hasSize(34).allMatch(r -> r.status() != null);
        assertThat(country.trendOfTarget())
                .as("a province's threshold is not the country's")
                .isFalse();
    }

    @Test
    void the_table_goes_to_excel_only_with_a_reason_and_the_export_is_logged() throws Exception {
        MvcResult refused = mvc.perform(
                        get("/overview.xlsx?metric=units.communes").with(accounts.as("tinh")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isNotEqualTo(200);

        long before = exports();
        byte[] file = mvc.perform(get("/overview.xlsx?metric=units.communes&sort=name&dir=asc&reason=Báo cáo quý II")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select detail from access_log where kind = 'EXPORT' and subject_type = 'Overview'"
                                + " order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("33")
                .contains("reason=Báo cáo quý II");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString()).contains("Báo cáo quý II").contains("Hưng Yên");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(104);
        }
    }

    @Test
    void bad_choices_are_told_in_words_never_a_500() throws Exception {
        MvcResult commune = mvc.perform(get("/overview?unit=11953").with(accounts.as("tinh")))
                .andReturn();
        assertThat(commune.getResponse().getStatus()).isBetween(400, 499);
        assertThat(commune.getResponse().getContentAsString()).contains("không phải mã tỉnh");
        MvcResult metric = mvc.perform(get("/overview?metric=khong.co").with(accounts.as("tinh")))
                .andReturn();
        assertThat(metric.getResponse().getStatus()).isBetween(400, 499);
        MvcResult date = mvc.perform(get("/overview?date=31/02/2026").with(accounts.as("tinh")))
                .andReturn();
        assertThat(date.getResponse().getStatus()).isBetween(400, 499);
        MvcResult refused = mvc.perform(get("/overview.xlsx?reason=abc").with(accounts.as("tinh")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isBetween(400, 499);
        // an unknown sort is the list's order, not an error
        mvc.perform(get("/overview?sort=x&dir=y").with(accounts.as("tinh"))).andExpect(status().isOk());
    }

    @Test
    void the_provinces_outlines_come_at_once_for_the_map() throws Exception {
        String body = mvc.perform(get("/units/boundaries").with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(body, "$.features[*].id");
        assertThat(ids).hasSize(34).contains("01", "33");
    }

    private long exports() {
        return jdbc.sql("select count(*) from access_log where kind = 'EXPORT' and subject_type = 'Overview'")
                .query(Long.class)
                .single();
    }
}
