package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.access.Role;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.hotspots.BusinessKind;
import vn.pcmt.hotspots.EliminationForm;
import vn.pcmt.hotspots.Hotspot;
import vn.pcmt.hotspots.HotspotActivity;
import vn.pcmt.hotspots.HotspotForm;
import vn.pcmt.hotspots.HotspotService;
import vn.pcmt.hotspots.HotspotShape;
import vn.pcmt.people.PeopleFixture;

/**
 * Plans as data in Huế (46), where the demo data has nothing: the Ninh Bình template copied and its hotspot
 * targets (NB2) computed on constructed hotspots; a plan entered by hand; export and import.
 */
@PcmtTest
class PlanTests {

    static final String WARD = "19753";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    PlanService plans;

    @Autowired
    HotspotService hotspots;

    @BeforeEach
    void officers() {
        accounts.create(
                "hue_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("46", LocalDate.now()).orElseThrow().id(),
                null);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void the_ninh_binh_template_judges_nb2_on_the_hotspots_of_the_province() {
        fixture.signIn("hue_tinh");
        Plan plan = plans.copyTemplate("NB-2022-2025", "46", 0);
        assertThat(plans.targets(plan.getId()))
                .extracting(PlanTarget::getCode)
                .contains("NB2a", "NB2b", "NB2c", "NB3a");

        hotspot(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 1));
        hotspot(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 1));
        hotspot(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1));

        Map<String, TargetProgress> end2025 = byCode(plans.progress(plan.getId(), null, LocalDate.of(2025, 12, 31)));
        // eliminated: 1 in 2024, 2 in 2025 → +100% ≥ 5%
        assertThat(end2025.get("NB2a").value()).isEqualByComparingTo("100.0");
        assertThat(end2025.get("NB2a").status()).isEqualTo(TargetStatus.MET);
        // one hotspot arose in 2025: "no new hotspot" is missed
        assertThat(end2025.get("NB2b").value()).isEqualByComparingTo("1");
        assertThat(end2025.get("NB2b").status()).isEqualTo(TargetStatus.MISSED);
        // 3 arisen since 2022, all eliminated: 100% ≥ 80%
        assertThat(end2025.get("NB2c").value()).isEqualByComparingTo("100.0");
        assertThat(end2025.get("NB2c").status()).isEqualTo(TargetStatus.MET);
        assertThat(end2025.get("NB2c").trend()).containsKeys(2022, 2023, 2024, 2025);
        // no locality selected: the share has no data
        assertThat(end2025.get("NB3a").status()).isEqualTo(TargetStatus.NO_DATA);

        Map<String, TargetProgress> mid2024 = byCode(plans.progress(plan.getId(), null, LocalDate.of(2024, 7, 31)));
        // by July 2024: 2 arisen, 1 eliminated: 50% < 80%, not yet judged
        assertThat(mid2024.get("NB2c").value()).isEqualByComparingTo("50.0");
        assertThat(mid2024.get("NB2c").status()).isEqualTo(TargetStatus.AT_RISK);
        // the same figures for the ward alone
        assertThat(byCode(plans.progress(plan.getId(), WARD, LocalDate.of(2024, 7, 31)))
                        .get("NB2c")
                        .value())
                .isEqualByComparingTo("50.0");
    }

    @Test
    void a_plan_entered_by_hand_checks_its_targets_and_travels_as_a_file() {
        fixture.signIn("hue_tinh");
        Plan plan = plans.create(new PlanForm(
                "46",
                "12/KH-UBND",
                "Kế hoạch phòng, chống ma túy năm 2026",
                "Ủy ban nhân dân thành phố Huế",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        assertThatThrownBy(() -> plans.addTarget(
                        plan.getId(),
                        new PlanTargetForm(
                                "T1",
                                "Tỷ lệ",
                                "hotspots.arisen",
                                TargetForm.SHARE,
                                null,
                                Comparison.GE,
                                BigDecimal.TEN,
                                true,
                                null)))
                .hasMessageContaining("plan.target.denominatorRequired");
        assertThatThrownBy(() -> plans.addTarget(
                        plan.getId(),
                        new PlanTargetForm(
                                "T1",
                                "Lạ",
                                "no.such",
                                TargetForm.VALUE,
                                null,
                                Comparison.GE,
                                BigDecimal.TEN,
                                true,
                                null)))
                .hasMessageContaining("metric.unknown");
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "T1",
                        "Không còn điểm hoạt động",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null));
        assertThatThrownBy(() -> plans.addTarget(
                        plan.getId(),
                        new PlanTargetForm(
                                "t1",
                                "Trùng",
                                "hotspots.active",
                                TargetForm.VALUE,
                                null,
                                Comparison.LE,
                                BigDecimal.ZERO,
                                true,
                                null)))
                .hasMessageContaining("plan.target.codeTaken");

        PlanDocument file = plans.export(plan.getId());
        Plan copy = plans.importPlan(file.shiftedBy(1), "46");
        assertThat(copy.getPeriodFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(plans.targets(copy.getId())).singleElement().satisfies(t -> assertThat(t.getMetricCode())
                .isEqualTo("hotspots.active"));

        fixture.signIn("tinh");
        assertThatThrownBy(() -> plans.get(plan.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> plans.importPlan(file, "46")).isInstanceOf(OutsideJurisdictionException.class);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_bad_date_on_the_plan_form_is_told_in_words_and_creates_nothing() throws Exception {
        long before = jdbc.sql("select count(*) from plan").query(Long.class).single();
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans")
                                .param("provinceCode", "46")
                                .param("number", "1/KH")
                                .param("title", "Thử")
                                .param("issuer", "UBND")
                                .param("issuedOn", "32/13/2026")
                                .param("periodFrom", "01/01/2026")
                                .param("periodTo", "31/12/2026")
                                .with(accounts.as("hue_tinh"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Ngày phải theo dạng dd/mm/yyyy")));
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .isEqualTo(before);
    }

    private void hotspot(LocalDate detected, LocalDate eliminated) {
        Hotspot h = hotspots.record(new HotspotForm(
                WARD,
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Điểm kế hoạch " + detected,
                null,
                null,
                null,
                BusinessKind.NONE,
                null,
                detected,
                null,
                null,
                List.of(),
                null));
        hotspots.eliminate(h.getId(), new EliminationForm(eliminated, "Triệt xóa", null, h.getVersion()));
    }

    private static Map<String, TargetProgress> byCode(List<TargetProgress> progress) {
        return progress.stream().collect(Collectors.toMap(TargetProgress::code, p -> p));
    }
}
