package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.internal.RegisterStartForm;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.TargetStatus;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.platform.RuleViolationException;

/**
 * "No data" is not "met" (issue 16): a register's figure of a period before the unit keeps it is no data; an empty
 * register is no data, so a "≤ 0" target over it is not met; the start is entered per unit and register.
 */
@PcmtTest
class RegisterStartTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** Phường Phố Hiến, Hưng Yên: the demo's hotspots begin in 2022. */
    static final String WARD = "11953";

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RegisterStarts starts;

    @Autowired
    Metrics metrics;

    @Autowired
    PlanService plans;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signIn("tinh");
        starts.of("33").forEach(s -> starts.delete(s.id(), s.version()));
        fixture.signOut();
    }

    BigDecimal hotspots(String unit, int year) {
        return metrics.value("hotspots.arisen", unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .value();
    }

    @Test
    void before_the_first_record_of_the_province_a_register_has_no_data() {
        fixture.signIn("tinh");
        LocalDate first = jdbc.sql(
                        """
                        select min(h.detected_on) from hotspot h join unit_coverage c on c.unit_id = h.commune_id
                        join admin_unit p on p.id = c.ancestor_id and p.code = '33' and p.valid_to is null
                        where h.deleted_at is null""")
                .query(LocalDate.class)
                .single();
        assertThat(first).isNotNull();
        int year = first.getYear();
        assertThat(hotspots("33", year))
                .as("the year of the first record counts whole")
                .isNotNull();
        assertThat(hotspots("33", year - 1))
                .as("before the first hotspot of Hưng Yên")
                .isNull();
        assertThat(metrics.value("hotspots.active", "33", LocalDate.of(year - 1, 12, 31))
                        .value())
                .isNull();
        assertThat(metrics.value("hotspots.active", "33", LocalDate.of(year, 1, 1))
                        .value())
                .isNotNull();
        // a metric of no register is never "before the start"
        assertThat(metrics.value("units.communes", "33", LocalDate.of(year - 1, 6, 30))
                        .value())
                .isNotNull();
    }

    @Test
    void a_unit_keeps_a_register_from_the_start_entered_for_it_or_the_unit_above() {
        fixture.signIn("tinh");
        assertThat(hotspots(WARD, 2024)).isNotNull();
        RegisterStarts.View province =
                starts.set(new RegisterStartForm("33", Register.HOTSPOTS, LocalDate.of(2025, 1, 1), null));
        assertThat(hotspots("33", 2024)).as("the province started in 2025").isNull();
        assertThat(hotspots(WARD, 2024)).as("the ward follows its province").isNull();
        assertThat(hotspots(WARD, 2025)).isNotNull();
        assertThat(hotspots("33", 2025)).isNotNull();
        // other registers are not concerned
        assertThat(metrics.value("units.communes", WARD, LocalDate.of(2024, 12, 31))
                        .value())
                .isNotNull();

        RegisterStarts.View ward =
                starts.set(new RegisterStartForm(WARD, Register.HOTSPOTS, LocalDate.of(2026, 3, 1), null));
        assertThat(hotspots(WARD, 2025)).as("the ward's own start wins").isNull();
        assertThat(hotspots("33", 2025)).isNotNull();
        assertThat(metrics.value("hotspots.active", WARD, LocalDate.of(2026, 3, 1))
                        .value())
                .isNotNull();

        // moved, with the version read; a stale version is refused
        RegisterStarts.View moved =
                starts.set(new RegisterStartForm(WARD, Register.HOTSPOTS, LocalDate.of(2024, 1, 1), ward.version()));
        assertThat(moved.since()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(hotspots(WARD, 2024)).isNotNull();
        assertThatThrownBy(() -> starts.set(
                        new RegisterStartForm(WARD, Register.HOTSPOTS, LocalDate.of(2023, 1, 1), ward.version())))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(starts.of("33"))
                .extracting(RegisterStarts.View::unitCode, RegisterStarts.View::since)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("33", LocalDate.of(2025, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(WARD, LocalDate.of(2024, 1, 1)));
        starts.delete(province.id(), province.version());
        assertThat(hotspots("33", 2024)).isNotNull();
    }

    @Test
    void a_start_in_the_future_or_outside_the_jurisdiction_is_refused() {
        fixture.signIn("tinh");
        assertThatThrownBy(() -> starts.set(new RegisterStartForm(WARD, Register.PEOPLE, TODAY.plusDays(1), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "registerStart.future");
        assertThatThrownBy(() -> starts.set(new RegisterStartForm("99999", Register.PEOPLE, TODAY, null)))
                .hasFieldOrPropertyWithValue("messageKey", "registerStart.unitUnknown");
        assertThatThrownBy(() -> starts.set(new RegisterStartForm("01", Register.PEOPLE, TODAY, null)))
                .isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("xa1");
        assertThatThrownBy(() -> starts.set(new RegisterStartForm(WARD, Register.PEOPLE, TODAY, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** A province where nobody entered a hotspot: "no hotspot left" over its empty register is no data, not met. */
    @Test
    void a_target_at_most_zero_over_an_empty_register_is_no_data_not_met() {
        String code = jdbc.sql(
                        """
                        select p.code from admin_unit p where p.level = 'PROVINCE' and p.valid_to is null
                        and not exists (select 1 from unit_coverage c join hotspot h on h.commune_id = c.unit_id
                                        where c.ancestor_id = p.id)
                        and not exists (select 1 from plan where province_code = p.code)
                        order by p.code desc limit 1""")
                .query(String.class)
                .single();
        long province = units.find(code, TODAY).orElseThrow().id();
        accounts.create("nodata_tinh", Role.PROVINCIAL_OFFICE, province, null);
        fixture.signIn("nodata_tinh");
        Plan plan = plans.create(new PlanForm(
                code,
                "9/KH-NODATA",
                "Kế hoạch không còn điểm",
                "UBND tỉnh",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "H0",
                        "Không còn điểm hoạt động",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null));
        TargetProgress progress =
                plans.progress(plan.getId(), code, LocalDate.of(2025, 12, 31)).get(0);
        assertThat(progress.value()).isNull();
        assertThat(progress.status()).isEqualTo(TargetStatus.NO_DATA);

        // once the province says it keeps the register (with nothing in it), 0 is a real 0 and the target is met
        starts.set(new RegisterStartForm(code, Register.HOTSPOTS, LocalDate.of(2025, 1, 1), null));
        TargetProgress kept =
                plans.progress(plan.getId(), code, LocalDate.of(2025, 12, 31)).get(0);
        assertThat(kept.value()).isEqualByComparingTo("0");
        assertThat(kept.status()).isEqualTo(TargetStatus.MET);
        starts.of(code).forEach(s -> starts.delete(s.id(), s.version()));
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** The API sets, lists, refuses in words and deletes a start, and the metric API then says "no data". */
    @Test
    void the_api_sets_lists_refuses_and_deletes_a_start() throws Exception {
        var office = httpBasic("tinh", TestAccounts.PASSWORD);
        mvc.perform(put("/api/v1/register-starts")
                        .with(office)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"11953\",\"register\":\"HOTSPOTS\",\"since\":\"2027-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không được sau hôm nay")));
        mvc.perform(put("/api/v1/register-starts")
                        .with(office)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"11953\",\"register\":\"NO_SUCH_REGISTER\",\"since\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest());
        String body = mvc.perform(put("/api/v1/register-starts")
                        .with(office)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"11953\",\"register\":\"HOTSPOTS\",\"since\":\"2025-01-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Phường Phố Hiến"))
                .andExpect(jsonPath("$.since").value("2025-01-01"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        long version = Long.parseLong(body.replaceAll(".*\"version\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/register-starts?province=33").with(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == '11953' && @.register == 'HOTSPOTS')].since")
                        .value("2025-01-01"));
        mvc.perform(get("/api/v1/metrics/hotspots.arisen/values?unit=11953&from=2024-01-01&to=2024-12-31")
                        .with(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("11953"))
                .andExpect(jsonPath("$.value").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(delete("/api/v1/register-starts/" + id + "?version=" + version)
                        .with(office)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/register-starts?province=33").with(office))
                .andExpect(jsonPath("$[?(@.unitCode == '11953' && @.register == 'HOTSPOTS')]")
                        .isEmpty());
    }
}
