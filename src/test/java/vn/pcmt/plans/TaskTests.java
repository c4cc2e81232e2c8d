package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.TaskReport;
import vn.pcmt.plans.internal.TaskService;
import vn.pcmt.plans.internal.TaskStatus;
import vn.pcmt.plans.internal.TaskUpdateForm;

/** Tasks for agencies: given by the standing office, reported on by the lead agency only, overdue flagged. */
@PcmtTest
class TaskTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    TestClock clock;

    long health;
    long education;
    long police;

    @BeforeEach
    void agencies() {
        clock.setToday(TODAY);
        health = agency("SYT");
        education = agency("SGDDT");
        police = agency("CA");
        accounts.create(
                "so_gd",
                Role.DEPARTMENT_REPORTER,
                units.find("33", TODAY).orElseThrow().id(),
                education);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    long agency(String code) {
        return jdbc.sql("select id from agency where province_code = '33' and code = :c and deleted_at is null")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    Plan plan() {
        return plans.create(new PlanForm(
                "33",
                "9/KH-UBND",
                "Kế hoạch thử nhiệm vụ",
                "UBND tỉnh Hưng Yên",
                TODAY.minusMonths(2),
                TODAY.withDayOfYear(1),
                TODAY.withDayOfYear(1).plusYears(1).minusDays(1),
                null,
                null));
    }

    @Test
    void the_lead_agency_reports_progress_and_others_cannot() {
        fixture.signIn("tinh");
        Plan plan = plan();
        PlanTask overdue = tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Rà soát cơ sở y tế đủ điều kiện xác định tình trạng nghiện",
                        health,
                        List.of(police),
                        TODAY.minusDays(5),
                        Recurrence.NONE));
        tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Tuyên truyền phòng, chống ma túy trong trường học",
                        education,
                        List.of(),
                        TODAY.plusDays(30),
                        null));
        assertThat(tasks.ofPlan(plan.getId()))
                .filteredOn(v -> v.task().getId().equals(overdue.getId()))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.overdue()).isTrue();
                    assertThat(v.leadAgency()).isEqualTo("Sở Y tế");
                    assertThat(v.cooperatingAgencies()).containsExactly("Công an tỉnh");
                });

        fixture.signIn("soyte");
        assertThat(tasks.mine()).extracting(v -> v.task().getId()).contains(overdue.getId());
        PlanTask reported = tasks.report(
                overdue.getId(), new TaskUpdateForm(TaskStatus.IN_PROGRESS, 40, "Đã rà soát 12/20 trạm", 0L));
        assertThat(reported.getProgressPercent()).isEqualTo(40);
        assertThatThrownBy(() -> tasks.report(overdue.getId(), new TaskUpdateForm(TaskStatus.DONE, 100, "Xong", 0L)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        tasks.report(overdue.getId(), new TaskUpdateForm(TaskStatus.DONE, 100, "Xong", reported.getVersion()));
        TaskView done = tasks.mine().stream()
                .filter(v -> v.task().getId().equals(overdue.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(done.overdue()).isFalse();
        assertThat(done.reports())
                .extracting(TaskReport::status)
                .containsExactly(TaskStatus.DONE, TaskStatus.IN_PROGRESS);

        fixture.signIn("so_gd");
        assertThat(tasks.mine()).extracting(v -> v.task().getId()).doesNotContain(overdue.getId());
        assertThatThrownBy(() -> tasks.report(
                        overdue.getId(),
                        new TaskUpdateForm(
                                TaskStatus.IN_PROGRESS, 10, null, done.task().getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.add(plan.getId(), new PlanTaskForm("Tự giao", education, List.of(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_task_goes_only_to_agencies_of_the_plans_province_and_recurring_ones_fall_due_each_cycle() {
        fixture.signIn("tinh");
        Plan plan = plan();
        long hanoi = jdbc.sql("select id from agency where province_code = '01' and deleted_at is null limit 1")
                .query(Long.class)
                .optional()
                .orElse(-1L);
        assertThatThrownBy(() -> tasks.add(plan.getId(), new PlanTaskForm("Lạc tỉnh", hanoi, List.of(), null, null)))
                .hasMessageContaining("plan.task.agencyUnknown");
        assertThat(Recurrence.QUARTERLY.nextDue(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(Recurrence.NONE.nextDue(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void a_quarterly_task_due_on_new_years_eve_is_overdue_on_new_years_day_until_reported_then_due_next_quarter() {
        clock.setToday(LocalDate.of(2026, 12, 31));
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                "10/KH-UBND",
                "Kế hoạch thử nhiệm vụ hằng quý",
                "UBND tỉnh Hưng Yên",
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                null));
        PlanTask task = tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Báo cáo quý về người sử dụng trái phép chất ma túy",
                        health,
                        List.of(),
                        LocalDate.of(2026, 12, 31),
                        Recurrence.QUARTERLY));
        fixture.signIn("soyte");
        assertThat(view(task)).satisfies(v -> {
            assertThat(v.due()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(v.overdue()).isFalse();
        });

        clock.setToday(LocalDate.of(2027, 1, 1));
        assertThat(view(task)).satisfies(v -> {
            assertThat(v.due()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(v.overdue()).isTrue();
        });
        tasks.report(task.getId(), new TaskUpdateForm(TaskStatus.IN_PROGRESS, 25, "Quý IV/2026", task.getVersion()));
        assertThat(view(task)).satisfies(v -> {
            assertThat(v.reports()).singleElement().satisfies(r -> assertThat(r.onDate())
                    .isEqualTo(LocalDate.of(2027, 1, 1)));
            assertThat(v.due()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(v.overdue()).isFalse();
        });

        clock.setToday(LocalDate.of(2027, 4, 1));
        assertThat(view(task)).satisfies(v -> {
            assertThat(v.due()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(v.overdue()).isTrue();
        });
    }

    /** The task as the lead agency's list shows it today. */
    TaskView view(PlanTask task) {
        return tasks.mine().stream()
                .filter(v -> v.task().getId().equals(task.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_progress_report_may_carry_a_file_and_a_bad_file_changes_nothing() {
        fixture.signIn("tinh");
        Plan plan = plan();
        PlanTask task = tasks.add(
                plan.getId(),
                new PlanTaskForm("Tập huấn xác định tình trạng nghiện", health, List.of(), TODAY.plusDays(10), null));
        fixture.signIn("soyte");
        byte[] exe = {'M', 'Z', 0, 0};
        assertThatThrownBy(() -> tasks.report(
                        task.getId(), new TaskUpdateForm(TaskStatus.IN_PROGRESS, 30, "Có tệp lạ", 0L), "x.exe", exe))
                .hasMessageContaining("document.type");
        byte[] pdf = "%PDF-1.4 biên bản tập huấn".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        tasks.report(
                task.getId(),
                new TaskUpdateForm(TaskStatus.IN_PROGRESS, 30, "Biên bản kèm theo", 0L),
                "bien-ban.pdf",
                pdf);
        TaskView view = tasks.mine().stream()
                .filter(v -> v.task().getId().equals(task.getId()))
                .findFirst()
                .orElseThrow();
        // the refused report left no trace; the accepted one carries its file
        assertThat(view.reports()).singleElement().satisfies(r -> assertThat(r.fileName())
                .isEqualTo("bien-ban.pdf"));
        long update = view.reports().get(0).id();
        assertThat(tasks.file(update).content()).isEqualTo(pdf);
        assertThat(tasks.file(update).contentType()).isEqualTo("application/pdf");
        fixture.signIn("xa1");
        assertThat(tasks.file(update).name()).isEqualTo("bien-ban.pdf");
        accounts.ensureOutsiders();
        fixture.signIn(vn.pcmt.TestAccounts.outsider(Role.PROVINCIAL_OFFICE));
        assertThatThrownBy(() -> tasks.file(update)).isInstanceOf(vn.pcmt.geo.OutsideJurisdictionException.class);
    }

    @Test
    void a_template_brings_its_tasks_to_the_agencies_of_the_province_and_a_plan_file_carries_them() {
        fixture.signIn("tinh");
        Plan plan = plans.copyTemplate("HY-135-2025", "33", 0);
        TaskView hyT = tasks.ofPlan(plan.getId()).stream()
                .filter(v -> v.task().getText().startsWith("Xây dựng kế hoạch triển khai"))
                .findFirst()
                .orElseThrow();
        assertThat(hyT.leadAgency()).isEqualTo("Công an tỉnh");
        assertThat(hyT.cooperatingAgencies()).containsExactly("Sở Nội vụ");
        assertThat(hyT.task().getDueOn()).isEqualTo(LocalDate.of(2025, 12, 30));

        PlanDocument file = plans.export(plan.getId());
        assertThat(file.tasks()).singleElement().satisfies(t -> {
            assertThat(t.leadAgencyCode()).isEqualTo("CA");
            assertThat(t.cooperatingAgencyCodes()).containsExactly("SNV");
        });
        Plan next = plans.importPlan(file.shiftedBy(1), "33");
        assertThat(tasks.ofPlan(next.getId()))
                .singleElement()
                .satisfies(v -> assertThat(v.task().getDueOn()).isEqualTo(LocalDate.of(2026, 12, 30)));
    }
}
