package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanHeader;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanStatus;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.Revision;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TargetLevel;
import vn.pcmt.plans.internal.TaskService;
import vn.pcmt.plans.internal.TaskSpec;
import vn.pcmt.platform.RuleViolationException;

/**
 * A plan's lifecycle in Huế (46), where the demo data has none: a header corrected with its history, a draft
 * deleted and a plan in force kept, a copy that starts as a draft to fill in, a superseded plan frozen, a target
 * corrected with its versions, and an import whose agencies the province does not have asks for the mapping.
 */
@PcmtTest
class PlanLifecycleTests {

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
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    AgencyService agencies;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void officer() {
        clock.setToday(TODAY);
        accounts.create(
                "hue_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("46", TODAY).orElseThrow().id(),
                null);
        fixture.signIn("hue_tinh");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    Plan entered(String number) {
        return plans.create(new PlanForm(
                "46",
                number,
                "Kế hoạch phòng, chống ma túy năm 2026",
                "Ủy ban nhân dân thành phố Huế",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                "Luật Phòng, chống ma túy 2021",
                "Giảm tội phạm ma túy"));
    }

    static PlanForm header(Plan plan, String number, String issuer) {
        PlanForm f = plan.toForm();
        return new PlanForm(
                f.provinceCode(),
                number,
                f.title(),
                issuer,
                LocalDate.of(2026, 2, 1),
                f.periodFrom(),
                f.periodTo(),
                f.legalBasis(),
                f.objectives());
    }

    @Test
    void a_header_is_corrected_in_place_and_its_former_versions_stay_in_the_history() {
        Plan plan = entered("12/KH-UBND");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        Plan corrected =
                plans.update(plan.getId(), header(plan, "21/KH-UBND", "UBND thành phố Huế"), plan.getVersion());
        assertThat(corrected.getNumber()).isEqualTo("21/KH-UBND");
        assertThat(corrected.getIssuedOn()).isEqualTo(LocalDate.of(2026, 2, 1));

        List<Revision<PlanHeader>> history = plans.history(plan.getId());
        assertThat(history).extracting(r -> r.value().number()).containsExactly("12/KH-UBND", "21/KH-UBND");
        assertThat(history).extracting(Revision::by).containsOnly("hue_tinh");
        assertThat(history.get(0).value().issuedOn()).isEqualTo(LocalDate.of(2026, 1, 15));

        // a second writer with the version first read is told, and changes nothing
        assertThatThrownBy(() -> plans.update(plan.getId(), header(plan, "99/KH-UBND", "Ai đó"), plan.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(plans.get(plan.getId()).getNumber()).isEqualTo("21/KH-UBND");

        // the province does not change with the header
        PlanForm elsewhere = new PlanForm("33", "21/KH-UBND", "X", "X", TODAY, TODAY, TODAY, null, null);
        assertThatThrownBy(() -> plans.update(plan.getId(), elsewhere, corrected.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.province.fixed");
    }

    @Test
    void a_draft_is_deleted_softly_and_a_plan_in_force_is_not() {
        Plan draft = entered("30/KH-UBND");
        plans.delete(draft.getId(), draft.getVersion());
        assertThatThrownBy(() -> plans.get(draft.getId())).isInstanceOf(NoSuchElementException.class);
        assertThat(plans.list("46")).extracting(Plan::getId).doesNotContain(draft.getId());
        // the row stays, marked, and the deletion is a revision of its history
        assertThat(jdbc.sql("select deleted_by from plan where id = :id")
                        .param("id", draft.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("hue_tinh");
        assertThat(jdbc.sql("select count(*) from plan_aud where id = :id and deleted_at is not null")
                        .param("id", draft.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        Plan adopted = plans.adopt(entered("31/KH-UBND").getId(), 0);
        assertThat(adopted.getStatus()).isEqualTo(PlanStatus.IN_FORCE);
        assertThatThrownBy(() -> plans.delete(adopted.getId(), adopted.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.lifecycle.notAllowed.DELETE");
        assertThat(plans.get(adopted.getId()).isDeleted()).isFalse();
        Plan ended = plans.end(adopted.getId(), adopted.getVersion());
        assertThat(ended.getStatus()).isEqualTo(PlanStatus.ENDED);
        assertThatThrownBy(() -> plans.delete(ended.getId(), ended.getVersion()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_copied_template_is_a_draft_whose_number_issuer_and_date_are_to_fill_in_before_it_is_adopted() {
        Plan copy = plans.copyTemplate("NB-2022-2025", "46", 4);
        assertThat(copy.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.getNumber()).isNull();
        assertThat(copy.getIssuer()).isNull();
        assertThat(copy.getIssuedOn()).isNull();
        // the period is the template's, moved by the years asked
        assertThat(copy.getPeriodFrom().getYear()).isEqualTo(2026);
        assertThat(plans.targets(copy.getId())).isNotEmpty();

        assertThatThrownBy(() -> plans.adopt(copy.getId(), copy.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.adopt.incomplete");
        Plan filled = plans.update(copy.getId(), header(copy, "40/KH-UBND", "UBND thành phố Huế"), copy.getVersion());
        Plan adopted = plans.adopt(filled.getId(), filled.getVersion());
        assertThat(adopted.getStatus()).isEqualTo(PlanStatus.IN_FORCE);
        assertThat(adopted.getNumber()).isEqualTo("40/KH-UBND");

        // a copy of that plan is a draft again, without its number
        Plan again = plans.copy(adopted.getId(), "46", 1);
        assertThat(again.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(again.getNumber()).isNull();
        assertThat(again.getIssuer()).isNull();
        // an imported file keeps its header only when asked
        PlanDocument file = plans.export(adopted.getId());
        assertThat(plans.importPlan(file, "46").getNumber()).isNull();
        assertThat(plans.importPlan(file, "46", new PlanService.ImportOptions(true, Map.of()))
                        .getNumber())
                .isEqualTo("40/KH-UBND");
    }

    @Test
    void a_superseded_plan_is_frozen_and_points_at_the_plan_that_replaced_it() {
        Plan old = plans.adopt(entered("50/KH-UBND").getId(), 0);
        PlanTarget target = plans.addTarget(old.getId(), target("T1", new BigDecimal("0")));
        Plan draft = entered("51/KH-UBND");
        // a draft does not replace anything
        assertThatThrownBy(() -> plans.supersede(old.getId(), draft.getId(), old.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.supersede.notInForce");
        Plan replacing = plans.adopt(draft.getId(), draft.getVersion());
        Plan superseded = plans.supersede(old.getId(), replacing.getId(), old.getVersion());
        assertThat(superseded.getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(superseded.getSupersededById()).isEqualTo(replacing.getId());

        assertThatThrownBy(() -> plans.update(old.getId(), header(old, "50b/KH-UBND", "X"), superseded.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.lifecycle.notAllowed.EDIT");
        assertThatThrownBy(() -> plans.correctTarget(
                        old.getId(), target.getId(), target("T1", BigDecimal.ONE), target.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.lifecycle.notAllowed.EDIT_CONTENT");
        assertThatThrownBy(() -> plans.addTarget(old.getId(), target("T2", BigDecimal.ONE)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_target_is_corrected_with_its_versions_kept() {
        Plan plan = plans.adopt(entered("60/KH-UBND").getId(), 0);
        PlanTarget target = plans.addTarget(plan.getId(), target("T1", new BigDecimal("5")));
        PlanTarget corrected = plans.correctTarget(
                plan.getId(),
                target.getId(),
                new PlanTargetForm(
                        "T1",
                        "Không còn điểm, tụ điểm ở mỗi xã",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LT,
                        new BigDecimal("1"),
                        true,
                        null,
                        TargetLevel.EACH_COMMUNE),
                target.getVersion());
        assertThat(corrected.getId()).isEqualTo(target.getId());
        assertThat(corrected.getThreshold()).isEqualByComparingTo("1");
        assertThat(corrected.getLevel()).isEqualTo(TargetLevel.EACH_COMMUNE);

        List<Revision<PlanTargetForm>> history = plans.targetHistory(plan.getId(), target.getId());
        assertThat(history)
                .extracting(r -> r.value().threshold().stripTrailingZeros().toPlainString())
                .containsExactly("5", "1");
        assertThat(history).extracting(r -> r.value().comparison()).containsExactly(Comparison.LE, Comparison.LT);
        assertThat(history)
                .extracting(r -> r.value().levelOrUnit())
                .containsExactly(TargetLevel.UNIT, TargetLevel.EACH_COMMUNE);

        // a stale version is told; an unknown metric is refused with the codes the province may use
        assertThatThrownBy(() -> plans.correctTarget(
                        plan.getId(), target.getId(), target("T1", BigDecimal.TEN), target.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        PlanTargetForm unknown = new PlanTargetForm(
                "T1", "X", "hotspots.nope", TargetForm.VALUE, null, Comparison.LE, BigDecimal.ONE, true, null);
        assertThatThrownBy(() -> plans.correctTarget(plan.getId(), target.getId(), unknown, corrected.getVersion()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("metric.unknown");
                    assertThat(e.details()).containsEntry("field", "metricCode");
                    assertThat(((List<?>) e.details().get("accepted")).stream().map(String::valueOf))
                            .contains("hotspots.active", "people.addicts");
                });
        // a code taken by another target is refused
        plans.addTarget(plan.getId(), target("T2", BigDecimal.ONE));
        assertThatThrownBy(() -> plans.correctTarget(
                        plan.getId(), target.getId(), target("T2", BigDecimal.ONE), corrected.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.target.codeTaken");
    }

    @Test
    void an_import_whose_agencies_the_province_lacks_asks_for_the_mapping_instead_of_giving_tasks_to_the_police() {
        agencies.addStandardSet("46");
        PlanDocument file = new PlanDocument(
                null,
                "7/KH-UBND",
                "Kế hoạch năm 2026",
                "UBND tỉnh Thừa Thiên Huế",
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(
                        new TaskSpec(
                                "Quản lý sau cai nghiện", "SLDTBXH", List.of("CA", "STTTT"), null, Recurrence.NONE),
                        new TaskSpec("Tuyên truyền", "SVHTTDL", List.of(), null, Recurrence.NONE)));
        long before = plans.list("46").size();
        assertThatThrownBy(() -> plans.importPlan(file, "46"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.import.agencyUnmatched");
                    assertThat(e.details().get("unmatched")).isEqualTo(List.of("SLDTBXH", "STTTT"));
                    @SuppressWarnings("unchecked")
                    List<Map<String, String>> offered =
                            (List<Map<String, String>>) e.details().get("offered");
                    assertThat(offered).extracting(m -> m.get("code")).contains("SNV", "SYT", "SKHCN", "CA");
                });
        // all or nothing: no plan was left behind
        assertThat(plans.list("46")).hasSize((int) before);

        Plan plan = plans.importPlan(
                file, "46", new PlanService.ImportOptions(false, Map.of("SLDTBXH", "SNV", "STTTT", "skhcn")));
        List<TaskView> views = tasks.ofPlan(plan.getId());
        Map<String, Long> byCode =
                agencies.list("46").stream().collect(java.util.stream.Collectors.toMap(Agency::getCode, Agency::getId));
        TaskView aftercare = views.stream()
                .filter(v -> v.task().getText().startsWith("Quản lý"))
                .findFirst()
                .orElseThrow();
        assertThat(aftercare.task().getLeadAgencyId()).isEqualTo(byCode.get("SNV"));
        assertThat(aftercare.task().getCooperatingAgencyIds())
                .containsExactlyInAnyOrder(byCode.get("CA"), byCode.get("SKHCN"));
        assertThat(views).allSatisfy(v -> assertThat(v.task().getLeadAgencyId()).isNotEqualTo(byCode.get("CA")));

        // the same file for 2024, before the departments merged on 1/3/2025: the province's agencies of 2024 match
        Plan earlier = plans.importPlan(file.shiftedBy(-2), "46");
        TaskView then = tasks.ofPlan(earlier.getId()).stream()
                .filter(v -> v.task().getText().startsWith("Quản lý"))
                .findFirst()
                .orElseThrow();
        assertThat(then.leadAgency()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(then.cooperatingAgencies()).contains("Công an thành phố", "Sở Thông tin và Truyền thông");
        // and a task of a 2026 plan is not given to a department merged in 2025
        assertThatThrownBy(() -> tasks.add(
                        plan.getId(),
                        new PlanTaskForm("Việc", byCode.get("SLDTBXH"), List.of(), null, Recurrence.NONE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.task.agencyNotInForce");
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    tools.jackson.databind.ObjectMapper json;

    @Test
    void the_import_page_asks_which_agency_takes_the_tasks_of_an_agency_the_province_lacks() throws Exception {
        agencies.addStandardSet("46");
        PlanDocument file = new PlanDocument(
                null,
                "3/KH-UBND",
                "Kế hoạch nhập qua trang",
                "UBND tỉnh",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(new TaskSpec("Hỗ trợ sau cai nghiện", "SLDTBXH", List.of(), null, Recurrence.NONE)));
        byte[] bytes = json.writeValueAsBytes(file);
        int before = plans.list("46").size();
        var asked = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/plans/import")
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "file", "ke-hoach.json", "application/json", bytes))
                                .param("province", "46")
                                .with(accounts.as("hue_tinh"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        fixture.signIn("hue_tinh"); // the request's security filter cleared this thread's user
        assertThat(asked.getModelAndView().getViewName()).isEqualTo("plans/import-mapping");
        String page = asked.getResponse().getContentAsString();
        assertThat(page)
                .contains("name=\"agency.SLDTBXH\"")
                .contains("Sở Nội vụ")
                .contains("Sở Y tế");
        // nothing imported yet
        assertThat(plans.list("46")).hasSize(before);

        var done = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans/import/mapped")
                                .param("province", "46")
                                .param("document", new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                                .param("agency.SLDTBXH", "SYT")
                                .with(accounts.as("hue_tinh"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        fixture.signIn("hue_tinh");
        assertThat(done.getResponse().getRedirectedUrl()).startsWith("/plans/");
        long id = Long.parseLong(done.getResponse().getRedirectedUrl().substring("/plans/".length()));
        assertThat(tasks.ofPlan(id)).singleElement().satisfies(v -> assertThat(v.leadAgency())
                .isEqualTo("Sở Y tế"));
        assertThat(plans.get(id).getNumber()).isNull();
    }

    static PlanTargetForm target(String code, BigDecimal threshold) {
        return new PlanTargetForm(
                code,
                "Không còn điểm, tụ điểm hoạt động",
                "hotspots.active",
                TargetForm.VALUE,
                null,
                Comparison.LE,
                threshold,
                true,
                null);
    }
}
