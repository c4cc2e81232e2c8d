package vn.pcmt.localities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.people.PeopleFixture.determination;
import static vn.pcmt.people.PeopleFixture.management;
import static vn.pcmt.people.PeopleFixture.test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.UnitService;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.localities.internal.Assessment;
import vn.pcmt.localities.internal.CriteriaSet;
import vn.pcmt.localities.internal.CriterionResult;
import vn.pcmt.localities.internal.DrugFreeCommune;
import vn.pcmt.localities.internal.DrugFreeCriterion;
import vn.pcmt.localities.internal.DrugFreeProgramme;
import vn.pcmt.localities.internal.DrugFreeProgrammeForm;
import vn.pcmt.localities.internal.DrugFreeService;
import vn.pcmt.localities.internal.DrugFreeStatus;
import vn.pcmt.localities.internal.DrugFreeStep;
import vn.pcmt.localities.internal.Evidence;
import vn.pcmt.localities.internal.ManualValue;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.TestResult;

/**
 * The drug-free commune workflow in Phường Hải Vân (20194, Đà Nẵng, where the demo data has nothing), whose
 * officer is {@code dn_xa} and whose provincial office is {@code dn_tinh}: each automatic criterion met and not
 * met on constructed data, the allowed and refused steps, recognition, and the alert when the recognised commune
 * gets a hotspot.
 */
@PcmtTest
class DrugFreeTests {

    static final String COMMUNE = "20194";
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    DrugFreeService drugFree;

    @Autowired
    HotspotService hotspots;

    @BeforeEach
    void officer() {
        clock.setToday(TODAY);
        accounts.create(
                "dn_xa",
                Role.COMMUNE_POLICE,
                units.find(COMMUNE, TODAY).orElseThrow().id(),
                null);
        accounts.create(
                "dn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("48", TODAY).orElseThrow().id(),
                null);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    DrugFreeProgramme programme(String name) {
        fixture.signIn("dn_tinh");
        CriteriaSet konTum = drugFree.criteriaSets().stream()
                .filter(s -> s.code().equals("KONTUM-2024"))
                .findFirst()
                .orElseThrow();
        return drugFree.createProgramme(new DrugFreeProgrammeForm(
                "48", name, konTum.id(), TODAY.minusMonths(3), TODAY.plusMonths(3), new BigDecimal("30")));
    }

    static Map<Long, ManualValue> manualAllMet(CriteriaSet set) {
        Map<Long, ManualValue> manual = new HashMap<>();
        for (DrugFreeCriterion c : set.criteria()) {
            switch (c.method()) {
                case MANUAL_ZERO -> manual.put(c.id(), new ManualValue(BigDecimal.ZERO, null, "Biên bản rà soát"));
                case MANUAL_ALL -> manual.put(
                        c.id(), new ManualValue(new BigDecimal("812"), new BigDecimal("812"), "Bản cam kết"));
                case MANUAL_AT_LEAST -> manual.put(c.id(), new ManualValue(BigDecimal.ONE, null, "Mô hình tự quản"));
                default -> {}
            }
        }
        return manual;
    }

    static CriterionResult result(List<CriterionResult> results, String code) {
        return results.stream()
                .filter(r -> r.criterion().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_commune_goes_from_registration_to_recognition_and_a_new_hotspot_raises_an_alert() {
        DrugFreeProgramme programme = programme("Chương trình thử " + System.nanoTime());
        CriteriaSet set = drugFree.criteriaSet(programme.getCriteriaSetId());
        fixture.signIn("dn_xa");
        DrugFreeCommune entry = drugFree.register(programme.getId(), COMMUNE, TODAY.minusDays(20));
        long id = entry.getId();
        assertThatThrownBy(() -> drugFree.submit(id, drugFree.entry(id).getVersion()))
                .hasMessageContaining("drugfree.step.notAllowed");

        // a self-assessment with a manual criterion missing is recorded, but cannot be submitted
        Map<Long, ManualValue> partial = manualAllMet(set);
        partial.remove(set.criteria().get(6).id());
        Assessment first = drugFree.selfAssess(
                id, TODAY.minusDays(15), partial, null, drugFree.entry(id).getVersion());
        assertThat(first.allMet()).isFalse();
        assertThatThrownBy(() -> drugFree.submit(id, drugFree.entry(id).getVersion()))
                .hasMessageContaining("drugfree.submit.notAllMet");

        long households = set.criteria().get(4).id();
        Evidence pdf = drugFree.attach(id, households, "cam-ket.pdf", "%PDF-1.4 cam ket".getBytes());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(drugFree.evidenceContent(id, pdf.id())).startsWith("%PDF".getBytes());
        assertThatThrownBy(() -> drugFree.attach(id, households, "virus.exe", "MZ...".getBytes()))
                .hasMessageContaining("document.type");
        assertThatThrownBy(() -> drugFree.attach(id, set.criteria().get(0).id(), "a.pdf", "%PDF".getBytes()))
                .hasMessageContaining("drugfree.evidence.criterion.invalid");
        Assessment second = drugFree.selfAssess(
                id,
                TODAY.minusDays(10),
                manualAllMet(set),
                "Đủ tiêu chí",
                drugFree.entry(id).getVersion());
        assertThat(second.items()).hasSize(7).allMatch(CriterionResult::met);
        drugFree.submit(id, drugFree.entry(id).getVersion());
        assertThatThrownBy(() -> drugFree.appraise(
                        id,
                        TODAY.minusDays(5),
                        Set.of(),
                        Map.of(),
                        null,
                        drugFree.entry(id).getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        // the provincial police return it once: the households' commitments were not checked
        fixture.signIn("dn_tinh");
        assertThatThrownBy(() -> drugFree.appraise(
                        id,
                        TODAY.minusDays(8),
                        Set.of(households),
                        Map.of(),
                        " ",
                        drugFree.entry(id).getVersion()))
                .hasMessageContaining("drugfree.appraise.commentRequired");
        Assessment returned = drugFree.appraise(
                id,
                TODAY.minusDays(8),
                Set.of(households),
                Map.of(households, "Thiếu 12 bản cam kết"),
                "Bổ sung hồ sơ",
                drugFree.entry(id).getVersion());
        assertThat(returned.allMet()).isFalse();
        assertThat(drugFree.entry(id).getStatus()).isEqualTo(DrugFreeStatus.RETURNED);
        assertThatThrownBy(() ->
                        drugFree.recognise(id, "1/QĐ", TODAY, drugFree.entry(id).getVersion()))
                .hasMessageContaining("drugfree.step.notAllowed");

        fixture.signIn("dn_xa");
        drugFree.selfAssess(
                id,
                TODAY.minusDays(6),
                manualAllMet(set),
                null,
                drugFree.entry(id).getVersion());
        drugFree.submit(id, drugFree.entry(id).getVersion());
        fixture.signIn("dn_tinh");
        Assessment appraised = drugFree.appraise(
                id,
                TODAY.minusDays(4),
                Set.of(),
                Map.of(),
                null,
                drugFree.entry(id).getVersion());
        assertThat(appraised.allMet()).isTrue();
        DrugFreeCommune recognised = drugFree.recognise(
                id, "35/QĐ-UBND", TODAY.minusDays(2), drugFree.entry(id).getVersion());
        assertThat(recognised.getStatus()).isEqualTo(DrugFreeStatus.RECOGNISED);
        assertThat(drugFree.steps(id))
                .extracting(DrugFreeStep::step)
                .containsExactly(
                        "REGISTER",
                        "SELF_ASSESS",
                        "SELF_ASSESS",
                        "SUBMIT",
                        "APPRAISE",
                        "SELF_ASSESS",
                        "SUBMIT",
                        "APPRAISE",
                        "RECOGNISE");
        assertThat(drugFree.openAlerts(id)).isEmpty();

        // a hotspot in the recognised commune breaks criterion 1 at once
        fixture.signIn("dn_xa");
        hotspots.record(new HotspotForm(
                COMMUNE,
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Điểm bán lẻ mới",
                null,
                null,
                null,
                BusinessKind.NONE,
                null,
                TODAY,
                null,
                null,
                List.of(),
                null));
        assertThat(drugFree.openAlerts(id)).singleElement().satisfies(a -> assertThat(a.criterionCode())
                .isEqualTo("NO_HOTSPOT"));
        fixture.signIn("dn_tinh");
        assertThat(drugFree.openAlerts(null)).anyMatch(a -> a.entryId() == id);
        assertThat(drugFree.evaluate(id, TODAY))
                .filteredOn(r -> !r.met())
                .extracting(r -> r.criterion().code())
                .containsExactly("NO_HOTSPOT");
        drugFree.closeAlert(id, drugFree.openAlerts(id).get(0).id(), "Đã triệt xóa, đề nghị xem xét lại");
        assertThat(drugFree.openAlerts(id)).isEmpty();

        // an addict found in the recognised commune with no measure breaks criterion 3 at once
        Person addict = fixture.person(COMMUNE, "Hà Văn Cảnh Báo", LocalDate.of(1990, 7, 8));
        fixture.open(addict, determination(TODAY.minusDays(3), TODAY.minusDays(1), DeterminationResult.ADDICTED));
        assertThat(drugFree.openAlerts(id))
                .extracting(DrugFreeAlert::criterionCode)
                .contains("ADDICTS_MANAGED");
        fixture.open(addict, management(TODAY));
        fixture.signIn("xa1");
        assertThatThrownBy(() -> drugFree.entry(id)).isInstanceOf(vn.pcmt.geo.OutsideJurisdictionException.class);
    }

    @Test
    void the_people_criteria_follow_the_register() {
        DrugFreeProgramme programme = programme("Chương trình người " + System.nanoTime());
        fixture.signIn("dn_xa");
        long id = drugFree.register(programme.getId(), COMMUNE, TODAY.minusDays(30))
                .getId();
        assertThat(result(drugFree.evaluate(id, TODAY), "ADDICTS_MANAGED").met())
                .isTrue();
        assertThat(result(drugFree.evaluate(id, TODAY), "USERS_MANAGED").met()).isTrue();

        fixture.signIn("dn_tinh");
        Person addict = fixture.person(COMMUNE, "Lò Văn Nghiện", LocalDate.of(1991, 2, 3));
        fixture.open(addict, determination(TODAY.minusDays(40), TODAY.minusDays(35), DeterminationResult.ADDICTED));
        CriterionResult addicts = result(drugFree.evaluate(id, TODAY), "ADDICTS_MANAGED");
        assertThat(addicts.met()).isFalse();
        assertThat(addicts.total()).isEqualByComparingTo(addicts.value().add(BigDecimal.ONE));
        fixture.open(addict, management(TODAY.minusDays(30)));
        assertThat(result(drugFree.evaluate(id, TODAY), "ADDICTS_MANAGED").met())
                .isTrue();

        Person user = fixture.person(COMMUNE, "Lò Văn Dùng", LocalDate.of(1992, 3, 4));
        fixture.record(user, test(TODAY.minusDays(3), TestResult.POSITIVE));
        assertThat(result(drugFree.evaluate(id, TODAY), "USERS_MANAGED").met()).isFalse();
        fixture.open(user, management(TODAY.minusDays(2)));
        assertThat(result(drugFree.evaluate(id, TODAY), "USERS_MANAGED").met()).isTrue();
    }

    @Test
    void a_commune_registers_only_once_in_a_programme_and_only_in_its_province() {
        DrugFreeProgramme programme = programme("Chương trình đăng ký " + System.nanoTime());
        fixture.signIn("dn_xa");
        drugFree.register(programme.getId(), COMMUNE, TODAY.minusDays(5));
        assertThatThrownBy(() -> drugFree.register(programme.getId(), COMMUNE, TODAY.minusDays(4)))
                .hasMessageContaining("drugfree.register.already");
        assertThatThrownBy(() -> drugFree.register(programme.getId(), COMMUNE, TODAY.minusYears(1)))
                .hasMessageContaining("drugfree.register.date");
        assertThatThrownBy(() -> drugFree.register(programme.getId(), "20197", TODAY.minusDays(4)))
                .isInstanceOf(vn.pcmt.geo.OutsideJurisdictionException.class);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void another_provinces_programmes_are_not_shown() throws Exception {
        DrugFreeProgramme danang = programme("Chương trình xã không ma túy Đà Nẵng");
        fixture.signOut();
        var asTinh =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "tinh", TestAccounts.PASSWORD);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/drug-free/programmes?province=48")
                        .with(asTinh))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/drug-free/programmes?province=01")
                        .with(asTinh))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/drug-free/programmes/" + danang.getId())
                        .with(accounts.as("tinh")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        // the province's own commune still reads its province's programmes
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/drug-free/programmes?province=33")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
    }
}
