package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.internal.Sex;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.UnitProgress;

/**
 * Records in a commune of 2021 (ADR 026): Huyện Mỹ Lộc (Nam Định, 358) was merged into Nam Định city on
 * 1/9/2024 and its Xã Mỹ Hà (13711) has no unit of that code today. A person who lived there since 2021 and was
 * found addicted in 2022 is recorded through the API by the standing office of today's Ninh Bình, and counts in the
 * commune and the district for 2022 (2021 is PlanOf2021Tests' year in that commune), and in their successors later.
 */
@PcmtTest
class RecordsInFormerUnitsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final String OFFICE = "nb_office_history";
    private static final String MY_HA = "13711";
    private static final String MY_LOC = "358";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    UnitService units;

    @Autowired
    Metrics metrics;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @BeforeEach
    void office() {
        clock.setToday(TODAY);
        accounts.create(
                OFFICE,
                Role.PROVINCIAL_OFFICE,
                units.find("37", TODAY).orElseThrow().id(),
                null);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void
            an_addiction_determination_of_2022_in_a_commune_merged_in_2024_is_recorded_and_counts_in_its_district_for_2022()
                    throws Exception {
        String created = mvc.perform(post("/api/v1/people")
                        .with(httpBasic(OFFICE, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"fullName":"Trần Văn Hà","dateOfBirth":"1990-02-01","sex":"MALE","ethnicity":"Kinh",
                                 "residenceCommuneCode":"%s","residenceAddress":"Xóm 1","residenceFrom":"2021-01-15",
                                 "idNumber":"%s"}"""
                                        .formatted(MY_HA, PeopleFixture.idNumber(LocalDate.of(1990, 2, 1), Sex.MALE))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        AdminUnit myHa2021 = units.find(MY_HA, LocalDate.of(2021, 6, 1)).orElseThrow();
        assertThat(myHa2021.districtCode()).isEqualTo(MY_LOC);

        mvc.perform(
                        post("/api/v1/people/" + id + "/episodes")
                                .with(httpBasic(OFFICE, TestAccounts.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"kind":"ADDICTION_DETERMINATION","startDate":"2022-05-10","endDate":"2022-05-12",
                                 "result":"ADDICTED","facility":"Trạm Y tế xã Mỹ Hà"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedEndByHand").value(false));

        // the same through the page, then the record's page, the API and the figures of 2022 by the district's code
        mvc.perform(post("/people/" + id + "/episodes")
                        .with(accounts.as(OFFICE))
                        .with(csrf())
                        .param("kind", "ADDICTION_DETERMINATION")
                        .param("startDate", "2022-08-02")
                        .param("endDate", "2022-08-03")
                        .param("result", "NOT_ADDICTED")
                        .param("facility", "Trạm Y tế xã Mỹ Hà"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/people/" + id).with(accounts.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Mỹ Hà")));
        mvc.perform(get("/api/v1/people/" + id + "/episodes").with(httpBasic(OFFICE, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/people/stats")
                        .param("unit", MY_LOC)
                        .param("from", "2022-01-01")
                        .param("to", "2022-12-31")
                        .with(httpBasic(OFFICE, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/stats")
                        .param("unit", MY_LOC)
                        .param("from", "2022-01-01")
                        .param("to", "2022-12-31")
                        .with(accounts.as(OFFICE)))
                .andExpect(status().isOk());

        fixture.signIn(OFFICE);
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);
        // the commune and the district of 2022, asked by their codes for 2022
        assertThat(metrics.value("people.determined_addicted", MY_HA, from, to).value())
                .isEqualByComparingTo(BigDecimal.ONE);
        assertThat(metrics.value("people.determined_addicted", MY_LOC, from, to).value())
                .isEqualByComparingTo(BigDecimal.ONE);
        // Nam Định province of 2022 lists Mỹ Lộc among its districts, with the figure
        Map<AdminUnit, BigDecimal> byDistrict =
                metrics.valuesBeneath("people.determined_addicted", "36", UnitLevel.DISTRICT, to, from, to);
        assertThat(byDistrict.keySet()).extracting(AdminUnit::code).contains(MY_LOC);
        assertThat(byDistrict.entrySet())
                .filteredOn(e -> e.getKey().code().equals(MY_LOC))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).isEqualByComparingTo(BigDecimal.ONE));
        // today's Ninh Bình, which took over Nam Định, counts it over 2022 too
        assertThat(metrics.value("people.determined_addicted", "37", from, to).value())
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void each_district_of_ninh_binh_is_one_of_its_8_until_2024_and_of_its_7_in_2025() {
        fixture.signIn(OFFICE);
        Map<AdminUnit, BigDecimal> in2022 = metrics.valuesBeneath(
                "people.determined_addicted",
                "37",
                UnitLevel.DISTRICT,
                LocalDate.of(2022, 12, 31),
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31));
        assertThat(in2022.keySet())
                .hasSize(8)
                .allMatch(d -> d.provinceCode().equals("37"))
                .extracting(AdminUnit::fullName)
                .contains("Thành phố Ninh Bình", "Huyện Hoa Lư");
        Map<AdminUnit, BigDecimal> in2025 = metrics.valuesBeneath(
                "people.determined_addicted",
                "37",
                UnitLevel.DISTRICT,
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        assertThat(in2025.keySet())
                .hasSize(7)
                .extracting(AdminUnit::fullName)
                .contains("Thành phố Hoa Lư")
                .doesNotContain("Thành phố Ninh Bình", "Huyện Hoa Lư");
        // after the reform the code names today's province, which has no districts
        assertThat(metrics.valuesBeneath(
                                "people.determined_addicted",
                                "37",
                                UnitLevel.DISTRICT,
                                LocalDate.of(2025, 12, 31),
                                LocalDate.of(2025, 7, 1),
                                LocalDate.of(2025, 12, 31))
                        .keySet())
                .isEmpty();
    }

    @Test
    void a_target_on_each_former_district_in_2021_lists_the_districts_of_2021() {
        fixture.signIn(OFFICE);
        // Kon Tum's plan as today's Ninh Bình's, three years earlier: KT1, each district, due 14/12/2021
        Plan plan = plans.copyTemplate("KT-1118-2024", "37", -3);
        PlanTarget kt1 = plans.targets(plan.getId()).stream()
                .filter(t -> t.getCode().equals("KT1"))
                .findFirst()
                .orElseThrow();
        LocalDate due = LocalDate.of(2021, 12, 14);
        // Ninh Bình of 2021: its 8 districts
        assertThat(plans.breakdown(plan.getId(), kt1.getId(), "37", LocalDate.of(2021, 12, 31)))
                .hasSize(8)
                .extracting(UnitProgress::unitCode)
                .contains("369", "374");
        // Nam Định of 2021, which today's Ninh Bình took over: its districts of 2021, Mỹ Lộc among them
        AdminUnit namDinh = units.find("36", due).orElseThrow();
        List<UnitProgress> namDinhDistricts =
                plans.breakdown(plan.getId(), kt1.getId(), "36", LocalDate.of(2021, 12, 31));
        assertThat(namDinhDistricts)
                .hasSize(units.children(namDinh, due).size())
                .extracting(UnitProgress::unitCode)
                .contains(MY_LOC);
    }
}
