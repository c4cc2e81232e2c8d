package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.access.Role;
import vn.pcmt.cases.internal.AgeGroup;
import vn.pcmt.cases.internal.CaseAction;
import vn.pcmt.cases.internal.CaseFlag;
import vn.pcmt.cases.internal.CaseForm;
import vn.pcmt.cases.internal.CaseRow;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.CaseStage;
import vn.pcmt.cases.internal.DrugCase;
import vn.pcmt.cases.internal.SeizureForm;
import vn.pcmt.cases.internal.SeizureUnit;
import vn.pcmt.cases.internal.StageForm;
import vn.pcmt.cases.internal.SuspectForm;
import vn.pcmt.cases.internal.SuspectRole;
import vn.pcmt.cases.internal.ViolationForm;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * The case register as rules: its stages, its checks, its jurisdiction and its figures across the 2025 reform.
 * Phường Phố Hiến (11953) was formed on 1/7/2025 from, among others, Phường An Tảo (11956) of the former city of
 * Hưng Yên: a case of 2024 in An Tảo counts in Phố Hiến's 2024 figure and in the former city's.
 */
@PcmtTest
class CaseTests {

    static final String POLICE = "test_csma";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    CaseService cases;

    @Autowired
    Metrics metrics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    long agency;

    @BeforeEach
    void accounts() {
        long province = jdbc.sql("select id from admin_unit where code = '33' and valid_to is null")
                .query(Long.class)
                .single();
        accounts.create(POLICE, Role.DRUG_CRIME_POLICE, province, null);
        accounts.ensureOutsiders();
        agency = policeOf("33");
        // the province keeps the register since 2020: its figures of 2024 are figures, not "no data"
        jdbc.sql("insert into register_start (unit_id, register, since) values (:u, 'CASES', '2020-01-01')"
                        + " on conflict do nothing")
                .param("u", province)
                .update();
    }

    long policeOf(String province) {
        return jdbc.sql("select id from agency where province_code = :p and kind = 'POLICE' and deleted_at is null"
                        + " order by id limit 1")
                .param("p", province)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("insert into agency (province_code, code, name, kind, search_name, sort_key)"
                                + " values (:p, 'CA', 'Công an tỉnh', 'POLICE', 'cong an tinh', '\\x00'::bytea)"
                                + " returning id")
                        .param("p", province)
                        .query(Long.class)
                        .single());
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    CaseForm form(String commune, LocalDate detected, List<String> articles, boolean cyber) {
        return new CaseForm(
                commune,
                detected,
                new BigDecimal("20.650000"),
                new BigDecimal("106.050000"),
                agency,
                "Bắt quả tang mua bán trái phép chất ma túy",
                articles,
                cyber,
                false,
                false,
                false,
                null,
                null);
    }

    static SuspectForm suspect(String name, String idNumber, Boolean female, Integer year) {
        return new SuspectForm(
                null, name, female, year, idNumber, SuspectRole.PRINCIPAL, AgeGroup.OVER_30, true, true, null);
    }

    static SuspectForm withVersion(SuspectForm f, long version) {
        return new SuspectForm(
                f.personId(),
                f.fullName(),
                f.female(),
                f.birthYear(),
                f.idNumber(),
                f.role(),
                f.ageGroup(),
                f.priorRecord(),
                f.drugUser(),
                version);
    }

    long value(String code, String unit, LocalDate from, LocalDate to) {
        return metrics.value(code, unit, from, to).value().longValueExact();
    }

    BigDecimal quantity(String code, String unit, LocalDate from, LocalDate to) {
        return metrics.value(code, unit, from, to).value();
    }

    String districtOf2024(String commune) {
        return jdbc.sql("select district_code from admin_unit where code = :c and valid_to = '2025-06-30'")
                .param("c", commune)
                .query(String.class)
                .single();
    }

    @Test
    void the_stages_follow_the_procedure_and_refuse_steps_out_of_order() {
        for (CaseStage stage : CaseStage.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (stage.allows(action)) {
                    assertThat(stage.next(action)).isNotEqualTo(stage);
                } else {
                    assertThatThrownBy(() -> stage.next(action)).isInstanceOf(RuleViolationException.class);
                }
            }
        }
        assertThat(CaseStage.DETECTED.allows(CaseAction.CHARGE)).isFalse();
        assertThat(CaseStage.JUDGED.allows(CaseAction.SUSPEND)).isFalse();
        assertThat(CaseStage.OPENED.allows(CaseAction.TRANSFER)).isTrue();

        fixture.signIn("xa1");
        DrugCase c = cases.record(form("11953", LocalDate.of(2025, 9, 1), List.of("251"), false));
        assertThat(c.getStage()).isEqualTo(CaseStage.DETECTED);
        long id = c.getId();
        long v0 = c.getVersion();
        assertThatThrownBy(() -> cases.act(id, new StageForm(CaseAction.CHARGE, LocalDate.of(2025, 9, 5), false, v0)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("case.stage.notAllowed");
        assertThatThrownBy(() -> cases.act(id, new StageForm(CaseAction.OPEN, LocalDate.of(2025, 8, 5), false, v0)))
                .hasMessageContaining("case.stage.beforeLast");
        c = cases.act(id, new StageForm(CaseAction.OPEN, LocalDate.of(2025, 9, 3), false, v0));
        long v1 = c.getVersion();
        assertThatThrownBy(() -> cases.act(id, new StageForm(CaseAction.CHARGE, LocalDate.of(2025, 9, 4), false, v0)))
                .as("a stale version")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        c = cases.act(id, new StageForm(CaseAction.CHARGE, LocalDate.of(2025, 9, 10), false, v1));
        c = cases.act(id, new StageForm(CaseAction.INDICT, LocalDate.of(2025, 10, 10), false, c.getVersion()));
        c = cases.act(id, new StageForm(CaseAction.TRY, LocalDate.of(2025, 11, 10), true, c.getVersion()));
        assertThat(c.isMobileTrial()).isTrue();
        c = cases.act(id, new StageForm(CaseAction.JUDGE, LocalDate.of(2025, 11, 10), false, c.getVersion()));
        assertThat(c.getStage()).isEqualTo(CaseStage.JUDGED);
        assertThat(c.stages())
                .extracting(DrugCase.StageReached::stage)
                .containsExactly(
                        CaseStage.DETECTED,
                        CaseStage.OPENED,
                        CaseStage.CHARGED,
                        CaseStage.INDICTED,
                        CaseStage.TRIED,
                        CaseStage.JUDGED);
        long v = c.getVersion();
        assertThatThrownBy(() -> cases.correct(
                        id, withVersion(form("11953", LocalDate.of(2025, 9, 4), List.of("251"), false), v)))
                .as("detected after the case was opened")
                .hasMessageContaining("case.detected.afterStage");
    }

    static CaseForm withVersion(CaseForm f, long version) {
        return new CaseForm(
                f.communeCode(),
                f.detectedOn(),
                f.latitude(),
                f.longitude(),
                f.agencyId(),
                f.summary(),
                f.articles(),
                f.cyberspace(),
                f.transnational(),
                f.organisedRing(),
                f.keyRoute(),
                f.note(),
                version);
    }

    @Test
    void bad_cases_suspects_and_seizures_are_refused_with_the_reason() {
        fixture.signIn("xa1");
        assertThatThrownBy(() -> cases.record(form("11953", LocalDate.of(2025, 9, 1), List.of("300"), false)))
                .hasMessageContaining("case.article.unknown");
        assertThatThrownBy(() -> cases.record(form("11953", LocalDate.of(2025, 9, 1), List.of(), false)))
                .hasMessageContaining("case.articles.missing");
        assertThatThrownBy(() -> cases.record(form("11956", LocalDate.of(2025, 3, 1), List.of("256a"), false)))
                .as("article 256a before 1/7/2025")
                .hasMessageContaining("case.article.256a.notInForce");
        assertThatThrownBy(() -> cases.record(form("11956", LocalDate.of(2025, 9, 1), List.of("249"), false)))
                .as("An Tảo no longer exists after the reform")
                .hasMessageContaining("case.commune.unknown");
        long hanoiPolice = policeOf("01");
        CaseForm otherAgency = new CaseForm(
                "11953",
                LocalDate.of(2025, 9, 1),
                null,
                null,
                hanoiPolice,
                "Vụ thử",
                List.of("249"),
                false,
                false,
                false,
                false,
                null,
                null);
        assertThatThrownBy(() -> cases.record(otherAgency)).hasMessageContaining("case.agency.otherProvince");

        DrugCase c = cases.record(form("11953", LocalDate.of(2025, 9, 1), List.of("249", "256a"), false));
        long id = c.getId();
        long v = c.getVersion();
        assertThatThrownBy(() -> cases.addSuspect(id, withVersion(suspect("", null, null, null), v)))
                .hasMessageContaining("case.suspect.name.missing");
        assertThatThrownBy(
                        () -> cases.addSuspect(id, withVersion(suspect("Nguyễn Văn A", "033090001234", null, null), v)))
                .hasMessageContaining("case.suspect.idNumber.needsSexAndYear");
        assertThatThrownBy(
                        () -> cases.addSuspect(id, withVersion(suspect("Nguyễn Văn A", "033090001234", true, 1990), v)))
                .as("the fourth digit says a man born in the 1900s")
                .hasMessageContaining("person.idNumber.sex");
        assertThatThrownBy(() ->
                        cases.addSuspect(id, withVersion(suspect("Nguyễn Văn A", "033090001234", false, 1991), v)))
                .hasMessageContaining("person.idNumber.year");
        var s = cases.addSuspect(id, withVersion(suspect("Nguyễn Văn A", "033090001234", false, 1990), v));
        assertThat(s.getId()).isNotNull();
        assertThat(s.getAgeGroup()).as("computed from 1990 in 2025").isEqualTo(AgeGroup.OVER_30);
        assertThatThrownBy(() -> cases.addSuspect(id, withVersion(suspect("Trần Văn B", null, null, null), v)))
                .as("the case's version moved on with the first suspect")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long v2 = cases.get(id).getVersion();
        assertThatThrownBy(() -> cases.addSeizure(
                        id, new SeizureForm("HEROIN", new BigDecimal("5"), SeizureUnit.PILLS, null, v2)))
                .hasMessageContaining("case.seizure.unit.wrong");
        assertThatThrownBy(() ->
                        cases.addSeizure(id, new SeizureForm("XYZ", new BigDecimal("5"), SeizureUnit.G, null, v2)))
                .hasMessageContaining("case.seizure.substance.unknown");
        assertThatThrownBy(() -> cases.addSeizure(id, new SeizureForm(null, null, null, " ", v2)))
                .hasMessageContaining("case.seizure.empty");
        var z = cases.addSeizure(id, new SeizureForm(null, null, null, "2 xe máy, 3 điện thoại", v2));
        assertThat(cases.seizures(id)).extracting(x -> x.getId()).containsExactly(z.getId());
        cases.deleteSeizure(id, z.getId(), z.getVersion());
        assertThat(cases.seizures(id)).isEmpty();
    }

    @Test
    void the_age_group_follows_the_year_of_birth_and_is_entered_only_without_one() {
        LocalDate detected = LocalDate.of(2025, 9, 1);
        assertThat(AgeGroup.of(2008, detected)).isEqualTo(AgeGroup.UNDER_18);
        assertThat(AgeGroup.of(2007, detected)).isEqualTo(AgeGroup.FROM_18_TO_30);
        assertThat(AgeGroup.of(1995, detected)).isEqualTo(AgeGroup.FROM_18_TO_30);
        assertThat(AgeGroup.of(1994, detected)).isEqualTo(AgeGroup.OVER_30);
        fixture.signIn(POLICE);
        DrugCase c = cases.record(form("11953", detected, List.of("249"), false));
        assertThatThrownBy(() -> cases.addSuspect(
                        c.getId(),
                        new SuspectForm(
                                null,
                                "Phạm Văn D",
                                false,
                                2008,
                                null,
                                SuspectRole.PRINCIPAL,
                                AgeGroup.OVER_30,
                                false,
                                false,
                                c.getVersion())))
                .hasMessageContaining("case.suspect.ageGroup.contradicts");
        assertThatThrownBy(() -> cases.addSuspect(
                        c.getId(),
                        new SuspectForm(
                                null,
                                "Phạm Văn D",
                                false,
                                null,
                                null,
                                SuspectRole.PRINCIPAL,
                                null,
                                false,
                                false,
                                c.getVersion())))
                .hasMessageContaining("case.suspect.ageGroup.missing");
        var minor = cases.addSuspect(
                c.getId(),
                new SuspectForm(
                        null,
                        "Phạm Văn D",
                        false,
                        2008,
                        null,
                        SuspectRole.PRINCIPAL,
                        null,
                        false,
                        false,
                        c.getVersion()));
        assertThat(minor.getAgeGroup()).isEqualTo(AgeGroup.UNDER_18);
    }

    @Test
    void the_summary_counts_cases_and_suspects_by_article_and_agency_and_sums_seizures_per_unit_inside_the_unit() {
        fixture.signIn(POLICE);
        LocalDate day = LocalDate.of(2025, 11, 20);
        DrugCase a = cases.record(form("11977", day, List.of("249", "251"), false));
        cases.addSuspect(a.getId(), withVersion(suspect("Hà Văn E", null, false, 1985), a.getVersion()));
        long va = cases.get(a.getId()).getVersion();
        cases.addSuspect(a.getId(), withVersion(suspect("Hà Văn G", null, false, 1986), va));
        va = cases.get(a.getId()).getVersion();
        cases.addSeizure(a.getId(), new SeizureForm("METH", new BigDecimal("250"), SeizureUnit.G, null, va));
        va = cases.get(a.getId()).getVersion();
        cases.addSeizure(a.getId(), new SeizureForm("METH", new BigDecimal("1.5"), SeizureUnit.KG, null, va));
        DrugCase b = cases.record(form("11977", day, List.of("251"), false));
        cases.addSeizure(b.getId(), new SeizureForm("MDMA", new BigDecimal("40"), SeizureUnit.PILLS, null, 0L));
        DrugCase elsewhere = cases.record(form("11953", day, List.of("251"), false));

        var summary = cases.summary("11977", day, day);
        assertThat(summary.cases()).isEqualTo(2);
        assertThat(summary.suspects()).isEqualTo(2);
        assertThat(summary.byArticle())
                .extracting(l -> l.key() + ":" + l.cases() + "/" + l.suspects())
                .containsExactly("249:1/2", "251:2/2");
        assertThat(summary.byAgency()).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo(String.valueOf(agency));
            assertThat(l.cases()).isEqualTo(2);
        });
        assertThat(summary.bySubstance())
                .extracting(z -> z.substance() + ":"
                        + z.quantity().stripTrailingZeros().toPlainString() + " " + z.unit() + " in " + z.cases())
                .containsExactlyInAnyOrder("METH:1750 G in 1", "MDMA:40 PILLS in 1");
        // the drill-down: the lines' filters give the cases behind them
        assertThat(cases.search("11977", day, day, "249", null, null, null, null))
                .extracting(CaseRow::id)
                .containsExactly(a.getId());
        assertThat(cases.search("11977", day, day, null, null, null, agency, null))
                .extracting(CaseRow::id)
                .containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(cases.search("11977", day, day, null, null, null, null, "MDMA"))
                .extracting(CaseRow::id)
                .containsExactly(b.getId());
        assertThat(cases.summary("33", day, day).cases()).isGreaterThanOrEqualTo(3);
        assertThat(elsewhere.getId()).isNotNull();

        fixture.signIn("xa1");
        assertThatThrownBy(() -> cases.summary("11977", day, day)).isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn(TestAccounts.outsider(Role.DRUG_CRIME_POLICE));
        assertThatThrownBy(() -> cases.summary("33", day, day)).isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void commune_police_keep_to_their_commune_provincial_police_to_the_province_and_others_are_refused() {
        fixture.signIn(POLICE);
        DrugCase c = cases.record(form("11977", LocalDate.of(2025, 9, 1), List.of("250"), false));
        long id = c.getId();
        fixture.signIn("xa2");
        assertThat(cases.get(id).getId()).isEqualTo(id);
        fixture.signIn("xa1");
        assertThatThrownBy(() -> cases.get(id)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> cases.record(form("11977", LocalDate.of(2025, 9, 1), List.of("250"), false)))
                .isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("tinh");
        assertThat(cases.suspects(id)).isEmpty();
        assertThatThrownBy(() -> cases.record(form("11977", LocalDate.of(2025, 9, 1), List.of("250"), false)))
                .as("the standing office sees the province's cases, it does not record them")
                .isInstanceOf(AccessDeniedException.class);
        fixture.signIn(TestAccounts.outsider(Role.DRUG_CRIME_POLICE));
        assertThatThrownBy(() -> cases.get(id)).isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn(TestAccounts.outsider(Role.PROVINCIAL_LEADER));
        assertThatThrownBy(() -> cases.get(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void figures_across_the_reform_count_an_old_communes_case_in_its_successor_and_its_old_district() {
        fixture.signIn(POLICE);
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        LocalDate end2024 = LocalDate.of(2024, 12, 31);
        LocalDate y2025 = LocalDate.of(2025, 1, 1);
        LocalDate end2025 = LocalDate.of(2025, 12, 31);
        String district = districtOf2024("11956");
        long newWard2024 = value("cases.detected", "11953", y2024, end2024);
        long district2024 = value("cases.detected", district, y2024, end2024);
        long cyber2025 = value("cases.detected_cyber", "11953", y2025, end2025);
        long suspects2024 = value("cases.suspects", "11953", y2024, end2024);
        BigDecimal heroin2024 = quantity("cases.seized_heroin", "33", y2024, end2024);
        BigDecimal pills2025 = quantity("cases.seized_ats_pills", "11953", y2025, end2025);
        long violations2025 = value("cases.violations", "33", y2025, end2025);

        // 30/6/2025 in the old ward, 1/7/2025 in the new one
        DrugCase old = cases.record(form("11956", LocalDate.of(2024, 12, 31), List.of("251"), false));
        cases.addSuspect(old.getId(), withVersion(suspect("Lê Văn C", null, null, null), old.getVersion()));
        long v = cases.get(old.getId()).getVersion();
        cases.addSeizure(old.getId(), new SeizureForm("HEROIN", new BigDecimal("1.5"), SeizureUnit.KG, null, v));
        v = cases.get(old.getId()).getVersion();
        cases.addSeizure(old.getId(), new SeizureForm("HEROIN", new BigDecimal("20"), SeizureUnit.G, null, v));
        DrugCase lastDayOld = cases.record(form("11956", LocalDate.of(2025, 6, 30), List.of("249"), true));
        DrugCase firstDayNew = cases.record(form("11953", LocalDate.of(2025, 7, 1), List.of("256a"), true));
        cases.addSeizure(
                firstDayNew.getId(),
                new SeizureForm("ATS_PILLS", new BigDecimal("120"), SeizureUnit.PILLS, null, firstDayNew.getVersion()));
        cases.recordViolation(new ViolationForm(
                "11953",
                LocalDate.of(2025, 7, 1),
                null,
                "Phạm Văn D",
                null,
                null,
                null,
                "12/QĐ-XPHC",
                "Sử dụng trái phép chất ma túy",
                new BigDecimal("1000000"),
                null,
                null));
        assertThatThrownBy(() -> cases.recordViolation(new ViolationForm(
                        "11953",
                        LocalDate.of(2025, 7, 1),
                        null,
                        "Phạm Văn D",
                        null,
                        null,
                        null,
                        "13/QĐ-XPHC",
                        "Sử dụng",
                        null,
                        " ",
                        null)))
                .hasMessageContaining("violation.sanction.missing");

        assertThat(value("cases.detected", "11953", y2024, end2024) - newWard2024)
                .as("a case of 2024 in An Tảo counts in Phố Hiến's 2024 figure")
                .isEqualTo(1);
        assertThat(value("cases.detected", district, y2024, end2024) - district2024)
                .as("and in the district of 2024 it lay in")
                .isEqualTo(1);
        assertThat(value("cases.detected_cyber", "11953", y2025, end2025) - cyber2025)
                .as("the day before and the day of the reform, both in Phố Hiến's 2025")
                .isEqualTo(2);
        assertThat(value("cases.suspects", "11953", y2024, end2024) - suspects2024)
                .isEqualTo(1);
        assertThat(quantity("cases.seized_heroin", "33", y2024, end2024).subtract(heroin2024))
                .as("1.5 kg and 20 g, in grams")
                .isEqualByComparingTo("1520");
        assertThat(quantity("cases.seized_ats_pills", "11953", y2025, end2025).subtract(pills2025))
                .isEqualByComparingTo("120");
        assertThat(value("cases.violations", "33", y2025, end2025) - violations2025)
                .isEqualTo(1);

        List<CaseRow> cyber = cases.search("11953", y2025, end2025, null, null, CaseFlag.CYBERSPACE);
        assertThat(cyber).extracting(CaseRow::id).contains(lastDayOld.getId(), firstDayNew.getId());
        assertThat(cases.search("11953", y2025, end2025, "256a", null, null))
                .extracting(CaseRow::id)
                .contains(firstDayNew.getId())
                .doesNotContain(lastDayOld.getId());

        // a deleted case no longer counts
        cases.delete(old.getId(), cases.get(old.getId()).getVersion());
        assertThat(value("cases.detected", "11953", y2024, end2024)).isEqualTo(newWard2024);
        assertThat(quantity("cases.seized_heroin", "33", y2024, end2024)).isEqualByComparingTo(heroin2024);
    }

    /**
     * ADR 034: Thành phố Nam Định (356) succeeded Huyện Mỹ Lộc (358) on 1/9/2024. A case of 2021 in Xã Mỹ Hà (13711, of
     * Mỹ Lộc then) counts for 2021 in Mỹ Lộc and Nam Định province, never in the city; one of October 2024 in Mỹ Hà (of
     * the city by then) counts in the city; today's Ninh Bình, formed on 1/7/2025, counts both in their years.
     */
    @Test
    void a_case_of_2021_in_a_district_merged_in_2024_counts_in_it_not_in_the_city_that_took_it_over() {
        long ninhBinh = jdbc.sql("select id from admin_unit where code = '37' and valid_to is null")
                .query(Long.class)
                .single();
        long namDinh = jdbc.sql("select id from admin_unit where code = '36' and valid_to = '2025-06-30'")
                .query(Long.class)
                .single();
        accounts.create("test_csma_nb", Role.DRUG_CRIME_POLICE, ninhBinh, null);
        for (long unit : List.of(ninhBinh, namDinh)) {
            jdbc.sql("insert into register_start (unit_id, register, since) values (:u, 'CASES', '2020-01-01')"
                            + " on conflict do nothing")
                    .param("u", unit)
                    .update();
        }
        agency = policeOf("37");
        fixture.signIn("test_csma_nb");
        LocalDate y2021 = LocalDate.of(2021, 1, 1);
        LocalDate end2021 = LocalDate.of(2021, 12, 31);
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        LocalDate end2024 = LocalDate.of(2024, 12, 31);
        long city2021 = value("cases.detected", "356", y2021, end2021);
        long myLoc2021 = value("cases.detected", "358", y2021, end2021);
        long province2021 = value("cases.detected", "36", y2021, end2021);
        long city2024 = value("cases.detected", "356", y2024, end2024);
        long ninhBinh2021 = value("cases.detected", "37", y2021, end2021);

        DrugCase of2021 = cases.record(form("13711", LocalDate.of(2021, 5, 4), List.of("249"), false));
        cases.record(form("13711", LocalDate.of(2024, 10, 15), List.of("249"), false));
        assertThat(jdbc.sql("select district_code from admin_unit where id = :id")
                        .param("id", of2021.getCommuneId())
                        .query(String.class)
                        .single())
                .isEqualTo("358");

        assertThat(value("cases.detected", "358", y2021, end2021) - myLoc2021).isEqualTo(1);
        assertThat(value("cases.detected", "36", y2021, end2021) - province2021).isEqualTo(1);
        assertThat(value("cases.detected", "356", y2021, end2021) - city2021)
                .as("the city of 2021 did not hold Mỹ Hà")
                .isZero();
        assertThat(value("cases.detected", "356", y2024, end2024) - city2024)
                .as("only the case of October 2024")
                .isEqualTo(1);
        assertThat(value("cases.detected", "37", y2021, end2021) - ninhBinh2021)
                .as("today's Ninh Bình over 2021: the territory of its predecessors")
                .isEqualTo(1);
    }
}
