package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.TaskService;
import vn.pcmt.plans.internal.TaskSpec;
import vn.pcmt.plans.internal.TaskStatus;
import vn.pcmt.plans.internal.TaskUpdateForm;
import vn.pcmt.platform.RuleViolationException;

/**
 * A task given to a commune (its steering committee) instead of an agency: the commune's users see it among their
 * tasks and report on it as an agency would; another commune's users neither see it nor report on it.
 */
@PcmtTest
class TaskToUnitTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    UnitService units;

    @Autowired
    vn.pcmt.agencies.AgencyService agencies;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_task_given_to_a_commune_is_reported_on_by_its_users() {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                "8/KH-UBND",
                "Kế hoạch giao việc cho xã",
                "UBND tỉnh Hưng Yên",
                TODAY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        PlanTask task = tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Rà soát người sử dụng trái phép chất ma túy trên địa bàn phường",
                        null,
                        List.of(),
                        LocalDate.of(2026, 9, 30),
                        Recurrence.NONE,
                        "11953"));
        assertThat(task.getLeadAgencyId()).isNull();
        assertThat(task.getLeadUnitId())
                .isEqualTo(units.find("11953", TODAY).orElseThrow().id());
        TaskView view = tasks.ofPlan(plan.getId()).stream()
                .filter(v -> v.task().getId().equals(task.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(view.leadAgency()).isEqualTo("Phường Phố Hiến");
        assertThat(tasks.unitsFor(plan)).extracting(vn.pcmt.geo.AdminUnit::code).contains("11953");

        // the ward's police sees it and reports
        fixture.signIn("xa1");
        assertThat(tasks.mine()).extracting(v -> v.task().getId()).containsExactly(task.getId());
        assertThat(tasks.mine().get(0).canReport()).isTrue();
        PlanTask reported = tasks.report(
                task.getId(), new TaskUpdateForm(TaskStatus.IN_PROGRESS, 40, "Đã rà soát 3 tổ dân phố", 0L));
        assertThat(reported.getProgressPercent()).isEqualTo(40);
        assertThat(reported.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);

        // another commune of the province neither sees it nor reports on it
        fixture.signIn("xa2");
        assertThat(tasks.mine()).extracting(v -> v.task().getId()).doesNotContain(task.getId());
        assertThatThrownBy(() -> tasks.report(
                        task.getId(), new TaskUpdateForm(TaskStatus.DONE, 100, null, reported.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        // the department of health (an agency) does not report on a commune's task
        fixture.signIn("soyte");
        assertThatThrownBy(() -> tasks.report(
                        task.getId(), new TaskUpdateForm(TaskStatus.DONE, 100, null, reported.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A unit's task goes into the plan file with the unit's official code and comes back on import. */
    @Test
    void a_task_given_to_a_unit_is_in_the_plan_file_and_imported_again() {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                "9/KH-UBND",
                "Kế hoạch có nhiệm vụ của phường",
                "UBND tỉnh Hưng Yên",
                TODAY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        vn.pcmt.agencies.Agency police = agencies.listDuring("33", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .get(0);
        tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Phường tổ chức tuyên truyền tại các tổ dân phố",
                        null,
                        List.of(police.getId()),
                        LocalDate.of(2026, 10, 31),
                        Recurrence.NONE,
                        "11953"));
        PlanDocument file = plans.export(plan.getId());
        assertThat(file.tasks()).filteredOn(TaskSpec::toUnit).singleElement().satisfies(t -> {
            assertThat(t.leadUnitCode()).isEqualTo("11953");
            assertThat(t.leadAgencyCode()).isNull();
            assertThat(t.cooperatingAgencyCodes()).containsExactly(police.getCode());
        });

        Plan again = plans.importPlan(file, "33");
        assertThat(tasks.ofPlan(again.getId()))
                .extracting(v -> v.task())
                .filteredOn(t -> t.getLeadUnitId() != null)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.getLeadUnitId())
                            .isEqualTo(units.find("11953", TODAY).orElseThrow().id());
                    assertThat(t.getCooperatingAgencyIds()).containsExactly(police.getId());
                    assertThat(t.getDueOn()).isEqualTo(LocalDate.of(2026, 10, 31));
                });

        // a unit the province does not have refuses the whole file, naming the code
        PlanDocument foreign = new PlanDocument(
                null,
                "10/KH",
                "Kế hoạch của tỉnh khác",
                "UBND",
                TODAY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new TaskSpec("Xã của tỉnh khác", null, List.of(), null, Recurrence.NONE, "00004")));
        int before = plans.list("33").size();
        assertThatThrownBy(() -> plans.importPlan(foreign, "33"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.import.taskUnitUnmatched")
                .hasMessageContaining("00004");
        assertThat(plans.list("33")).hasSize(before);
    }

    @Test
    void a_task_has_one_lead_inside_the_plan_s_province() {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33", "9/KH-UBND", "Kế hoạch", "UBND tỉnh", TODAY, TODAY, TODAY.plusMonths(6), null, null));
        // a commune of Hà Nội is not of the plan's province
        assertThatThrownBy(() -> tasks.add(
                        plan.getId(), new PlanTaskForm("Việc", null, List.of(), null, Recurrence.NONE, "00004")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.task.unitUnknown");
        // neither lead, or both
        assertThatThrownBy(() ->
                        tasks.add(plan.getId(), new PlanTaskForm("Việc", null, List.of(), null, Recurrence.NONE, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.task.oneLead");
        long health = agencies.list("33").stream()
                .filter(a -> a.getCode().equals("SYT"))
                .findFirst()
                .orElseThrow()
                .getId();
        assertThatThrownBy(() -> tasks.add(
                        plan.getId(), new PlanTaskForm("Việc", health, List.of(), null, Recurrence.NONE, "11953")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.task.oneLead");
        assertThat(tasks.ofPlan(plan.getId())).isEmpty();
    }
}
