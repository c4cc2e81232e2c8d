package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.metrics.Register;
import vn.pcmt.metrics.internal.RegisterStartForm;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.Sex;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.UnitProgress;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.reports.Report;
import vn.pcmt.reports.internal.ReportService;

/**
 * Issue 16, "Done means": a 2021 annual plan of a three-tier province that no longer exists (Nam Định, 36, merged
 * into Ninh Bình on 1/7/2025), entered by the standing office of today's Ninh Bình from a plan file
 * ({@code src/test/resources/fixtures/plans/nd-2021-annual.json}: a target for each district, one for the province, an annual
 * report of the districts). People found addicted in 2021 in Xã Mỹ Hà (13711) of Huyện Mỹ Lộc (358, merged into Nam
 * Định city in 2024) make the progress a real figure per district of 2021, and the annual report of 2021 asks the
 * districts of 2021, never a commune of after the reform.
 */
@PcmtTest
class PlanOf2021Tests {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final String OFFICE = "nb_office_2021_plan";
    private static final String MY_HA = "13711";
    private static final String MY_LOC = "358";
    private static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    UnitService units;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    RegisterStarts starts;

    @Autowired
    Metrics metrics;

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

    private String file() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/plans/nd-2021-annual.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long addictedIn2021(String name, LocalDate born, String determined) throws Exception {
        String created = mvc.perform(post("/api/v1/people")
                        .with(httpBasic(OFFICE, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"fullName":"%s","dateOfBirth":"%s","sex":"MALE","ethnicity":"Kinh",
                                 "residenceCommuneCode":"%s","residenceAddress":"Xóm 2","residenceFrom":"2021-01-10",
                                 "idNumber":"%s"}"""
                                        .formatted(name, born, MY_HA, PeopleFixture.idNumber(born, Sex.MALE))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/people/" + id + "/episodes")
                        .with(httpBasic(OFFICE, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"kind":"ADDICTION_DETERMINATION","startDate":"%s","endDate":"%s",
                                 "result":"ADDICTED","facility":"Trạm Y tế xã Mỹ Hà"}"""
                                        .formatted(determined, determined)))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void a_2021_plan_of_nam_dinh_from_a_file_computes_progress_per_district_of_2021_and_asks_their_reports()
            throws Exception {
        assertThat(units.find("36", TODAY)).as("Nam Định no longer exists").isEmpty();
        AdminUnit namDinh2021 = units.find("36", END_2021).orElseThrow();

        // entered from the file by the standing office of the successor province, keeping its number
        String imported = mvc.perform(post("/api/v1/plans/import")
                        .param("province", "36")
                        .param("keepHeader", "true")
                        .with(httpBasic(OFFICE, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(file()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("25/KH-UBND"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long planId = ((Number) JsonPath.read(imported, "$.id")).longValue();
        mvc.perform(get("/api/v1/plans/" + planId).with(httpBasic(OFFICE, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        // its pages show it on its last day (its province no longer exists today)
        mvc.perform(get("/plans/" + planId).with(accounts.as(OFFICE))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + planId + "/dashboard").with(accounts.as(OFFICE)))
                .andExpect(status().isOk());

        // records of 2021 in a commune of 2021, and the register kept since 1/1/2021 in Nam Định
        long loc = addictedIn2021("Vũ Văn Lộc", LocalDate.of(1991, 3, 4), "2021-04-12");
        addictedIn2021("Đoàn Văn Hà", LocalDate.of(1993, 7, 8), "2021-09-20");
        fixture.signIn(OFFICE);
        starts.set(new RegisterStartForm("36", Register.PEOPLE, LocalDate.of(2021, 1, 1), null));

        List<TargetProgress> progress = plans.progress(planId, null, END_2021);
        TargetProgress each = progress.stream()
                .filter(p -> p.code().equals("ND1"))
                .findFirst()
                .orElseThrow();
        List<AdminUnit> districts2021 = units.coveredOn(namDinh2021, UnitLevel.DISTRICT, END_2021);
        assertThat(districts2021).extracting(AdminUnit::code).contains(MY_LOC);
        assertThat(each.unitsTotal()).isEqualTo(districts2021.size());
        List<UnitProgress> byDistrict = plans.breakdown(planId, each.targetId(), "36", END_2021);
        assertThat(byDistrict)
                .extracting(UnitProgress::unitCode)
                .containsExactlyInAnyOrderElementsOf(
                        districts2021.stream().map(AdminUnit::code).toList());
        assertThat(byDistrict)
                .filteredOn(u -> u.unitCode().equals(MY_LOC))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.value()).isEqualByComparingTo("2");
                    assertThat(u.status()).isEqualTo(TargetStatus.MISSED);
                });
        // Thành phố Nam Định (356) is one unit version from before 2021 to 30/6/2025 and succeeded Mỹ Lộc on
        // 1/9/2024: its figure of 2021 is the city of 2021, without Mỹ Lộc's records (ADR 034)
        assertThat(byDistrict)
                .filteredOn(u -> !u.unitCode().equals(MY_LOC))
                .hasSize(districts2021.size() - 1)
                .anySatisfy(u -> assertThat(u.unitCode()).isEqualTo("356"))
                .allSatisfy(u -> {
                    assertThat(u.value()).isEqualByComparingTo(BigDecimal.ZERO);
                    assertThat(u.status()).isEqualTo(TargetStatus.MET);
                });
        assertThat(each.unitsMeeting())
                .as("Mỹ Lộc with 2 determinations misses '≤ 1', every other district of 2021 meets it")
                .isEqualTo(districts2021.size() - 1);
        assertThat(each.status()).isEqualTo(TargetStatus.MISSED);
        TargetProgress province = progress.stream()
                .filter(p -> p.code().equals("ND2"))
                .findFirst()
                .orElseThrow();
        assertThat(province.value()).isEqualByComparingTo("2");
        assertThat(province.status()).isEqualTo(TargetStatus.MET);

        // after 1/9/2024 the city counts what was Mỹ Lộc's: the two addicts of 2021 still living in Mỹ Hà are the
        // city's on 31/12/2024, not on 31/12/2021 nor on 30/6/2024; the province counts them all along
        fixture.signIn(OFFICE);
        assertThat(metrics.value("people.addicts", "356", END_2021).value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(metrics.value("people.addicts", MY_LOC, END_2021).value()).isEqualByComparingTo("2");
        assertThat(metrics.value("people.addicts", "356", LocalDate.of(2024, 6, 30))
                        .value())
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(metrics.value("people.addicts", "356", LocalDate.of(2024, 12, 31))
                        .value())
                .isEqualByComparingTo("2");
        assertThat(metrics.value("people.addicts", "36", END_2021).value()).isEqualByComparingTo("2");
        // a flow: a test of May 2024 is Mỹ Lộc's, one of October 2024 the city's; today's Ninh Bình, formed on
        // 1/7/2025, counts both over 2024 (the territory of its predecessors)
        recordTest(loc, "2024-05-06");
        recordTest(loc, "2024-10-15");
        fixture.signIn(OFFICE);
        LocalDate start2024 = LocalDate.of(2024, 1, 1);
        LocalDate end2024 = LocalDate.of(2024, 12, 31);
        assertThat(metrics.value("people.drug_tests", MY_LOC, start2024, LocalDate.of(2024, 8, 31))
                        .value())
                .isEqualByComparingTo("1");
        assertThat(metrics.value("people.drug_tests", "356", start2024, LocalDate.of(2024, 8, 31))
                        .value())
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(metrics.value("people.drug_tests", "356", start2024, end2024).value())
                .isEqualByComparingTo("1");
        assertThat(metrics.value("people.drug_tests", "37", start2024, end2024).value())
                .isEqualByComparingTo("2");

        // the annual report of 2021 asks the districts of 2021 (Mỹ Lộc among them), no commune of after 2025
        List<String> asked = reports.outstanding(planId, ReportKind.ANNUAL, 2021);
        assertThat(asked)
                .containsExactlyInAnyOrderElementsOf(
                        districts2021.stream().map(AdminUnit::fullName).toList())
                .contains("Huyện Mỹ Lộc");
        List<String> communesToday =
                units.coveredOn(units.find("37", TODAY).orElseThrow(), UnitLevel.COMMUNE, TODAY).stream()
                        .map(AdminUnit::fullName)
                        .toList();
        assertThat(asked).doesNotContainAnyElementsOf(communesToday);

        // Mỹ Lộc's report, entered by the standing office, holds the district's figures of its period
        Report report = reports.open(planId, ReportKind.ANNUAL, 2021, MY_LOC);
        assertThat(report.getPeriodTo()).isEqualTo(LocalDate.of(2021, 12, 15));
        assertThat(reports.figures(report.getId()))
                .filteredOn(p -> p.code().equals("ND2"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.unitCode()).isEqualTo(MY_LOC);
                    assertThat(p.value()).isEqualByComparingTo("2");
                });
    }

    private void recordTest(long person, String date) throws Exception {
        mvc.perform(post("/api/v1/people/" + person + "/events")
                        .with(httpBasic(OFFICE, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"kind":"DRUG_TEST","date":"%s","testKit":"Test nhanh",
                                 "substances":"Methamphetamine","result":"NEGATIVE"}"""
                                        .formatted(date)))
                .andExpect(status().isCreated());
    }

    @Test
    void a_plan_needs_its_province_in_force_during_its_period() {
        fixture.signIn(OFFICE);
        assertThatThrownBy(() -> plans.create(new PlanForm(
                        "36",
                        "1/KH",
                        "Kế hoạch năm 2026 của một tỉnh đã sáp nhập",
                        "UBND tỉnh",
                        TODAY,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        null,
                        null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.province.notInForce");
        Plan ok = plans.create(new PlanForm(
                "36",
                "2/KH",
                "Kế hoạch năm 2024 của tỉnh Nam Định",
                "UBND tỉnh",
                LocalDate.of(2024, 1, 10),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                null,
                null));
        assertThat(plans.list("36")).extracting(Plan::getId).contains(ok.getId());
        // a commune officer of another province reads nothing of it
        fixture.signIn("xa1");
        assertThatThrownBy(() -> plans.get(ok.getId())).isInstanceOf(vn.pcmt.geo.OutsideJurisdictionException.class);
    }
}
