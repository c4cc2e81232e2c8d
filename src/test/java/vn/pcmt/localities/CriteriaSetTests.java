package vn.pcmt.localities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.internal.Assessment;
import vn.pcmt.localities.internal.CriteriaLevel;
import vn.pcmt.localities.internal.CriteriaSet;
import vn.pcmt.localities.internal.CriteriaSetForm;
import vn.pcmt.localities.internal.CriteriaSets;
import vn.pcmt.localities.internal.CriterionForm;
import vn.pcmt.localities.internal.CriterionMethod;
import vn.pcmt.localities.internal.CriterionResult;
import vn.pcmt.localities.internal.DrugFreeCommune;
import vn.pcmt.localities.internal.DrugFreeCriterion;
import vn.pcmt.localities.internal.DrugFreeProgramme;
import vn.pcmt.localities.internal.DrugFreeProgrammeForm;
import vn.pcmt.localities.internal.DrugFreeService;
import vn.pcmt.localities.internal.ManualValue;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.KeptRegisters;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * Criteria sets as data in Quảng Ngãi: a set created, a template copied and revised, a programme on the province's
 * own set whose past assessment keeps its criteria after the set is revised; a criterion over a metric; and a
 * "drug-free province" set assessed for the province as a whole.
 */
@PcmtTest
class CriteriaSetTests {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    static final String COMMUNE = "21136";

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    CriteriaSets sets;

    @Autowired
    DrugFreeService drugFree;

    @Autowired
    Metrics metrics;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    vn.pcmt.metrics.internal.RegisterStarts starts;

    @BeforeEach
    void accounts() {
        clock.setToday(TODAY);
        accounts.create(
                "qn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("51", TODAY).orElseThrow().id(),
                null);
        accounts.create(
                "dn_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("48", TODAY).orElseThrow().id(),
                null);
        accounts.create(
                "qn_cadam",
                Role.COMMUNE_POLICE,
                units.find(COMMUNE, TODAY).orElseThrow().id(),
                null);
        fixture.signIn("qn_tinh");
        // Quảng Ngãi keeps its registers: what these tests record counts, not "no data" (ADR 030)
        KeptRegisters.keep(jdbc, "51", TODAY, LocalDate.of(2015, 1, 1));
    }

    @AfterEach
    void signOut() {
        KeptRegisters.forget(jdbc, "51");
        fixture.signOut();
    }

    static String code(String prefix) {
        return prefix + "-" + (System.nanoTime() % 1_000_000_000L);
    }

    static CriteriaSetForm form(String code, CriteriaLevel level, List<CriterionForm> criteria) {
        return new CriteriaSetForm(
                "51",
                code,
                "Tiêu chí " + code,
                level,
                LocalDate.of(2026, 1, 1),
                null,
                "Quyết định số 1/QĐ-UBND ngày 01/01/2026 của UBND tỉnh Quảng Ngãi",
                false,
                criteria);
    }

    static CriterionForm noAddicts() {
        return new CriterionForm(
                "NO_ADDICTS",
                "Không có người nghiện chưa được quản lý",
                CriterionMethod.AUTO_METRIC,
                "people.addicts_without_record",
                null,
                Comparison.EQ,
                BigDecimal.ZERO);
    }

    static CriterionForm model() {
        return new CriterionForm(
                "MODEL",
                "Có ít nhất 01 mô hình tự quản",
                CriterionMethod.MANUAL_AT_LEAST,
                null,
                null,
                null,
                BigDecimal.ONE);
    }

    @Test
    void a_province_creates_copies_and_revises_its_sets_and_templates_stay_as_shipped() {
        CriteriaSet created = sets.create(form(code("QN"), CriteriaLevel.COMMUNE, List.of(noAddicts(), model())));
        assertThat(created.provinceCode()).isEqualTo("51");
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.criteria()).extracting(DrugFreeCriterion::code).containsExactly("NO_ADDICTS", "MODEL");
        assertThat(created.criteria().get(0).metricCode()).isEqualTo("people.addicts_without_record");
        assertThat(created.createdBy()).isEqualTo("qn_tinh");

        // the same code again, a metric criterion without its threshold, an unknown metric, repeated codes: refused
        assertThatThrownBy(() -> sets.create(form(created.code(), CriteriaLevel.COMMUNE, List.of(model()))))
                .hasMessageContaining("criteriaSet.code.taken");
        assertThatThrownBy(() -> sets.create(form(
                        code("QN"),
                        CriteriaLevel.COMMUNE,
                        List.of(new CriterionForm(
                                "X",
                                "Thiếu ngưỡng",
                                CriterionMethod.AUTO_METRIC,
                                "people.addicts",
                                null,
                                Comparison.LE,
                                null)))))
                .hasMessageContaining("criterion.metric.incomplete");
        assertThatThrownBy(() -> sets.create(form(
                        code("QN"),
                        CriteriaLevel.COMMUNE,
                        List.of(new CriterionForm(
                                "X",
                                "Chỉ số lạ",
                                CriterionMethod.AUTO_METRIC,
                                "people.nothing",
                                null,
                                Comparison.LE,
                                BigDecimal.ONE)))))
                .hasMessageContaining("metric.unknown")
                // the refusal lists the codes the province may use (issue 16, item 10)
                .satisfies(e -> assertThat(((RuleViolationException) e).details())
                        .containsEntry("field", "criteria")
                        .extractingByKey("accepted")
                        .asList()
                        .contains("people.addicts", "hotspots.active"));
        assertThatThrownBy(() -> sets.create(form(code("QN"), CriteriaLevel.COMMUNE, List.of(model(), model()))))
                .hasMessageContaining("criterion.code.duplicate");

        // the Kon Tum template: copied, never revised in place
        CriteriaSet konTum = sets.list("51").stream()
                .filter(s -> s.template() && s.code().equals("KONTUM-2024"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> sets.revise(konTum.id(), form("KONTUM-2024", CriteriaLevel.COMMUNE, List.of(model()))))
                .hasMessageContaining("criteriaSet.template.readOnly");
        String copyCode = code("QN-KT");
        CriteriaSet copy = sets.copy(konTum.id(), "51", copyCode);
        assertThat(copy.template()).isFalse();
        assertThat(copy.copiedFromId()).isEqualTo(konTum.id());
        assertThat(copy.criteria())
                .extracting(DrugFreeCriterion::code)
                .containsExactlyElementsOf(
                        konTum.criteria().stream().map(DrugFreeCriterion::code).toList());

        // revised: a new revision under the same code; the first stays; only the latest is revised again
        CriteriaSet second =
                sets.revise(copy.id(), form(copyCode, CriteriaLevel.COMMUNE, List.of(noAddicts(), model())));
        assertThat(second.code()).isEqualTo(copy.code());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.revisesId()).isEqualTo(copy.id());
        assertThat(sets.get(copy.id()).criteria()).hasSize(konTum.criteria().size());
        assertThat(sets.latest(sets.get(copy.id()))).isFalse();
        assertThatThrownBy(() -> sets.revise(copy.id(), form(copyCode, CriteriaLevel.COMMUNE, List.of(model()))))
                .hasMessageContaining("criteriaSet.revise.notLatest");
        assertThat(sets.get(konTum.id()).criteria()).hasSize(7);

        // another province neither reads nor uses the province's sets; it sees the templates
        fixture.signIn("dn_tinh");
        assertThatThrownBy(() -> sets.get(created.id())).isInstanceOf(OutsideJurisdictionException.class);
        assertThat(drugFree.criteriaSets())
                .extracting(CriteriaSet::id)
                .doesNotContain(created.id())
                .contains(konTum.id());
        assertThatThrownBy(() -> drugFree.createProgramme(new DrugFreeProgrammeForm(
                        "48", "Chương trình", created.id(), TODAY.minusMonths(1), null, null)))
                .hasMessageContaining("drugfree.criteriaSet.unknown");
        assertThatThrownBy(() -> sets.copy(created.id(), "48", code("DN")))
                .isInstanceOf(OutsideJurisdictionException.class);

        // a set no programme uses may be deleted; one in use may not
        fixture.signIn("qn_tinh");
        sets.delete(created.id());
        assertThat(sets.list("51")).extracting(CriteriaSet::id).doesNotContain(created.id());
        drugFree.createProgramme(new DrugFreeProgrammeForm(
                "51", "Chương trình dùng bộ sao chép", second.id(), TODAY.minusMonths(1), null, null));
        assertThatThrownBy(() -> sets.delete(second.id())).hasMessageContaining("criteriaSet.used");
    }

    @Test
    void a_programme_on_the_provinces_own_set_judges_a_metric_criterion_and_keeps_past_assessments_when_revised()
            throws Exception {
        String setCode = code("QN-XA");
        CriteriaSet own = sets.create(form(setCode, CriteriaLevel.COMMUNE, List.of(noAddicts(), model())));
        DrugFreeProgramme programme = drugFree.createProgramme(new DrugFreeProgrammeForm(
                "51", "Xã không ma túy 2026 " + setCode, own.id(), LocalDate.of(2026, 1, 1), null, null));
        fixture.signIn("qn_cadam");
        DrugFreeCommune entry = drugFree.register(programme.getId(), COMMUNE, TODAY.minusDays(30));
        long modelId = own.criteria().get(1).id();

        // no addict without a record in Cà Đam: the metric criterion holds, from the register
        List<CriterionResult> now = drugFree.evaluate(entry.getId(), TODAY);
        CriterionResult metric = now.get(0);
        assertThat(metric.criterion().method()).isEqualTo(CriterionMethod.AUTO_METRIC);
        assertThat(metric.value())
                .isEqualByComparingTo(metrics.value("people.addicts_without_record", COMMUNE, TODAY)
                        .value());
        assertThat(metric.met()).isEqualTo(metric.value().signum() == 0);

        Assessment first = drugFree.selfAssess(
                entry.getId(),
                TODAY.minusDays(5),
                Map.of(modelId, new ManualValue(BigDecimal.ONE, null, "Mô hình tổ tự quản")),
                null,
                drugFree.entry(entry.getId()).getVersion());
        assertThat(first.items()).extracting(r -> r.criterion().code()).containsExactly("NO_ADDICTS", "MODEL");

        // the province revises its set: the programme keeps the revision it chose, the assessment its criteria
        fixture.signIn("qn_tinh");
        CriteriaSet revised = sets.revise(
                own.id(),
                form(
                        setCode,
                        CriteriaLevel.COMMUNE,
                        List.of(
                                new CriterionForm(
                                        "NO_HOTSPOT",
                                        "Không có điểm, tụ điểm",
                                        CriterionMethod.AUTO_NO_ACTIVE_HOTSPOT,
                                        null,
                                        null,
                                        null,
                                        null),
                                model())));
        assertThat(revised.revision()).isEqualTo(2);
        fixture.signIn("qn_cadam");
        assertThat(drugFree.programme(programme.getId()).getCriteriaSetId()).isEqualTo(own.id());
        Assessment kept = drugFree.assessments(entry.getId()).get(0);
        assertThat(kept.id()).isEqualTo(first.id());
        assertThat(kept.items()).extracting(r -> r.criterion().code()).containsExactly("NO_ADDICTS", "MODEL");
        assertThat(kept.items().get(0).criterion().text()).isEqualTo(noAddicts().text());

        // the office moves the programme to revision 2: the next judgement uses its criteria, the past assessment
        // keeps those it was made under; an older revision, another set or a stale version are refused
        fixture.signIn("qn_tinh");
        DrugFreeProgramme before = drugFree.programme(programme.getId());
        assertThat(drugFree.newerRevisions(programme.getId()))
                .extracting(CriteriaSet::id)
                .containsExactly(revised.id());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/drug-free/programmes/" + programme.getId())
                        .with(accounts.as("qn_tinh")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-testid=\"move-revision\"")));
        fixture.signIn("qn_tinh");
        CriteriaSet other = sets.create(form(code("QN-KHAC"), CriteriaLevel.COMMUNE, List.of(model())));
        assertThatThrownBy(() -> drugFree.moveToRevision(programme.getId(), other.id(), before.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "drugfree.programme.notNewerRevision");
        assertThatThrownBy(() -> drugFree.moveToRevision(programme.getId(), revised.id(), before.getVersion() + 1))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        DrugFreeProgramme moved = drugFree.moveToRevision(programme.getId(), revised.id(), before.getVersion());
        assertThat(moved.getCriteriaSetId()).isEqualTo(revised.id());
        assertThat(drugFree.newerRevisions(programme.getId())).isEmpty();
        assertThatThrownBy(() -> drugFree.moveToRevision(programme.getId(), own.id(), moved.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "drugfree.programme.notNewerRevision");
        fixture.signIn("qn_cadam");
        assertThat(drugFree.evaluate(entry.getId(), TODAY))
                .extracting(r -> r.criterion().code())
                .containsExactly("NO_HOTSPOT", "MODEL");
        assertThat(drugFree.assessments(entry.getId()).get(0).items())
                .extracting(r -> r.criterion().code())
                .containsExactly("NO_ADDICTS", "MODEL");
        // another province's office cannot move it
        fixture.signIn("dn_tinh");
        assertThatThrownBy(() -> drugFree.moveToRevision(programme.getId(), revised.id(), moved.getVersion()))
                .isInstanceOf(vn.pcmt.geo.OutsideJurisdictionException.class);
    }

    @Test
    void a_drug_free_province_is_assessed_on_the_province_as_a_whole() {
        String setCode = code("QN-TINH");
        CriteriaSet province = sets.create(form(
                setCode,
                CriteriaLevel.PROVINCE,
                List.of(
                        new CriterionForm(
                                "SHARE_RECOGNISED",
                                "Ít nhất 50% xã, phường được công nhận không ma túy",
                                CriterionMethod.AUTO_METRIC,
                                "drugfree.recognised",
                                "units.communes",
                                Comparison.GE,
                                new BigDecimal("50")),
                        new CriterionForm(
                                "FEW_NEW_ADDICTS",
                                "Không quá 100 người nghiện mới phát hiện trong năm",
                                CriterionMethod.AUTO_METRIC,
                                "people.new_addicts",
                                null,
                                Comparison.LE,
                                new BigDecimal("100")),
                        model())));
        assertThat(province.level()).isEqualTo(CriteriaLevel.PROVINCE);
        DrugFreeProgramme programme = drugFree.createProgramme(new DrugFreeProgrammeForm(
                "51", "Tỉnh không ma túy " + setCode, province.id(), LocalDate.of(2026, 1, 1), null, null));
        assertThatThrownBy(() -> drugFree.register(programme.getId(), COMMUNE, TODAY.minusDays(10)))
                .as("a province's programme registers the province, not a commune")
                .hasMessageContaining("drugfree.province.unknown");
        DrugFreeCommune entry = drugFree.register(programme.getId(), "51", TODAY.minusDays(10));

        List<CriterionResult> results = drugFree.evaluate(entry.getId(), TODAY);
        BigDecimal recognised =
                metrics.value("drugfree.recognised", "51", TODAY).value();
        BigDecimal communes = metrics.value("units.communes", "51", TODAY).value();
        assertThat(communes).isEqualByComparingTo("96");
        CriterionResult share = results.get(0);
        assertThat(share.total()).isEqualByComparingTo(communes);
        assertThat(share.value())
                .isEqualByComparingTo(
                        recognised.multiply(BigDecimal.valueOf(100)).divide(communes, 1, RoundingMode.HALF_UP));
        assertThat(share.met()).isEqualTo(share.value().compareTo(new BigDecimal("50")) >= 0);
        CriterionResult fewNew = results.get(1);
        assertThat(fewNew.value())
                .isEqualByComparingTo(
                        metrics.value("people.new_addicts", "51", TODAY).value());

        // the standing office assesses the province; a commune's officer may not touch it
        Assessment self = drugFree.selfAssess(
                entry.getId(),
                TODAY.minusDays(1),
                Map.of(province.criteria().get(2).id(), new ManualValue(new BigDecimal("3"), null, "Báo cáo")),
                "Tự đánh giá cấp tỉnh",
                drugFree.entry(entry.getId()).getVersion());
        assertThat(self.items()).hasSize(3);
        assertThat(self.allMet())
                .isEqualTo(results.get(0).met() && results.get(1).met());
        fixture.signIn("qn_cadam");
        assertThatThrownBy(() -> drugFree.submit(entry.getId(), 0))
                .isInstanceOfAny(AccessDeniedException.class, OutsideJurisdictionException.class);

        // a recognised province is not a recognised commune in the figures
        fixture.signIn("qn_tinh");
        jdbc.sql("update drugfree_commune set status = 'RECOGNISED', recognised_on = :d where id = :id")
                .param("d", TODAY.minusDays(1))
                .param("id", entry.getId())
                .update();
        assertThat(metrics.value("drugfree.recognised", "51", TODAY).value()).isEqualByComparingTo(recognised);
    }
}
