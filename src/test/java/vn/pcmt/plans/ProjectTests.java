package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.BudgetLine;
import vn.pcmt.plans.internal.BudgetLineForm;
import vn.pcmt.plans.internal.BudgetService;
import vn.pcmt.plans.internal.BudgetSummary;
import vn.pcmt.plans.internal.FundingSource;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanProject;
import vn.pcmt.plans.internal.PlanProjectForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.ProjectService;
import vn.pcmt.plans.internal.ProjectView;
import vn.pcmt.platform.RuleViolationException;

/**
 * Projects of a plan and their budget lines in Huế (46): the rules of a line (disbursed within allocated, a year of
 * the plan, one line per project, agency, year and source, no negative amount), corrections with the version read,
 * soft deletes with history, and the totals by project (with sub-projects), agency and year.
 */
@PcmtTest
class ProjectTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    PlanService plans;

    @Autowired
    ProjectService projects;

    @Autowired
    BudgetService budget;

    @Autowired
    AgencyService agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    long police;
    long health;
    long education;
    long culture;

    @BeforeEach
    void officeAndAgencies() {
        clock.setToday(TODAY);
        long hue = units.find("46", TODAY).orElseThrow().id();
        accounts.create("hue_tinh", Role.PROVINCIAL_OFFICE, hue, null);
        fixture.signIn("hue_tinh");
        agencies.addStandardSet("46");
        police = agency("CA");
        health = agency("SYT");
        education = agency("SGDDT");
        culture = agency("SVHTTDL");
        accounts.create("hue_soyte", Role.DEPARTMENT_REPORTER, hue, health);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    long agency(String code) {
        return agencies.list("46").stream()
                .filter(a -> a.getCode().equals(code))
                .map(Agency::getId)
                .findFirst()
                .orElseThrow();
    }

    Plan plan() {
        return plans.create(new PlanForm(
                "46",
                "21/KH-UBND",
                "Kế hoạch thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy",
                "Ủy ban nhân dân thành phố Huế",
                LocalDate.of(2025, 12, 20),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31),
                null,
                null));
    }

    PlanProject project(Plan plan, String code, Long parent, long lead) {
        return projects.add(plan.getId(), new PlanProjectForm(code, "Dự án " + code, parent, lead, List.of(), null));
    }

    static BudgetLineForm line(long agency, int year, FundingSource source, long allocated, long disbursed) {
        return new BudgetLineForm(
                agency, year, source, BigDecimal.valueOf(allocated), BigDecimal.valueOf(disbursed), null);
    }

    String text(RuleViolationException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), VI);
    }

    @Test
    void projects_are_listed_in_code_order_each_followed_by_its_sub_projects() {
        Plan plan = plan();
        PlanProject da7 = project(plan, "DA7", null, police);
        project(plan, "DA10", null, police);
        project(plan, "DA7.2", da7.getId(), police);
        project(plan, "da7.1", da7.getId(), culture);
        PlanProject da2 = projects.add(
                plan.getId(),
                new PlanProjectForm(
                        "DA2", "Ứng dụng khoa học và công nghệ", null, police, List.of(health, police), " "));

        assertThat(projects.ofPlan(plan.getId()))
                .extracting(v -> v.project().getCode())
                .containsExactly("DA2", "DA7", "DA7.1", "DA7.2", "DA10");
        ProjectView two = projects.view(plan.getId(), da2.getId());
        assertThat(two.leadAgency()).isEqualTo("Công an thành phố");
        assertThat(two.cooperatingAgencies()).containsExactly("Sở Y tế");
        assertThat(two.project().getDescription()).isNull();
        assertThat(projects.view(plan.getId(), da7.getId()).subProjects()).isEqualTo(2);
    }

    @Test
    void a_sub_project_hangs_under_a_project_of_the_same_plan_one_level_deep_with_a_code_of_its_own() {
        Plan plan = plan();
        PlanProject da7 = project(plan, "DA7", null, police);
        PlanProject da71 = project(plan, "DA7.1", da7.getId(), culture);
        PlanProject da1 = project(plan, "DA1", null, police);

        assertThatThrownBy(() -> project(plan, "da7.1", null, police)).hasMessageContaining("plan.project.codeTaken");
        assertThatThrownBy(() -> project(plan, "DA7.1.1", da71.getId(), police))
                .hasMessageContaining("plan.project.parentInvalid");
        assertThatThrownBy(() -> projects.update(
                        plan.getId(),
                        da7.getId(),
                        new PlanProjectForm("DA7", "Dự án 7", da1.getId(), police, List.of(), null),
                        da7.getVersion()))
                .hasMessageContaining("plan.project.hasSubProjects");
        Plan other = plan();
        PlanProject elsewhere = project(other, "DA9", null, police);
        assertThatThrownBy(() -> project(plan, "DA7.3", elsewhere.getId(), education))
                .hasMessageContaining("plan.project.parentInvalid");
        long hungYenPolice = jdbc.sql(
                        "select id from agency where province_code = '33' and code = 'CA' and deleted_at is null")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> project(plan, "DA4", null, hungYenPolice))
                .hasMessageContaining("plan.project.agencyUnknown");
    }

    @Test
    void disbursed_more_than_allocated_is_refused() {
        Plan plan = plan();
        PlanProject da5 = project(plan, "DA5", null, police);
        assertThatThrownBy(() -> budget.add(
                        plan.getId(),
                        da5.getId(),
                        line(police, 2026, FundingSource.CENTRAL, 1_000_000_000L, 1_000_000_001L)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.budget.disbursedOverAllocated");
                    assertThat(e.details()).containsEntry("field", "disbursed");
                    assertThat(text(e))
                            .isEqualTo("Số đã giải ngân (1.000.000.001 đồng) không được lớn hơn kinh phí được giao"
                                    + " (1.000.000.000 đồng).");
                });
        BudgetLine ok = budget.add(
                plan.getId(), da5.getId(), line(police, 2026, FundingSource.CENTRAL, 1_000_000_000L, 1_000_000_000L));
        assertThatThrownBy(() -> budget.update(
                        ok.getId(),
                        line(police, 2026, FundingSource.CENTRAL, 900_000_000L, 1_000_000_000L),
                        ok.getVersion()))
                .hasMessageContaining("plan.budget.disbursedOverAllocated");
        assertThat(budget.lines(plan.getId(), da5.getId()))
                .singleElement()
                .satisfies(v -> assertThat(v.line().getAllocated()).isEqualByComparingTo("1000000000"));
    }

    @Test
    void a_year_outside_the_plan_s_period_is_refused() {
        Plan plan = plan();
        PlanProject da6 = project(plan, "DA6", null, health);
        for (int year : new int[] {2025, 2029}) {
            assertThatThrownBy(
                            () -> budget.add(plan.getId(), da6.getId(), line(health, year, FundingSource.LOCAL, 10, 0)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(text(e))
                            .isEqualTo("Năm " + year + " nằm ngoài thời gian thực hiện kế hoạch (2026–2028)."));
        }
        budget.add(plan.getId(), da6.getId(), line(health, 2026, FundingSource.LOCAL, 10, 0));
        budget.add(plan.getId(), da6.getId(), line(health, 2028, FundingSource.LOCAL, 10, 0));
        assertThat(budget.lines(plan.getId(), da6.getId())).hasSize(2);
    }

    @Test
    void a_second_line_for_the_same_project_agency_year_and_source_is_refused_pointing_at_the_first() {
        Plan plan = plan();
        PlanProject da1 = project(plan, "DA1", null, police);
        BudgetLine first = budget.add(
                plan.getId(), da1.getId(), line(police, 2026, FundingSource.CENTRAL, 1_250_000_000L, 300_000_000L));

        assertThatThrownBy(() ->
                        budget.add(plan.getId(), da1.getId(), line(police, 2026, FundingSource.CENTRAL, 5_000_000L, 0)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.details()).containsEntry("existingLineId", first.getId());
                    assertThat(text(e))
                            .startsWith("Dự án đã có dòng kinh phí của cơ quan này năm 2026, nguồn Ngân sách trung"
                                    + " ương (dòng số " + first.getId() + ": được giao 1.250.000.000 đồng")
                            .contains("Hãy sửa dòng đó");
                });
        // another source, year or agency is another line; a correction may keep its own key
        budget.add(plan.getId(), da1.getId(), line(police, 2026, FundingSource.LOCAL, 5_000_000L, 0));
        budget.add(plan.getId(), da1.getId(), line(police, 2027, FundingSource.CENTRAL, 5_000_000L, 0));
        BudgetLine health2026 =
                budget.add(plan.getId(), da1.getId(), line(health, 2026, FundingSource.CENTRAL, 5_000_000L, 0));
        budget.update(
                first.getId(),
                line(police, 2026, FundingSource.CENTRAL, 1_300_000_000L, 300_000_000L),
                first.getVersion());
        // moving a line onto the key of another is refused too
        assertThatThrownBy(() -> budget.update(
                        health2026.getId(),
                        line(police, 2026, FundingSource.CENTRAL, 5_000_000L, 0),
                        health2026.getVersion()))
                .hasMessageContaining("plan.budget.duplicate");
        // once the first is deleted, the key is free again
        budget.delete(first.getId(), first.getVersion() + 1);
        budget.add(plan.getId(), da1.getId(), line(police, 2026, FundingSource.CENTRAL, 7_000_000L, 0));
    }

    @Test
    void negative_amounts_and_fractions_of_a_dong_are_refused() {
        Plan plan = plan();
        PlanProject da8 = project(plan, "DA8", null, police);
        assertThatThrownBy(() -> budget.add(plan.getId(), da8.getId(), line(police, 2026, FundingSource.OTHER, -1, 0)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.budget.amountNegative");
                    assertThat(e.details()).containsEntry("field", "allocated");
                });
        assertThatThrownBy(() -> budget.add(plan.getId(), da8.getId(), line(police, 2026, FundingSource.OTHER, 10, -5)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.details())
                        .containsEntry("field", "disbursed"));
        assertThatThrownBy(() -> budget.add(
                        plan.getId(),
                        da8.getId(),
                        new BudgetLineForm(police, 2026, FundingSource.OTHER, new BigDecimal("1000.50"), null, null)))
                .hasMessageContaining("plan.budget.amountFraction");
        BudgetLine zero = budget.add(
                plan.getId(),
                da8.getId(),
                new BudgetLineForm(police, 2026, FundingSource.OTHER, new BigDecimal("1000.00"), null, null));
        assertThat(zero.getDisbursed()).isZero();
        assertThat(budget.line(zero.getId()).total().disbursementRate()).isEqualByComparingTo("0");
    }

    @Test
    void a_correction_needs_the_version_read_and_a_deletion_is_soft_with_the_history_kept() {
        Plan plan = plan();
        PlanProject da4 = project(plan, "DA4", null, police);
        BudgetLine line = budget.add(
                plan.getId(), da4.getId(), line(police, 2026, FundingSource.LOCAL, 800_000_000L, 100_000_000L));
        BudgetLine corrected = budget.update(
                line.getId(), line(police, 2026, FundingSource.LOCAL, 850_000_000L, 610_000_000L), line.getVersion());
        assertThatThrownBy(() ->
                        budget.update(line.getId(), line(police, 2026, FundingSource.LOCAL, 1L, 0L), line.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> budget.delete(line.getId(), line.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        budget.delete(line.getId(), corrected.getVersion());

        assertThat(budget.lines(plan.getId(), da4.getId())).isEmpty();
        assertThat(budget.summary(plan.getId()).total().hasMoney()).isFalse();
        assertThat(jdbc.sql("select deleted_by from plan_budget_line where id = :id")
                        .param("id", line.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("hue_tinh");
        assertThat(jdbc.sql("select allocated from plan_budget_line_aud where id = :id order by rev")
                        .param("id", line.getId())
                        .query(BigDecimal.class)
                        .list())
                .extracting(BigDecimal::longValue)
                .containsExactly(800_000_000L, 850_000_000L, 850_000_000L);

        PlanProject edited = projects.update(
                plan.getId(),
                da4.getId(),
                new PlanProjectForm(
                        "DA4",
                        "Nâng cao hiệu quả công tác phòng, chống ma túy ở cơ sở",
                        null,
                        police,
                        List.of(),
                        "Sửa tên"),
                da4.getVersion());
        assertThatThrownBy(() -> projects.update(
                        plan.getId(),
                        da4.getId(),
                        new PlanProjectForm("DA4", "Tên cũ", null, police, List.of(), null),
                        da4.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        projects.delete(plan.getId(), da4.getId(), edited.getVersion());
        assertThat(projects.ofPlan(plan.getId())).isEmpty();
        assertThat(jdbc.sql("select count(*) from plan_project_aud where id = :id")
                        .param("id", da4.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void a_project_with_money_or_sub_projects_is_not_deleted() {
        Plan plan = plan();
        PlanProject da7 = project(plan, "DA7", null, police);
        PlanProject da71 = project(plan, "DA7.1", da7.getId(), culture);
        budget.add(plan.getId(), da71.getId(), line(culture, 2026, FundingSource.LOCAL, 320_000_000L, 0));
        assertThatThrownBy(() -> projects.delete(plan.getId(), da7.getId(), da7.getVersion()))
                .hasMessageContaining("plan.project.notEmpty");
        assertThatThrownBy(() -> projects.delete(plan.getId(), da71.getId(), da71.getVersion()))
                .hasMessageContaining("plan.project.notEmpty");
        assertThat(projects.ofPlan(plan.getId())).hasSize(2);
    }

    @Test
    void totals_add_sub_projects_to_their_project_and_sum_by_agency_year_and_source() {
        Plan plan = plan();
        PlanProject da5 = project(plan, "DA5", null, police);
        PlanProject da7 = project(plan, "DA7", null, police);
        PlanProject da71 = project(plan, "DA7.1", da7.getId(), culture);
        PlanProject da73 = project(plan, "DA7.3", da7.getId(), education);
        budget.add(
                plan.getId(), da5.getId(), line(police, 2026, FundingSource.CENTRAL, 2_100_000_000L, 1_150_000_000L));
        budget.add(plan.getId(), da5.getId(), line(police, 2027, FundingSource.LOCAL, 400_000_000L, 0));
        budget.add(plan.getId(), da7.getId(), line(police, 2026, FundingSource.LOCAL, 100_000_000L, 100_000_000L));
        budget.add(plan.getId(), da71.getId(), line(culture, 2026, FundingSource.LOCAL, 320_000_000L, 96_000_000L));
        budget.add(plan.getId(), da73.getId(), line(education, 2027, FundingSource.LOCAL, 280_000_000L, 140_000_000L));
        BudgetLine gone =
                budget.add(plan.getId(), da73.getId(), line(education, 2028, FundingSource.OTHER, 999_000_000L, 0));
        budget.delete(gone.getId(), gone.getVersion());

        List<ProjectView> list = projects.ofPlan(plan.getId());
        assertThat(list)
                .extracting(
                        v -> v.project().getCode(),
                        v -> v.total().allocated().longValue(),
                        v -> v.total().disbursed().longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DA5", 2_500_000_000L, 1_150_000_000L),
                        org.assertj.core.groups.Tuple.tuple("DA7", 700_000_000L, 336_000_000L),
                        org.assertj.core.groups.Tuple.tuple("DA7.1", 320_000_000L, 96_000_000L),
                        org.assertj.core.groups.Tuple.tuple("DA7.3", 280_000_000L, 140_000_000L));
        // 336 / 700 = 48.0 %; 1 150 / 2 500 = 46.0 %
        assertThat(list.get(1).total().disbursementRate()).isEqualByComparingTo("48.0");
        assertThat(list.get(0).total().disbursementRate()).isEqualByComparingTo("46.0");

        BudgetSummary summary = budget.summary(plan.getId());
        assertThat(summary.total().allocated()).isEqualByComparingTo("3200000000");
        assertThat(summary.total().disbursed()).isEqualByComparingTo("1486000000");
        assertThat(summary.total().disbursementRate()).isEqualByComparingTo("46.4");
        assertThat(summary.byYear())
                .extracting(
                        BudgetSummary.YearTotal::year,
                        y -> y.total().allocated().longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2026, 2_520_000_000L),
                        org.assertj.core.groups.Tuple.tuple(2027, 680_000_000L));
        assertThat(summary.byAgency())
                .extracting(
                        BudgetSummary.AgencyTotal::agency,
                        a -> a.total().disbursed().longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Công an thành phố", 1_250_000_000L),
                        org.assertj.core.groups.Tuple.tuple("Sở Giáo dục và Đào tạo", 140_000_000L),
                        org.assertj.core.groups.Tuple.tuple("Sở Văn hóa, Thể thao và Du lịch", 96_000_000L));
        assertThat(summary.bySource())
                .extracting(
                        BudgetSummary.SourceTotal::source,
                        s -> s.total().allocated().longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FundingSource.CENTRAL, 2_100_000_000L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.LOCAL, 1_100_000_000L));
        assertThat(summary.byProject()).hasSize(4);
    }

    @Test
    void only_the_standing_office_covering_the_province_changes_projects_and_budget() {
        Plan plan = plan();
        PlanProject da6 = project(plan, "DA6", null, health);
        BudgetLine line = budget.add(plan.getId(), da6.getId(), line(health, 2026, FundingSource.CENTRAL, 10, 5));

        fixture.signIn("hue_soyte");
        assertThat(projects.ofPlan(plan.getId())).hasSize(1);
        assertThat(budget.lines(plan.getId(), da6.getId())).hasSize(1);
        assertThatThrownBy(() -> project(plan, "DA1", null, police)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.update(
                        line.getId(), line(health, 2026, FundingSource.CENTRAL, 10, 10), line.getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        fixture.signIn("tinh");
        assertThatThrownBy(() -> projects.ofPlan(plan.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> budget.summary(plan.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> budget.delete(line.getId(), line.getVersion()))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> project(plan, "DA1", null, police)).isInstanceOf(OutsideJurisdictionException.class);
    }
}
