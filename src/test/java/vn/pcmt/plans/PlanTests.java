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
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.EliminationForm;
import vn.pcmt.hotspots.internal.Hotspot;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TargetLevel;
import vn.pcmt.plans.internal.UnitProgress;

/**
 * Plans as data in Huế (46), where the demo data has nothing: the Ninh Bình template copied and its hotspot
 * targets (NB2) computed on constructed hotspots; a plan entered by hand; export and import.
 */
@PcmtTest
class PlanTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

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
        clock.setToday(TODAY);
        accounts.create(
                "hue_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("46", TODAY).orElseThrow().id(),
                null);
        // Huế keeps every register since 2015 here: what these targets count is no longer "no data" (ADR 030)
        fixture.signIn("hue_tinh");
        for (vn.pcmt.metrics.Register register : vn.pcmt.metrics.Register.values()) {
            registerStarts.set(new vn.pcmt.metrics.internal.RegisterStartForm("46", register, KEPT_SINCE, null));
        }
        fixture.signOut();
    }

    static final LocalDate KEPT_SINCE = LocalDate.of(2015, 1, 1);

    @Autowired
    vn.pcmt.metrics.internal.RegisterStarts registerStarts;

    @AfterEach
    void signOut() {
        fixture.signIn("hue_tinh");
        registerStarts.of("46").forEach(s -> registerStarts.delete(s.id(), s.version()));
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
                        .string(org.hamcrest.Matchers.containsString("Ngày không hợp lệ (dd/MM/yyyy)")));
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .isEqualTo(before);
    }

    @Autowired
    vn.pcmt.metrics.ManualFigures manual;

    @Test
    void the_hung_yen_template_judges_its_manual_targets_on_accepted_figures_only() {
        fixture.signIn("hue_tinh");
        Plan plan = plans.copyTemplate("HY-135-2025", "46", -1);
        assertThat(plans.targets(plan.getId()))
                .extracting(PlanTarget::getCode)
                .contains("HY4", "HY5a", "HY6", "HY8a", "HY9", "HY10b");
        LocalDate end2025 = LocalDate.of(2025, 12, 31);
        assertThat(byCode(plans.progress(plan.getId(), null, end2025))
                        .get("HY4")
                        .status())
                .isEqualTo(TargetStatus.NO_DATA);

        figure("manual.border_units", LocalDate.of(2025, 1, 1), end2025, 10, true);
        figure("manual.border_units_equipped", LocalDate.of(2025, 1, 1), end2025, 9, true);
        figure("manual.legal_aid_requested", LocalDate.of(2025, 1, 1), end2025, 20, true);
        // served is entered but not yet accepted: HY9 has no data
        figure("manual.legal_aid_served", LocalDate.of(2025, 1, 1), end2025, 20, false);

        Map<String, TargetProgress> progress = byCode(plans.progress(plan.getId(), null, end2025));
        // HY4: 9 of 10 units equipped = 90% > 80%
        assertThat(progress.get("HY4").value()).isEqualByComparingTo("90.0");
        assertThat(progress.get("HY4").status()).isEqualTo(TargetStatus.MET);
        assertThat(progress.get("HY9").status()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void a_target_of_each_commune_is_met_when_every_commune_meets_it_and_drills_down() {
        fixture.signIn("hue_tinh");
        LocalDate today = TODAY;
        Plan plan = plans.create(new PlanForm(
                "46",
                "7/KH-UBND",
                "Kế hoạch xã không phát sinh điểm mới",
                "Ủy ban nhân dân thành phố Huế",
                today.withDayOfYear(1),
                today.withDayOfYear(1),
                today.withDayOfYear(1).plusYears(1).minusDays(1),
                null,
                null));
        PlanTarget target = plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "X1",
                        "Mỗi xã, phường không phát sinh điểm, tụ điểm mới",
                        "hotspots.arisen",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null,
                        TargetLevel.EACH_COMMUNE));
        hotspot(today.withDayOfYear(1), today);

        TargetProgress progress =
                byCode(plans.progress(plan.getId(), null, today)).get("X1");
        List<UnitProgress> communes = plans.breakdown(plan.getId(), target.getId(), "46", today);
        assertThat(communes).hasSizeGreaterThan(30);
        assertThat(progress.unitsTotal()).isEqualTo(communes.size());
        assertThat(progress.unitsMeeting()).isEqualTo(communes.size() - 1);
        assertThat(progress.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(communes)
                .filteredOn(u -> u.unitCode().equals(WARD))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.value()).isEqualByComparingTo("1");
                    assertThat(u.status()).isEqualTo(TargetStatus.AT_RISK);
                });
        // the ward looking at itself sees its own row only
        assertThat(plans.breakdown(plan.getId(), target.getId(), WARD, today)).singleElement();
    }

    @Test
    void kon_tum_s_first_target_applies_to_each_former_district_before_the_reform() {
        fixture.signIn("hue_tinh");
        Plan plan = plans.copyTemplate("KT-1118-2024", "46", 0);
        PlanTarget kt1 = plans.targets(plan.getId()).stream()
                .filter(t -> t.getCode().equals("KT1"))
                .findFirst()
                .orElseThrow();
        assertThat(kt1.getLevel()).isEqualTo(TargetLevel.EACH_FORMER_DISTRICT);
        List<UnitProgress> districts = plans.breakdown(plan.getId(), kt1.getId(), "46", LocalDate.of(2024, 12, 31));
        // Thừa Thiên Huế had 9 districts, towns and cities in 2024; no commune registered: each misses 30%
        assertThat(districts).hasSize(9).allSatisfy(d -> assertThat(d.status()).isEqualTo(TargetStatus.MISSED));
        TargetProgress progress = byCode(plans.progress(plan.getId(), null, LocalDate.of(2024, 12, 31)))
                .get("KT1");
        assertThat(progress.unitsMeeting()).isZero();
        assertThat(progress.status()).isEqualTo(TargetStatus.MISSED);
        // judged on its due date (14/12/2024): later dates keep the 2024 districts
        assertThat(plans.breakdown(plan.getId(), kt1.getId(), "46", LocalDate.of(2026, 1, 1)))
                .hasSize(9);
    }

    private void figure(String code, LocalDate from, LocalDate to, int value, boolean accept) {
        var metric = manual.definitions("46").stream()
                .filter(m -> m.getCode().equals(code))
                .findFirst()
                .orElseThrow();
        var figure = manual.enter(
                metric.getId(),
                new vn.pcmt.metrics.internal.ManualFigureForm("46", from, to, BigDecimal.valueOf(value), null, null));
        if (accept) {
            manual.review(figure.getId(), true, null, figure.getVersion());
        }
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
