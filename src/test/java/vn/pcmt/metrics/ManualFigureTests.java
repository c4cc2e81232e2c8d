package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.pcmt.agencies.AgencyKind;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.metrics.internal.ManualMetricForm;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * Manual figures in Huế (46), where the demo data has nothing: defined by the standing office, entered by the agency
 * responsible, counted only once accepted, corrected through review again, followed across the 2025 reform.
 */
@PcmtTest
class ManualFigureTests {

    static final String WARD = "19753";
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
    AgencyService agencies;

    @Autowired
    ManualFigures manual;

    @Autowired
    Metrics metrics;

    @Autowired
    JdbcClient jdbc;

    long borderGuard;
    long justice;

    @BeforeEach
    void officers() {
        clock.setToday(TODAY);
        long province = units.find("46", TODAY).orElseThrow().id();
        accounts.create("hue_tinh", Role.PROVINCIAL_OFFICE, province, null);
        fixture.signIn("hue_tinh");
        borderGuard = agency("BDBP-MF", AgencyKind.BORDER_GUARD);
        justice = agency("STP-MF", AgencyKind.DEPARTMENT);
        accounts.create("hue_bdbp", Role.DEPARTMENT_REPORTER, province, borderGuard);
        accounts.create("hue_stp", Role.DEPARTMENT_REPORTER, province, justice);
        fixture.signOut();
    }

    long agency(String code, AgencyKind kind) {
        return agencies.list("46").stream()
                .filter(a -> a.getCode().equals(code))
                .findFirst()
                .map(a -> a.getId())
                .orElseGet(() -> agencies.create("46", new AgencyForm(code, "Cơ quan " + code, null, kind, null))
                        .getId());
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    ManualMetric define(String code, MetricKind kind, Long agencyId) {
        fixture.signIn("hue_tinh");
        return manual.definitions("46").stream()
                .filter(m -> m.getCode().equals(code))
                .findFirst()
                .orElseGet(() ->
                        manual.define("46", new ManualMetricForm(code, "Số liệu " + code, null, kind, "vụ", agencyId)));
    }

    static ManualFigureForm value(String unit, int year, int value) {
        return new ManualFigureForm(
                unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), BigDecimal.valueOf(value), null, null);
    }

    BigDecimal flow(String code, String unit, int year) {
        return metrics.value(code, unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .value();
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void the_figure_page_offers_accept_and_return_only_for_a_figure_waiting_for_review() throws Exception {
        ManualMetric metric = define("manual.test_review_offer", MetricKind.FLOW, borderGuard);
        fixture.signIn("hue_bdbp");
        ManualFigure figure = manual.enter(metric.getId(), value(WARD, 2025, 4));
        fixture.signIn("hue_tinh");
        String waiting = page(metric);
        assertThat(waiting).contains("data-testid=\"accept\"").contains("data-testid=\"return\"");
        fixture.signIn("hue_tinh");
        manual.review(figure.getId(), true, null, figure.getVersion());
        String accepted = page(metric);
        assertThat(accepted).doesNotContain("data-testid=\"accept\"").doesNotContain("data-testid=\"return\"");
    }

    String page(ManualMetric metric) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/figures/" + metric.getId())
                        .with(accounts.as("hue_tinh")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void only_accepted_values_count_and_a_return_needs_a_reason() {
        ManualMetric metric = define("manual.test_cases", MetricKind.FLOW, borderGuard);
        fixture.signIn("hue_bdbp");
        ManualFigure ward = manual.enter(metric.getId(), value(WARD, 2025, 7));
        ManualFigure province = manual.enter(metric.getId(), value("46", 2025, 5));
        assertThat(ward.getStatus()).isEqualTo(FigureStatus.SUBMITTED);

        fixture.signIn("hue_tinh");
        // nothing accepted yet: no data, not zero
        assertThat(flow("manual.test_cases", "46", 2025)).isNull();
        manual.review(ward.getId(), true, null, ward.getVersion());
        assertThat(flow("manual.test_cases", "46", 2025)).isEqualByComparingTo("7");
        assertThat(flow("manual.test_cases", WARD, 2025)).isEqualByComparingTo("7");
        assertThatThrownBy(() -> manual.review(province.getId(), false, " ", province.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.review.commentRequired");
        ManualFigure returned = manual.review(province.getId(), false, "Thiếu số liệu quý IV", province.getVersion());
        assertThat(returned.getStatus()).isEqualTo(FigureStatus.RETURNED);
        assertThat(flow("manual.test_cases", "46", 2025)).isEqualByComparingTo("7");

        // the agency corrects the returned value: it goes back to review and counts once accepted
        fixture.signIn("hue_bdbp");
        assertThatThrownBy(() -> manual.enter(metric.getId(), value("46", 2025, 6)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.exists");
        ManualFigure corrected = manual.enter(
                metric.getId(),
                new ManualFigureForm(
                        "46",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        BigDecimal.valueOf(6),
                        "Đã bổ sung quý IV",
                        returned.getVersion()));
        assertThat(corrected.getStatus()).isEqualTo(FigureStatus.SUBMITTED);
        assertThat(corrected.getReviewComment()).isNull();
        fixture.signIn("hue_tinh");
        manual.review(corrected.getId(), true, null, corrected.getVersion());
        assertThat(flow("manual.test_cases", "46", 2025)).isEqualByComparingTo("13");
        // every state is kept: entered, returned, corrected, accepted
        long revisions = jdbc.sql("select count(*) from manual_figure_aud where id = :id")
                .param("id", province.getId())
                .query(Long.class)
                .single();
        assertThat(revisions).isEqualTo(4);
    }

    @Test
    void another_agency_a_future_period_and_another_province_are_refused() {
        ManualMetric metric = define("manual.test_refusals", MetricKind.FLOW, borderGuard);
        fixture.signIn("hue_stp");
        assertThatThrownBy(() -> manual.enter(metric.getId(), value(WARD, 2025, 1)))
                .isInstanceOf(AccessDeniedException.class);
        fixture.signIn("hue_bdbp");
        assertThatThrownBy(() -> manual.enter(metric.getId(), value(WARD, TODAY.getYear() + 1, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.future");
        // a ward of Hà Nội is outside the department's jurisdiction
        assertThatThrownBy(() -> manual.enter(metric.getId(), value("00004", 2025, 1)))
                .isInstanceOfAny(OutsideJurisdictionException.class, RuleViolationException.class);
        accounts.ensureOutsiders();
        fixture.signIn(TestAccounts.outsider(Role.PROVINCIAL_OFFICE));
        assertThatThrownBy(() -> manual.get(metric.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> manual.figures(metric.getId())).isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void a_stock_takes_each_units_latest_value_on_the_date() {
        ManualMetric metric = define("manual.test_units", MetricKind.STOCK, null);
        fixture.signIn("hue_tinh");
        accept(manual.enter(metric.getId(), value(WARD, 2024, 10)));
        accept(manual.enter(metric.getId(), value(WARD, 2025, 12)));
        accept(manual.enter(metric.getId(), value("46", 2025, 3)));
        assertThat(metrics.value("manual.test_units", "46", LocalDate.of(2024, 12, 31))
                        .value())
                .isEqualByComparingTo("10");
        assertThat(metrics.value("manual.test_units", "46", LocalDate.of(2025, 6, 30))
                        .value())
                .isEqualByComparingTo("10");
        assertThat(metrics.value("manual.test_units", "46", LocalDate.of(2025, 12, 31))
                        .value())
                .isEqualByComparingTo("15");
    }

    @Test
    void a_value_entered_for_a_former_commune_counts_for_its_successor() {
        ManualMetric metric = define("manual.test_reform", MetricKind.FLOW, null);
        AdminUnit ward = units.find(WARD, TODAY).orElseThrow();
        Map<String, AdminUnit> predecessors = units.predecessors(ward).stream()
                .map(l -> l.unit())
                .collect(Collectors.toMap(AdminUnit::code, u -> u, (a, b) -> a));
        assertThat(predecessors).isNotEmpty();
        String former = predecessors.keySet().iterator().next();
        fixture.signIn("hue_tinh");
        accept(manual.enter(metric.getId(), value(former, 2024, 4)));
        accept(manual.enter(metric.getId(), value(WARD, 2025, 9)));
        assertThat(flow("manual.test_reform", WARD, 2024)).isEqualByComparingTo("4");
        assertThat(flow("manual.test_reform", WARD, 2025)).isEqualByComparingTo("9");
        assertThat(metrics.yearly("manual.test_reform", WARD, 2024, 2025, TODAY))
                .containsEntry(2024, new BigDecimal("4.00"))
                .containsEntry(2025, new BigDecimal("9.00"));
    }

    /**
     * A figure entered for the calendar year counts in the annual report over it, whether the report runs from 1/1
     * to 15/12 or from 15/12 of the year before to 14/12 (issue 16); a December figure counts in the next year's
     * report with that cut-off and not in this one; a figure of two years counts in neither year alone.
     */
    @Test
    void a_figure_counts_in_the_period_that_holds_most_of_its_days() {
        ManualMetric metric = define("manual.test_cutoff", MetricKind.FLOW, null);
        fixture.signIn("hue_tinh");
        accept(manual.enter(metric.getId(), value(WARD, 2025, 12)));
        assertThat(flow("manual.test_cutoff", WARD, 2025)).isEqualByComparingTo("12");
        assertThat(metrics.value("manual.test_cutoff", WARD, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 15))
                        .value())
                .isEqualByComparingTo("12");
        assertThat(metrics.value("manual.test_cutoff", WARD, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14))
                        .value())
                .isEqualByComparingTo("12");
        assertThat(metrics.value("manual.test_cutoff", WARD, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 15))
                        .value())
                .as("a year's figure is not a half-year's")
                .isNull();

        ManualMetric monthly = define("manual.test_cutoff_month", MetricKind.FLOW, null);
        fixture.signIn("hue_tinh");
        accept(manual.enter(
                monthly.getId(),
                new ManualFigureForm(
                        WARD, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), BigDecimal.ONE, null, null)));
        accept(manual.enter(
                monthly.getId(),
                new ManualFigureForm(
                        WARD, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), BigDecimal.TEN, null, null)));
        assertThat(metrics.value(
                                "manual.test_cutoff_month",
                                WARD,
                                LocalDate.of(2024, 12, 15),
                                LocalDate.of(2025, 12, 14))
                        .value())
                .isEqualByComparingTo("1");
        assertThat(metrics.value(
                                "manual.test_cutoff_month", WARD, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14))
                        .value())
                .isEqualByComparingTo("10");

        ManualMetric longer = define("manual.test_cutoff_long", MetricKind.FLOW, null);
        fixture.signIn("hue_tinh");
        accept(manual.enter(
                longer.getId(),
                new ManualFigureForm(
                        WARD, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), BigDecimal.TEN, null, null)));
        assertThat(flow("manual.test_cutoff_long", WARD, 2025)).isNull();
        assertThat(metrics.value("manual.test_cutoff_long", WARD, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                        .value())
                .isEqualByComparingTo("10");
    }

    @Test
    void the_catalogue_names_a_provinces_manual_figures() {
        define("manual.test_catalogue", MetricKind.FLOW, justice);
        fixture.signIn("hue_tinh");
        assertThat(metrics.catalogue(null))
                .filteredOn(m -> m.code().equals("manual.test_catalogue"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.name()).isEqualTo("Số liệu manual.test_catalogue");
                    assertThat(m.module()).isEqualTo("manual");
                });
        assertThatThrownBy(() -> manual.define(
                        "46",
                        new ManualMetricForm("manual.test_catalogue", "Trùng", null, MetricKind.FLOW, "vụ", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.metric.codeTaken");
    }

    void accept(ManualFigure figure) {
        manual.review(figure.getId(), true, null, figure.getVersion());
    }
}
