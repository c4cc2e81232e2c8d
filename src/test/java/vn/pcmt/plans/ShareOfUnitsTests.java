package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
import vn.pcmt.geo.UnitGroup;
import vn.pcmt.geo.UnitGroups;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.internal.UnitGroupForm;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.Register;
import vn.pcmt.metrics.internal.RegisterStartForm;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.Person;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TargetLevel;
import vn.pcmt.platform.RuleViolationException;

/**
 * "80% of border communes with at most 1 person found addicted in the year": a target on each unit of a group with a
 * per-unit threshold is the share of the units meeting it, judged by the target's own threshold; through the API,
 * a correction with its history, and a plan file exported and imported.
 */
@PcmtTest
class ShareOfUnitsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    static final List<String> BORDER = List.of("23344", "23368", "23377", "23383");

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    UnitGroups groups;

    @Autowired
    PlanService plans;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    RegisterStarts starts;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void accounts() {
        clock.setToday(TODAY);
        accounts.create(
                "qn_tinh_share",
                Role.PROVINCIAL_OFFICE,
                units.find("51", TODAY).orElseThrow().id(),
                null);
        fixture.signIn("qn_tinh_share");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    static PlanTargetForm shareOf(
            String code, Long group, BigDecimal share, Comparison unitComparison, BigDecimal unit) {
        return new PlanTargetForm(
                code,
                "Ít nhất " + share + "% xã biên giới có không quá " + unit + " người được xác định nghiện trong năm",
                "people.determined_addicted",
                TargetForm.VALUE,
                null,
                Comparison.GE,
                share,
                true,
                null,
                TargetLevel.EACH_IN_GROUP,
                group,
                unitComparison,
                unit);
    }

    @Test
    void a_share_of_the_border_communes_meeting_a_threshold_of_their_own() throws Exception {
        UnitGroup border = groups.create(new UnitGroupForm(
                "51",
                "Xã biên giới " + System.nanoTime(),
                "Giáp Lào, Campuchia",
                null,
                BORDER,
                LocalDate.of(2025, 7, 1),
                null,
                null));
        starts.set(new RegisterStartForm("51", Register.PEOPLE, LocalDate.of(2026, 1, 1), null));
        Plan plan = plans.create(new PlanForm(
                "51",
                "98/KH-UBND " + System.nanoTime(),
                "Kế hoạch năm 2026 tại các xã biên giới",
                "UBND tỉnh Quảng Ngãi",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        // two people found addicted in Bờ Y (23377) this year: Bờ Y has 2, the three others 0
        for (String name : List.of("Nguyễn Văn Biên", "Trần Văn Giới")) {
            Person person = fixture.person("23377", name, LocalDate.of(1995, 4, 4));
            fixture.open(
                    person,
                    PeopleFixture.determination(
                            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), DeterminationResult.ADDICTED));
        }

        PlanTarget eighty = plans.addTarget(
                plan.getId(), shareOf("BG80", border.getId(), new BigDecimal("80"), Comparison.LE, BigDecimal.ONE));
        PlanTarget seventyFive = plans.addTarget(
                plan.getId(), shareOf("BG75", border.getId(), new BigDecimal("75"), Comparison.LE, BigDecimal.ONE));
        LocalDate endOfYear = LocalDate.of(2026, 12, 31);
        TargetProgress p80 = plans.progress(plan.getId(), eighty.getId(), "51", endOfYear);
        assertThat(p80.unitsMeeting()).isEqualTo(3);
        assertThat(p80.unitsTotal()).isEqualTo(4);
        assertThat(p80.value()).as("3 of 4 communes").isEqualByComparingTo("75.0");
        assertThat(p80.unitThreshold()).isEqualByComparingTo("1");
        assertThat(p80.unitComparison()).isEqualTo(Comparison.LE);
        assertThat(p80.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(plans.progress(plan.getId(), seventyFive.getId(), "51", endOfYear)
                        .status())
                .isEqualTo(TargetStatus.MET);
        assertThat(plans.breakdown(plan.getId(), eighty.getId(), "51", endOfYear))
                .filteredOn(u -> u.unitCode().equals("23377"))
                .singleElement()
                .satisfies(u -> assertThat(u.status()).isEqualTo(TargetStatus.MISSED));

        // corrected to "≤ 2 per commune": all four meet it; the history keeps the former threshold
        PlanTarget corrected = plans.correctTarget(
                plan.getId(),
                eighty.getId(),
                shareOf("BG80", border.getId(), new BigDecimal("80"), Comparison.LE, new BigDecimal("2")),
                eighty.getVersion());
        assertThat(plans.progress(plan.getId(), corrected.getId(), "51", endOfYear)
                        .value())
                .isEqualByComparingTo("100.0");
        assertThat(plans.targetHistory(plan.getId(), eighty.getId()))
                .extracting(r -> r.value().unitThreshold())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, new BigDecimal("2"));

        // a plan file carries it, and the import into the same province keeps it
        PlanDocument file = plans.export(plan.getId());
        assertThat(file.targets())
                .filteredOn(t -> t.code().equals("BG80"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.unitComparison()).isEqualTo(Comparison.LE);
                    assertThat(t.unitThreshold()).isEqualByComparingTo("2");
                    assertThat(t.groupId()).isEqualTo(border.getId());
                });
        Plan again = plans.importPlan(file, "51");
        assertThat(plans.targets(again.getId()))
                .filteredOn(t -> t.getCode().equals("BG80"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.getUnitComparison()).isEqualTo(Comparison.LE);
                    assertThat(t.getUnitThreshold()).isEqualByComparingTo("2");
                });

        // through the API
        mvc.perform(post("/api/v1/plans/" + plan.getId() + "/targets")
                        .with(httpBasic("qn_tinh_share", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"code":"BG90","text":"90%% xã biên giới có không quá 5 người nghiện",
                                 "metricCode":"people.determined_addicted","form":"VALUE","comparison":"GE",
                                 "threshold":90,"yearly":true,"level":"EACH_IN_GROUP","groupId":%d,
                                 "unitComparison":"LE","unitThreshold":5}"""
                                        .formatted(border.getId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitComparison").value("LE"))
                .andExpect(jsonPath("$.unitThreshold").value(5));
        mvc.perform(post("/api/v1/plans/" + plan.getId() + "/targets")
                        .with(httpBasic("qn_tinh_share", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"code":"BG91","text":"Thiếu phép so sánh","metricCode":"people.determined_addicted",
                                 "form":"VALUE","comparison":"GE","threshold":90,"level":"EACH_IN_GROUP",
                                 "groupId":%d,"unitThreshold":5}"""
                                        .formatted(border.getId())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("unitComparison"));
    }

    @Test
    void the_page_form_takes_a_per_unit_threshold_and_the_plan_shows_the_share() throws Exception {
        UnitGroup border = groups.create(new UnitGroupForm(
                "51",
                "Xã biên giới trang " + System.nanoTime(),
                null,
                null,
                BORDER,
                LocalDate.of(2025, 7, 1),
                null,
                null));
        Plan plan = plans.create(new PlanForm(
                "51",
                "96/KH-UBND " + System.nanoTime(),
                "Kế hoạch trang",
                "UBND tỉnh",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        mvc.perform(post("/plans/" + plan.getId() + "/targets")
                        .with(accounts.as("qn_tinh_share"))
                        .with(csrf())
                        .param("code", "BGP")
                        .param("text", "80% xã biên giới có không quá 5 người được xác định nghiện")
                        .param("metricCode", "people.determined_addicted")
                        .param("form", "VALUE")
                        .param("comparison", "GE")
                        .param("threshold", "80")
                        .param("yearly", "true")
                        .param("level", "EACH_IN_GROUP")
                        .param("groupId", String.valueOf(border.getId()))
                        .param("unitComparison", "LE")
                        .param("unitThreshold", "5"))
                .andExpect(status().is3xxRedirection());
        fixture.signIn("qn_tinh_share");
        assertThat(plans.targets(plan.getId())).singleElement().satisfies(t -> assertThat(t.getUnitThreshold())
                .isEqualByComparingTo("5"));
        mvc.perform(get("/plans/" + plan.getId() + "?tab=targets").with(accounts.as("qn_tinh_share")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tỷ lệ đơn vị có Giá trị ≤ 5: ≥ 80%")));
        fixture.signIn("qn_tinh_share");
        long targetId = plans.targets(plan.getId()).get(0).getId();
        mvc.perform(get("/plans/" + plan.getId() + "/targets/" + targetId + "/edit")
                        .with(accounts.as("qn_tinh_share")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unitThreshold\"")));
    }

    @Test
    void a_per_unit_threshold_needs_a_level_of_units_and_both_parts() {
        Plan plan = plans.create(new PlanForm(
                "51",
                "97/KH-UBND " + System.nanoTime(),
                "Kế hoạch thử ngưỡng",
                "UBND tỉnh",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        PlanTargetForm onUnit = new PlanTargetForm(
                "U1",
                "Tỉnh",
                "people.determined_addicted",
                TargetForm.VALUE,
                null,
                Comparison.GE,
                new BigDecimal("80"),
                true,
                null,
                TargetLevel.UNIT,
                null,
                Comparison.LE,
                BigDecimal.ONE);
        assertThatThrownBy(() -> plans.addTarget(plan.getId(), onUnit))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.target.unitThresholdOnUnit");
        PlanTargetForm half = new PlanTargetForm(
                "U2",
                "Mỗi xã",
                "people.determined_addicted",
                TargetForm.VALUE,
                null,
                Comparison.GE,
                new BigDecimal("80"),
                true,
                null,
                TargetLevel.EACH_COMMUNE,
                null,
                Comparison.LE,
                null);
        assertThatThrownBy(() -> plans.addTarget(plan.getId(), half))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.target.unitThresholdIncomplete");
        assertThat(plans.targets(plan.getId())).isEmpty();
    }
}
