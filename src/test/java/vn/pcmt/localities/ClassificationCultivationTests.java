package vn.pcmt.localities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.cultivation.internal.CultivationPlot;
import vn.pcmt.cultivation.internal.CultivationService;
import vn.pcmt.cultivation.internal.DestructionForm;
import vn.pcmt.cultivation.internal.PlantSpecies;
import vn.pcmt.cultivation.internal.PlotForm;
import vn.pcmt.localities.internal.ClassificationCriterion;
import vn.pcmt.localities.internal.ClassificationService;
import vn.pcmt.localities.internal.CommuneClassification;
import vn.pcmt.localities.internal.CommuneYearFigureForm;
import vn.pcmt.localities.internal.CultivationSource;
import vn.pcmt.people.PeopleFixture;

/**
 * Decision 28/2025 reads a commune's cultivation from the register for the years the commune keeps it (from its
 * register start) and from the per-commune yearly entry only for earlier years; tested at the type I threshold
 * (3,000 plants destroyed) with plots recorded in the register.
 */
@PcmtTest
class ClassificationCultivationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    ClassificationService classification;

    @Autowired
    CultivationService plots;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    /** The classification page of the commune for the year, as the standing office reads it. */
    private String page(String commune, int year) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/localities/classification?unit=" + commune + "&year=" + year)
                        .with(accounts.as("tinh")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private CommuneClassification of(String commune, int year) {
        return classification.propose(commune, year).get(0);
    }

    private void destroyed(String commune, int plants, LocalDate on) {
        CultivationPlot p = plots.record(new PlotForm(
                commune,
                PlantSpecies.OPIUM_POPPY,
                null,
                BigDecimal.ZERO,
                plants,
                on.minusDays(10),
                "Công an xã",
                null,
                null,
                null,
                null,
                null));
        plots.destroy(p.getId(), new DestructionForm(on, "Tổ công tác", p.getVersion()));
    }

    @Test
    void the_register_replaces_the_entered_figures_from_its_start_and_counts_at_the_threshold() throws Exception {
        fixture.signIn("tinh");
        String commune = jdbc.sql("select code from admin_unit where province_code = '33' and length(code) = 5"
                        + " and valid_to is null and valid_from = '2025-07-01' and code not in ('11953', '11977')"
                        + " order by code desc limit 1")
                .query(String.class)
                .single();
        long communeId = jdbc.sql("select id from admin_unit where code = :c and valid_to is null")
                .param("c", commune)
                .query(Long.class)
                .single();
        jdbc.sql("insert into register_start (unit_id, register, since) values (:u, 'CULTIVATION', '2025-01-01')")
                .param("u", communeId)
                .update();
        // entered figures that would meet the criterion on their own, for a year before and a year of the register
        for (int year : new int[] {2024, 2025}) {
            classification.saveFigures(
                    new CommuneYearFigureForm(commune, year, 10_000, 0, 5000, new BigDecimal("0"), false, null, null));
        }

        CommuneClassification before = of(commune, 2024);
        assertThat(before.cultivationSource()).isEqualTo(CultivationSource.ENTERED);
        assertThat(before.plantsDestroyed()).isEqualTo(5000);
        assertThat(before.metByType().get("I")).contains(ClassificationCriterion.CULTIVATION);

        CommuneClassification empty = of(commune, 2025);
        assertThat(empty.cultivationSource())
                .as("a year the register is kept: the register, even when it holds nothing")
                .isEqualTo(CultivationSource.REGISTER);
        assertThat(empty.plantsDestroyed()).isZero();
        assertThat(empty.metByType().get("I")).doesNotContain(ClassificationCriterion.CULTIVATION);

        assertThat(page(commune, 2024)).as("the page says which applies").contains("theo số liệu nhập");
        assertThat(page(commune, 2025)).contains("theo sổ trồng cây");
        fixture.signIn("tinh");

        destroyed(commune, 2999, LocalDate.of(2025, 3, 1));
        assertThat(of(commune, 2025).plantsDestroyed()).isEqualTo(2999);
        assertThat(of(commune, 2025).metByType().get("I"))
                .as("one plant short of 3,000")
                .doesNotContain(ClassificationCriterion.CULTIVATION);
        destroyed(commune, 1, LocalDate.of(2025, 11, 30));
        assertThat(of(commune, 2025).metByType().get("I"))
                .as("exactly 3,000 plants destroyed in the year")
                .contains(ClassificationCriterion.CULTIVATION);
        destroyed(commune, 4000, LocalDate.of(2026, 1, 5));
        assertThat(of(commune, 2025).plantsDestroyed())
                .as("a plot destroyed the next year does not count")
                .isEqualTo(3000);
    }
}
