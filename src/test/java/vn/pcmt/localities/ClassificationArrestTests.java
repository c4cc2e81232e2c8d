package vn.pcmt.localities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.cases.internal.AgeGroup;
import vn.pcmt.cases.internal.CaseForm;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.DrugCase;
import vn.pcmt.cases.internal.SuspectForm;
import vn.pcmt.cases.internal.SuspectRole;
import vn.pcmt.localities.internal.ArrestSource;
import vn.pcmt.localities.internal.ClassificationCriterion;
import vn.pcmt.localities.internal.ClassificationService;
import vn.pcmt.localities.internal.CommuneClassification;
import vn.pcmt.localities.internal.CommuneYearFigureForm;
import vn.pcmt.people.PeopleFixture;

/**
 * Decision 28/2025 reads a commune's people arrested for drug offences from the case register (the suspects of the
 * cases detected in the commune in the year) for the years the commune keeps it, and from the per-commune yearly entry
 * only for earlier years; tested at the type I threshold (arrests ≥ 0.1% of the population).
 */
@PcmtTest
class ClassificationArrestTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String POLICE = "test_csma_phan_loai";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    ClassificationService classification;

    @Autowired
    CaseService cases;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
        long province = jdbc.sql("select id from admin_unit where code = '33' and valid_to is null")
                .query(Long.class)
                .single();
        accounts.create(POLICE, Role.DRUG_CRIME_POLICE, province, null);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private CommuneClassification of(String commune, int year) {
        return classification.propose(commune, year).get(0);
    }

    private String page(String commune, int year) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/localities/classification?unit=" + commune + "&year=" + year)
                        .with(accounts.as("tinh")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long police() {
        return jdbc.sql("select id from agency where province_code = '33' and kind = 'POLICE' and deleted_at is null"
                        + " order by id limit 1")
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("insert into agency (province_code, code, name, kind, search_name, sort_key)"
                                + " values ('33', 'CA', 'Công an tỉnh', 'POLICE', 'cong an tinh', '\\x00'::bytea)"
                                + " returning id")
                        .query(Long.class)
                        .single());
    }

    /** A case detected in the commune on the day, with the given number of suspects. */
    private DrugCase caseWith(String commune, LocalDate detected, int suspects) {
        fixture.signIn(POLICE);
        DrugCase c = cases.record(new CaseForm(
                commune,
                detected,
                null,
                null,
                police(),
                "Bắt quả tang mua bán trái phép chất ma túy",
                List.of("251"),
                false,
                false,
                false,
                false,
                null,
                null));
        long version = c.getVersion();
        for (int i = 0; i < suspects; i++) {
            cases.addSuspect(
                    c.getId(),
                    new SuspectForm(
                            null,
                            "Đối tượng Phân Loại " + i,
                            false,
                            1990,
                            null,
                            SuspectRole.PRINCIPAL,
                            AgeGroup.OVER_30,
                            false,
                            true,
                            version));
            version = cases.get(c.getId()).getVersion();
        }
        fixture.signIn("tinh");
        return c;
    }

    @Test
    void the_case_register_replaces_the_entered_arrests_from_its_start_and_counts_at_the_threshold() throws Exception {
        fixture.signIn("tinh");
        // a commune of 2025 no other test records cases or figures in
        String commune = jdbc.sql("select code from admin_unit where province_code = '33' and length(code) = 5"
                        + " and valid_to is null and valid_from = '2025-07-01' and code not in ('11953', '11977')"
                        + " order by code desc offset 1 limit 1")
                .query(String.class)
                .single();
        long communeId = jdbc.sql("select id from admin_unit where code = :c and valid_to is null")
                .param("c", commune)
                .query(Long.class)
                .single();
        jdbc.sql("insert into register_start (unit_id, register, since) values (:u, 'CASES', '2025-01-01')")
                .param("u", communeId)
                .update();
        // 10,000 people and 50 arrests entered (0.5%: the criterion met on its own), for a year before and one of the
        // register
        for (int year : new int[] {2024, 2025}) {
            classification.saveFigures(
                    new CommuneYearFigureForm(commune, year, 10_000, 50, 0, BigDecimal.ZERO, false, null, null));
        }

        CommuneClassification before = of(commune, 2024);
        assertThat(before.arrestSource()).isEqualTo(ArrestSource.ENTERED);
        assertThat(before.drugArrests()).isEqualTo(50);
        assertThat(before.metByType().get("I")).contains(ClassificationCriterion.ARREST_SHARE);

        CommuneClassification empty = of(commune, 2025);
        assertThat(empty.arrestSource())
                .as("a year the register is kept: the register, even when it holds nothing")
                .isEqualTo(ArrestSource.REGISTER);
        assertThat(empty.drugArrests()).isZero();
        assertThat(empty.metByType().get("I")).doesNotContain(ClassificationCriterion.ARREST_SHARE);

        assertThat(page(commune, 2024)).as("the page says which applies").contains("theo số liệu nhập");
        assertThat(page(commune, 2025)).contains("theo sổ vụ án");
        fixture.signIn("tinh");

        // 9 people arrested of 10,000 = 0.09%: one short of the 0.1% of type I
        caseWith(commune, LocalDate.of(2025, 8, 1), 5);
        caseWith(commune, LocalDate.of(2025, 12, 31), 4);
        assertThat(of(commune, 2025).drugArrests()).isEqualTo(9);
        assertThat(of(commune, 2025).metByType().get("I"))
                .as("9 of 10,000 people is below 0.1%")
                .doesNotContain(ClassificationCriterion.ARREST_SHARE);
        // a case of the next year does not count
        caseWith(commune, LocalDate.of(2026, 1, 1), 3);
        assertThat(of(commune, 2025).drugArrests()).isEqualTo(9);
        // the tenth: exactly 0.1%
        caseWith(commune, LocalDate.of(2025, 9, 1), 1);
        CommuneClassification at = of(commune, 2025);
        assertThat(at.drugArrests()).isEqualTo(10);
        assertThat(at.arrestSharePercent()).isEqualByComparingTo("0.1");
        assertThat(at.metByType().get("I"))
                .as("exactly 0.1% of the population arrested")
                .contains(ClassificationCriterion.ARREST_SHARE);
        // the year before the register is still the entered figure
        assertThat(of(commune, 2024).drugArrests()).isEqualTo(50);
    }
}
