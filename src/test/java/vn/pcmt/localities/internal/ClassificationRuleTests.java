package vn.pcmt.localities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;

/** Decision 28/2025/QĐ-TTg at its edges, on constructed numbers (thresholds as shipped). */
class ClassificationRuleTests {

    static final AdminUnit COMMUNE =
            new AdminUnit(1L, "99999", UnitLevel.COMMUNE, "Thử", "Xã Thử", "Thu", "Xã", "33", null, null, null);

    static final LocalDate FROM = LocalDate.of(2025, 8, 24);

    static Map<String, LocalityThreshold> thresholds() {
        Map<String, LocalityThreshold> t = new LinkedHashMap<>();
        t.put("I", new LocalityThreshold("I", bd("0.5"), 2, bd("0.1"), 3000, bd("750"), 2, 3, FROM, "QĐ 28", true));
        t.put(
                "II",
                new LocalityThreshold("II", bd("0.3"), 1, bd("0.05"), 1500, bd("375"), 2, 3, FROM, "mặc định", false));
        t.put(
                "III",
                new LocalityThreshold("III", bd("0.1"), 1, bd("0.02"), 500, bd("125"), 1, 2, FROM, "mặc định", false));
        return t;
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    static CommuneYearFigure figure(int population, int arrests, int plants, String area, boolean route) {
        CommuneYearFigure f = new CommuneYearFigure(1L, 2026);
        f.apply(
                new CommuneYearFigureForm("99999", 2026, population, arrests, plants, bd(area), route, null, null),
                "test",
                java.time.Instant.EPOCH);
        return f;
    }

    @Test
    void the_record_share_holds_at_exactly_half_a_percent_and_not_below() {
        var at = ClassificationService.classify(COMMUNE, 50, 0, figure(10_000, 0, 0, "0", false), thresholds(), false);
        var below =
                ClassificationService.classify(COMMUNE, 49, 0, figure(10_000, 0, 0, "0", false), thresholds(), false);
        assertThat(at.metByType().get("I")).contains(ClassificationCriterion.RECORD_SHARE);
        assertThat(below.metByType().get("I")).doesNotContain(ClassificationCriterion.RECORD_SHARE);
        assertThat(below.metByType().get("II")).contains(ClassificationCriterion.RECORD_SHARE);
    }

    @Test
    void three_criteria_of_type_one_make_type_one_and_two_do_not() {
        // 0.5% with a record, 2 places of use, 0.1% arrested
        var three =
                ClassificationService.classify(COMMUNE, 50, 2, figure(10_000, 10, 0, "0", false), thresholds(), false);
        assertThat(three.metByType().get("I"))
                .containsExactlyInAnyOrder(
                        ClassificationCriterion.RECORD_SHARE,
                        ClassificationCriterion.PLACES_OF_USE,
                        ClassificationCriterion.ARREST_SHARE);
        assertThat(three.proposedType()).isEqualTo("I");
        // one arrest fewer: 0.09% < 0.1% — type I has two criteria only, type II still has three
        var two = ClassificationService.classify(COMMUNE, 50, 2, figure(10_000, 9, 0, "0", false), thresholds(), false);
        assertThat(two.metByType().get("I")).hasSize(2);
        assertThat(two.proposedType()).isEqualTo("II");
    }

    @Test
    void cultivation_holds_by_plants_or_by_area_at_their_thresholds() {
        var plants =
                ClassificationService.classify(COMMUNE, 0, 0, figure(10_000, 0, 3000, "0", false), thresholds(), false);
        var fewerPlants =
                ClassificationService.classify(COMMUNE, 0, 0, figure(10_000, 0, 2999, "0", false), thresholds(), false);
        var area =
                ClassificationService.classify(COMMUNE, 0, 0, figure(10_000, 0, 0, "750", false), thresholds(), false);
        assertThat(plants.metByType().get("I")).contains(ClassificationCriterion.CULTIVATION);
        assertThat(fewerPlants.metByType().get("I")).doesNotContain(ClassificationCriterion.CULTIVATION);
        assertThat(area.metByType().get("I")).contains(ClassificationCriterion.CULTIVATION);
    }

    @Test
    void the_route_counts_only_with_enough_criteria_of_type_three() {
        // on a route; 0.1% with a record and 1 place of use are two criteria of type III
        var enough =
                ClassificationService.classify(COMMUNE, 10, 1, figure(10_000, 0, 0, "0", true), thresholds(), false);
        assertThat(enough.metByType().get("I")).contains(ClassificationCriterion.ROUTE);
        var one = ClassificationService.classify(COMMUNE, 10, 0, figure(10_000, 0, 0, "0", true), thresholds(), false);
        assertThat(one.metByType().get("I")).doesNotContain(ClassificationCriterion.ROUTE);
        var offRoute =
                ClassificationService.classify(COMMUNE, 10, 1, figure(10_000, 0, 0, "0", false), thresholds(), false);
        assertThat(offRoute.metByType().get("I")).doesNotContain(ClassificationCriterion.ROUTE);
    }

    @Test
    void without_a_population_no_share_holds_and_the_figures_are_reported_missing() {
        var none = ClassificationService.classify(COMMUNE, 500, 0, null, thresholds(), false);
        assertThat(none.missingFigures()).isTrue();
        assertThat(none.metByType().get("III")).doesNotContain(ClassificationCriterion.RECORD_SHARE);
        assertThat(none.proposedType()).isNull();
    }
}
