package vn.pcmt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.ManualFigure;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.metrics.internal.ManualMetricForm;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.TargetStatus;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportText;

/**
 * Reporting regimes for any period (issue 16): a cut-off from 15/12 of the year before to 14/12, a plan starting
 * mid-year, districts of a year before the reform as reporters, and a manual figure of the calendar year counted in
 * the annual report over it.
 */
@PcmtTest
class ReportPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    ReportingRegimes regimes;

    @Autowired
    ManualFigures manual;

    @Autowired
    UnitService units;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    Plan plan(String province, String number, LocalDate from, LocalDate to) {
        return plans.create(
                new PlanForm(province, number, "Kế hoạch kỳ báo cáo", "UBND tỉnh", from, from, to, null, null));
    }

    static RegimeForm regime(
            ReportKind kind, Reporters reporters, int startDay, int startMonth, int endDay, int endMonth) {
        return new RegimeForm(
                kind, reporters, endMonth, endDay, endMonth, endDay + 1, null, "Công an tỉnh", startMonth, startDay);
    }

    @Test
    void a_cut_off_runs_from_15_12_of_the_year_before_to_14_12_and_never_before_the_plan_starts() {
        fixture.signIn("tinh");
        Plan plan = plan("33", "1/KH-CUTOFF", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        regimes.add(plan.getId(), regime(ReportKind.ANNUAL, Reporters.COMMUNES, 15, 12, 14, 12));
        regimes.add(plan.getId(), regime(ReportKind.SIX_MONTH, Reporters.COMMUNES, 15, 12, 14, 6));

        fixture.signIn("xa1");
        Report annual = reports.open(plan.getId(), ReportKind.ANNUAL, 2026, null);
        assertThat(annual.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(annual.getPeriodTo()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(annual.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        Report half = reports.open(plan.getId(), ReportKind.SIX_MONTH, 2026, null);
        assertThat(half.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(half.getPeriodTo()).isEqualTo(LocalDate.of(2026, 6, 14));
        // the plan's first year starts with the plan, not on 15/12/2024
        Report first = reports.open(plan.getId(), ReportKind.ANNUAL, 2025, null);
        assertThat(first.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(first.getPeriodTo()).isEqualTo(LocalDate.of(2025, 12, 14));
    }

    @Test
    void a_plan_starting_mid_year_starts_its_first_report_at_its_start() {
        fixture.signIn("tinh");
        Plan plan = plan("33", "2/KH-MIDYEAR", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31));
        fixture.signIn("xa1");
        Report annual = reports.open(plan.getId(), ReportKind.ANNUAL, 2025, null);
        assertThat(annual.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(annual.getPeriodTo()).isEqualTo(LocalDate.of(2025, 12, 15));
        // no six-month report in a year whose first half ended before the plan began
        assertThatThrownBy(() -> reports.open(plan.getId(), ReportKind.SIX_MONTH, 2025, null))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "period.invalid");
        Report next = reports.open(plan.getId(), ReportKind.SIX_MONTH, 2026, null);
        assertThat(next.getPeriodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void a_start_day_is_for_yearly_reports_only() {
        fixture.signIn("tinh");
        Plan plan = plan("33", "3/KH-REFUSED", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        assertThatThrownBy(
                        () -> regimes.add(plan.getId(), regime(ReportKind.FINAL, Reporters.PROVINCE, 15, 12, 14, 12)))
                .hasFieldOrPropertyWithValue("messageKey", "plan.regime.startOnlyYearly");
        assertThatThrownBy(
                        () -> regimes.add(plan.getId(), regime(ReportKind.ANNUAL, Reporters.COMMUNES, 31, 11, 14, 12)))
                .hasFieldOrPropertyWithValue("messageKey", "plan.regime.dayInvalid");
        assertThat(regimes.of(plan.getId())).isEmpty();
    }

    /**
     * A plan of Ninh Bình for 2021–2023, before the reform: its annual report of 2021 asks the districts and
     * communes in force on 14/12/2021 (asked of the database, not listed here), none of those created on 1/7/2025;
     * the standing office enters a district's report, whose period starts with the plan and ends on the cut-off, and
     * whose figures are computed for that district of 2021 over that period.
     */
    @Test
    void a_report_of_2021_asks_the_districts_and_communes_of_2021() {
        AdminUnit ninhBinh = units.find("37", TODAY).orElseThrow();
        accounts.create("nb_tinh", Role.PROVINCIAL_OFFICE, ninhBinh.id(), null);
        fixture.signIn("nb_tinh");
        Plan plan = plan("37", "4/KH-2021", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "D1",
                        "Không phát sinh điểm mới",
                        "hotspots.arisen",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null));
        regimes.add(plan.getId(), regime(ReportKind.ANNUAL, Reporters.DISTRICTS, 15, 12, 14, 12));
        LocalDate end = LocalDate.of(2021, 12, 14);
        AdminUnit province2021 = units.find("37", end).orElseThrow();
        List<AdminUnit> districts = units.coveredOn(province2021, UnitLevel.DISTRICT, end);
        assertThat(districts).isNotEmpty().allSatisfy(d -> assertThat(d.validOn(end))
                .isTrue());

        List<String> asked = reports.outstanding(plan.getId(), ReportKind.ANNUAL, 2021);
        assertThat(asked)
                .containsExactlyInAnyOrderElementsOf(
                        districts.stream().map(AdminUnit::fullName).toList());

        regimes.add(plan.getId(), regime(ReportKind.ANNUAL, Reporters.COMMUNES, 15, 12, 14, 12));
        List<String> withCommunes = reports.outstanding(plan.getId(), ReportKind.ANNUAL, 2021);
        List<AdminUnit> communes2021 = units.coveredOn(province2021, UnitLevel.COMMUNE, end);
        assertThat(communes2021).isNotEmpty().allSatisfy(c -> assertThat(c.validOn(end))
                .isTrue());
        assertThat(withCommunes).hasSize(districts.size() + communes2021.size());
        assertThat(units.coveredOn(ninhBinh, UnitLevel.COMMUNE, TODAY))
                .as("the communes of today that did not exist in 2021 are not asked")
                .filteredOn(c -> !c.validOn(end))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(communes2021).doesNotContain(c));

        AdminUnit district = districts.get(0);
        Report report = reports.open(plan.getId(), ReportKind.ANNUAL, 2021, district.code());
        assertThat(report.getUnitId()).isEqualTo(district.id());
        assertThat(report.getPeriodFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(report.getPeriodTo()).isEqualTo(end);
        TargetProgress d1 = reports.figures(report.getId()).get(0);
        assertThat(d1.unitCode()).isEqualTo(district.code());
        assertThat(d1.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(d1.to()).isEqualTo(end);
        assertThat(d1.status() == TargetStatus.NO_DATA)
                .as("no data exactly when there is no value")
                .isEqualTo(d1.value() == null);
        report = reports.write(
                report.getId(),
                new ReportText(null, "Huyện đã triển khai kế hoạch.", null, null, null, report.getVersion()));
        reports.submit(report.getId(), report.getVersion());
        assertThat(reports.outstanding(plan.getId(), ReportKind.ANNUAL, 2021))
                .hasSize(districts.size() + communes2021.size() - 1)
                .doesNotContain(district.fullName());

        // a commune police officer of today cannot open another unit's report, of today or of the past
        fixture.signIn("xa1");
        assertThatThrownBy(() -> reports.open(plan.getId(), ReportKind.ANNUAL, 2021, district.code()))
                .isInstanceOfAny(AccessDeniedException.class, vn.pcmt.geo.OutsideJurisdictionException.class);
    }

    @Test
    void a_manual_figure_of_the_calendar_year_counts_in_the_annual_report_over_it() {
        fixture.signIn("tinh");
        ManualMetric metric = manual.definitions("33").stream()
                .filter(m -> m.getCode().equals("manual.test_year_cases"))
                .findFirst()
                .orElseGet(() -> manual.define(
                        "33",
                        new ManualMetricForm(
                                "manual.test_year_cases", "Số vụ trong năm", null, MetricKind.FLOW, "vụ", null)));
        ManualFigure figure = manual.enter(
                metric.getId(),
                new ManualFigureForm(
                        "33",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        BigDecimal.valueOf(42),
                        null,
                        null));
        manual.review(figure.getId(), true, null, figure.getVersion());
        Plan plan = plan("33", "5/KH-MANUAL", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        plans.addTarget(plan.getId(), target("manual.test_year_cases"));
        regimes.add(plan.getId(), regime(ReportKind.ANNUAL, Reporters.PROVINCE, 15, 12, 14, 12));

        Report report = reports.open(plan.getId(), ReportKind.ANNUAL, 2025, "33");
        TargetProgress progress = reports.figures(report.getId()).get(0);
        assertThat(progress.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(progress.to()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(progress.value()).isEqualByComparingTo("42");
        assertThat(progress.status()).as("judged on the report's last day").isEqualTo(TargetStatus.MET);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** The reports page takes a regime's start day and shows it; a start day on a final report is refused in words. */
    @Test
    void the_reports_page_enters_and_shows_a_cut_off() throws Exception {
        fixture.signIn("tinh");
        Plan plan = plan("33", "6/KH-PAGE", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        fixture.signOut();
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/plans/" + plan.getId() + "/regimes")
                        .param("kind", "ANNUAL")
                        .param("reporters", "DISTRICTS")
                        .param("periodStartDay", "15")
                        .param("periodStartMonth", "12")
                        .param("periodEndDay", "14")
                        .param("periodEndMonth", "12")
                        .param("dueDay", "15")
                        .param("dueMonth", "12")
                        .param("recipient", "Công an tỉnh")
                        .with(accounts.as("tinh"))
                        .with(csrf))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/plans/" + plan.getId() + "/regimes")
                        .param("kind", "FINAL")
                        .param("reporters", "PROVINCE")
                        .param("periodStartDay", "15")
                        .param("periodStartMonth", "12")
                        .param("recipient", "Công an tỉnh")
                        .with(accounts.as("tinh"))
                        .with(csrf))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("flashError"));
        fixture.signIn("tinh");
        assertThat(regimes.of(plan.getId())).singleElement().satisfies(r -> {
            assertThat(r.getReporters()).isEqualTo(Reporters.DISTRICTS);
            assertThat(r.getPeriodStartDay()).isEqualTo(15);
            assertThat(r.getPeriodStartMonth()).isEqualTo(12);
        });
        fixture.signOut();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/plans/" + plan.getId() + "/reports")
                        .with(accounts.as("tinh")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Từng huyện (trước 01/07/2025)"),
                                org.hamcrest.Matchers.containsString("15/12"),
                                // facilities report since their register (ADR 043)
                                org.hamcrest.Matchers.containsString("value=\"FACILITIES\""))));
    }

    static PlanTargetForm target(String metric) {
        return new PlanTargetForm(
                "Y1",
                "Ít nhất 10 vụ mỗi năm",
                metric,
                TargetForm.VALUE,
                null,
                Comparison.GE,
                BigDecimal.TEN,
                true,
                null);
    }
}
