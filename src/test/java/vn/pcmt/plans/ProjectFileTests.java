package vn.pcmt.plans;

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
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.BudgetLineForm;
import vn.pcmt.plans.internal.BudgetService;
import vn.pcmt.plans.internal.FundingSource;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanProject;
import vn.pcmt.plans.internal.PlanProjectForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.ProjectService;
import vn.pcmt.plans.internal.ProjectView;

/**
 * Projects travel in plan files: the Hưng Yên template brings Dự án 1–9 with their lead agencies found by code in
 * the importing province, an exported plan imports with its projects and without its money, an older file without
 * projects imports as before, and a bad project refuses the whole file.
 */
@PcmtTest
class ProjectFileTests {

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
    ProjectService projects;

    @Autowired
    BudgetService budget;

    @Autowired
    AgencyService agencies;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void office() {
        clock.setToday(TODAY);
        accounts.create(
                "hue_tinh",
                Role.PROVINCIAL_OFFICE,
                units.find("46", TODAY).orElseThrow().id(),
                null);
        fixture.signIn("hue_tinh");
        agencies.addStandardSet("46");
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

    @Test
    void the_hung_yen_template_brings_its_projects_with_the_lead_agencies_of_the_importing_province() {
        Plan plan = plans.copyTemplate("HY-135-2025", "46", 0);
        List<ProjectView> list = projects.ofPlan(plan.getId());
        assertThat(list)
                .extracting(v -> v.project().getCode())
                .containsExactly(
                        "DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7", "DA7.1", "DA7.2", "DA7.3", "DA7.4", "DA8",
                        "DA9");
        assertThat(list)
                .filteredOn(v -> v.project().getCode().equals("DA7.3"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.parentCode()).isEqualTo("DA7");
                    assertThat(v.project().getLeadAgencyId()).isEqualTo(agency("SGDDT"));
                });
        assertThat(list)
                .filteredOn(v -> v.project().getCode().equals("DA6"))
                .singleElement()
                .satisfies(v -> assertThat(v.leadAgency()).isEqualTo("Sở Y tế"));
        assertThat(list)
                .filteredOn(v -> v.project().getCode().equals("DA3"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.leadAgency()).isNull();
                    assertThat(v.cooperatingAgencies()).containsExactly("Bộ Chỉ huy Quân sự thành phố");
                });
        assertThat(list.get(0).project().getName())
                .isEqualTo("Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia");
    }

    @Test
    void an_exported_plan_imports_with_its_projects_and_without_its_money() throws Exception {
        Plan plan = plans.create(new PlanForm(
                "46",
                "30/KH-UBND",
                "Kế hoạch thử dự án",
                "UBND",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                null));
        PlanProject da7 = projects.add(
                plan.getId(),
                new PlanProjectForm("DA7", "Truyền thông", null, agency("CA"), List.of(agency("DTN")), "Mô tả"));
        PlanProject da72 = projects.add(
                plan.getId(), new PlanProjectForm("DA7.2", "Ở cơ sở", da7.getId(), agency("CA"), List.of(), null));
        budget.add(
                plan.getId(),
                da72.getId(),
                new BudgetLineForm(
                        agency("CA"), 2026, FundingSource.CENTRAL, BigDecimal.valueOf(500_000_000L), null, null));

        String file = json.writeValueAsString(plans.export(plan.getId()));
        assertThat(file)
                .contains("\"parentCode\":\"DA7\"", "\"leadAgencyCode\":\"CA\"")
                .doesNotContain("500000000");
        Plan copy = plans.importPlan(json.readValue(file, PlanDocument.class).shiftedBy(2), "46");

        List<ProjectView> copied = projects.ofPlan(copy.getId());
        assertThat(copied).extracting(v -> v.project().getCode()).containsExactly("DA7", "DA7.2");
        assertThat(copied.get(0).cooperatingAgencies()).containsExactly("Thành đoàn");
        assertThat(copied.get(0).project().getDescription()).isEqualTo("Mô tả");
        assertThat(copied.get(1).project().getParentId())
                .isEqualTo(copied.get(0).project().getId());
        assertThat(budget.summary(copy.getId()).total().hasMoney()).isFalse();
    }

    @Test
    void a_plan_file_without_projects_imports_as_before() throws Exception {
        String old =
                """
                {"templateCode":null,"number":"5/KH","title":"Kế hoạch cũ","issuer":"UBND",
                 "issuedOn":"2024-01-02","periodFrom":"2024-01-01","periodTo":"2024-12-31",
                 "targets":[{"code":"T1","text":"Không còn điểm","metricCode":"hotspots.active","form":"VALUE",
                 "comparison":"LE","threshold":0,"yearly":true}]}
                """;
        Plan plan = plans.importPlan(json.readValue(old, PlanDocument.class), "46");
        assertThat(plans.targets(plan.getId())).hasSize(1);
        assertThat(projects.ofPlan(plan.getId())).isEmpty();
    }

    @Test
    void a_bad_project_refuses_the_whole_plan_file() throws Exception {
        long before = jdbc.sql("select count(*) from plan").query(Long.class).single();
        String orphan =
                """
                {"number":"6/KH","title":"Kế hoạch lỗi","issuer":"UBND","issuedOn":"2026-01-02",
                 "periodFrom":"2026-01-01","periodTo":"2026-12-31","targets":[],
                 "projects":[{"code":"DA1","name":"Dự án 1","leadAgencyCode":"CA"},
                             {"code":"DA7.1","name":"Tiểu dự án 1","parentCode":"DA7","leadAgencyCode":"SVHTTDL"}]}
                """;
        assertThatThrownBy(() -> plans.importPlan(json.readValue(orphan, PlanDocument.class), "46"))
                .hasMessageContaining("plan.import.projectParentUnknown");
        String twice = orphan.replace("\"DA7.1\"", "\"DA1\"").replace("\"parentCode\":\"DA7\",", "");
        assertThatThrownBy(() -> plans.importPlan(json.readValue(twice, PlanDocument.class), "46"))
                .hasMessageContaining("plan.project.codeTaken");
        String nameless = orphan.replace("\"name\":\"Dự án 1\"", "\"name\":\" \"");
        assertThatThrownBy(() -> plans.importPlan(json.readValue(nameless, PlanDocument.class), "46"))
                .hasMessageContaining("plan.import.projectInvalid");
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void a_lead_agency_the_province_does_not_have_is_left_unset() throws Exception {
        String file =
                """
                {"number":"7/KH","title":"Kế hoạch","issuer":"UBND","issuedOn":"2026-01-02",
                 "periodFrom":"2026-01-01","periodTo":"2026-12-31",
                 "projects":[{"code":"DA1","name":"Dự án 1","leadAgencyCode":"KHONGCO",
                              "cooperatingAgencyCodes":["KHONGCO","syt"]}]}
                """;
        Plan plan = plans.importPlan(json.readValue(file, PlanDocument.class), "46");
        assertThat(projects.ofPlan(plan.getId())).singleElement().satisfies(v -> {
            assertThat(v.project().getLeadAgencyId()).isNull();
            assertThat(v.cooperatingAgencies()).containsExactly("Sở Y tế");
        });
    }
}
