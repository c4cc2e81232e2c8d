package vn.pcmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TaskService;
import vn.pcmt.reports.Report;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportText;

/**
 * The work list (ADR 047): a commune's report due before the commune opens it, then its draft, then, submitted, on
 * the standing office's list to review; a department's overdue task; the API paged and grouped; nothing of Hưng Yên
 * for users of Hà Nội.
 */
@PcmtTest
class WorkListTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 5);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportingRegimes regimes;

    @Autowired
    TaskService tasks;

    @Autowired
    ReportService reports;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    /** A plan of Hưng Yên in force for 2026, whose communes report on the six months before 15/6. */
    Plan planInForce(String number) {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                number,
                "Kế hoạch thử danh sách việc",
                "UBND tỉnh Hưng Yên",
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "T1",
                        "Không còn điểm hoạt động",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null));
        regimes.add(
                plan.getId(),
                new RegimeForm(
                        ReportKind.SIX_MONTH,
                        Reporters.COMMUNES,
                        6,
                        15,
                        6,
                        15,
                        null,
                        "Cơ quan Thường trực tỉnh",
                        null,
                        null));
        Plan adopted = plans.adopt(plan.getId(), plans.get(plan.getId()).getVersion());
        fixture.signOut();
        return adopted;
    }

    @Test
    void a_commune_sees_its_report_due_before_it_opens_it_and_the_office_sees_it_to_review_once_sent()
            throws Exception {
        clock.setToday(TODAY);
        Plan plan = planInForce("71/KH-WL");
        String toOpen = "/plans/" + plan.getId() + "/reports?year=2026&kind=SIX_MONTH#open-report";

        List<Map<String, Object>> mine = items("xa1", "REPORT_DUE");
        assertThat(mine).anySatisfy(i -> {
            assertThat(i.get("href")).isEqualTo(toOpen);
            assertThat((String) i.get("title")).contains("Báo cáo 6 tháng").contains("71/KH-WL");
            assertThat((String) i.get("detail")).contains("hạn 15/06/2026").contains("chưa lập báo cáo");
            assertThat(i.get("date")).isEqualTo("2026-06-15");
        });
        // the home page links to the place where it is opened, and that page offers the kind asked
        assertThat(home("xa1")).contains("href=\"" + toOpen.replace("&", "&amp;") + "\"");
        // another commune sees its own report due, never xa1's draft
        assertThat(items("xa2", "REPORT_DUE"))
                .anySatisfy(i -> assertThat(i.get("href")).isEqualTo(toOpen));

        fixture.signIn("xa1");
        Report report = reports.open(plan.getId(), ReportKind.SIX_MONTH, 2026, null);
        fixture.signOut();
        assertThat(items("xa1", "REPORT_DUE"))
                .extracting(i -> i.get("href"))
                .contains("/reports/" + report.getId())
                .doesNotContain(toOpen);
        assertThat(items("xa2", "REPORT_DUE")).extracting(i -> i.get("href")).contains(toOpen);
        assertThat(items("tinh", "REPORT_TO_REVIEW"))
                .extracting(i -> i.get("href"))
                .doesNotContain("/reports/" + report.getId());

        fixture.signIn("xa1");
        Report written = reports.write(
                report.getId(), new ReportText(null, "Kết quả 6 tháng", null, null, null, report.getVersion()));
        reports.submit(report.getId(), written.getVersion());
        fixture.signOut();
        assertThat(items("xa1", "REPORT_DUE"))
                .extracting(i -> i.get("href"))
                .doesNotContain("/reports/" + report.getId(), toOpen);
        assertThat(items("tinh", "REPORT_TO_REVIEW")).anySatisfy(i -> {
            assertThat(i.get("href")).isEqualTo("/reports/" + report.getId());
            assertThat((String) i.get("detail")).contains("Phố Hiến");
        });
        assertThat(home("tinh")).contains("href=\"/reports/" + report.getId() + "\"");

        // past the deadline the commune that has not sent is late
        clock.setToday(LocalDate.of(2026, 6, 16));
        assertThat(items("xa2", "REPORT_LATE")).anySatisfy(i -> {
            assertThat(i.get("href")).isEqualTo(toOpen);
            assertThat(i.get("urgent")).isEqualTo(true);
        });

        // Hà Nội sees nothing of it
        accounts.ensureOutsiders();
        for (Role role : List.of(Role.COMMUNE_POLICE, Role.PROVINCIAL_OFFICE, Role.DEPARTMENT_REPORTER)) {
            String body = api(TestAccounts.outsider(role), "");
            assertThat(body)
                    .doesNotContain("/plans/" + plan.getId() + "/")
                    .doesNotContain("/reports/" + report.getId() + "\"")
                    .doesNotContain("71/KH-WL");
        }
    }

    @Test
    void a_department_sees_its_overdue_task_and_the_api_pages_and_counts_the_groups() throws Exception {
        clock.setToday(TODAY);
        Plan plan = planInForce("72/KH-WL");
        long health = jdbc.sql(
                        "select id from agency where province_code = '33' and code = 'SYT' and deleted_at is null")
                .query(Long.class)
                .single();
        fixture.signIn("tinh");
        var late = tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Khám sàng lọc người sử dụng ma túy (thử)",
                        health,
                        List.of(),
                        LocalDate.of(2026, 5, 31),
                        Recurrence.NONE));
        var soon = tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Tập huấn cán bộ y tế xã (thử)",
                        health,
                        List.of(),
                        LocalDate.of(2026, 6, 12),
                        Recurrence.NONE));
        fixture.signOut();

        assertThat(items("soyte", "TASK_OVERDUE")).anySatisfy(i -> {
            assertThat(i.get("title")).isEqualTo("Khám sàng lọc người sử dụng ma túy (thử)");
            assertThat(i.get("href")).isEqualTo("/tasks#status" + late.getId());
            assertThat(i.get("urgent")).isEqualTo(true);
            assertThat((String) i.get("detail")).contains("72/KH-WL").contains("31/05/2026");
        });
        assertThat(items("soyte", "TASK_DUE"))
                .anySatisfy(i -> assertThat(i.get("href")).isEqualTo("/tasks#status" + soon.getId()));
        // a commune's user has no task of the department
        assertThat(api("xa1", "")).doesNotContain("/tasks#status" + late.getId());
        // the home page shows it, late groups first
        String home = home("soyte");
        assertThat(home).contains("Khám sàng lọc người sử dụng ma túy (thử)").contains("Nhiệm vụ quá hạn");

        // paged: one item a page, the groups counted whole
        String body = api("soyte", "?size=1");
        int total = JsonPath.read(body, "$.total");
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(JsonPath.<List<?>>read(body, "$.items")).hasSize(1);
        assertThat(JsonPath.<Integer>read(body, "$.totalPages")).isEqualTo(total);
        List<Integer> counts = JsonPath.read(body, "$.groups[*].count");
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(JsonPath.<String>read(body, "$.groups[0].group")).isNotBlank();
        String second = api("soyte", "?size=1&page=1");
        assertThat(JsonPath.<List<?>>read(second, "$.items")).hasSize(1);
        assertThat(second).isNotEqualTo(body);
        String overdue = api("soyte", "?group=TASK_OVERDUE&size=200");
        assertThat(JsonPath.<List<String>>read(overdue, "$.items[*].group")).containsOnly("TASK_OVERDUE");
        // the home page shows a group whole, page by page
        assertThat(page("soyte", "/?group=TASK_OVERDUE"))
                .contains("data-testid=\"worklist-group\"")
                .contains("Khám sàng lọc người sử dụng ma túy (thử)");

        // Hà Nội's department sees nothing of Hưng Yên's tasks
        accounts.ensureOutsiders();
        assertThat(api(TestAccounts.outsider(Role.DEPARTMENT_REPORTER), ""))
                .doesNotContain("/tasks#status" + late.getId())
                .doesNotContain("72/KH-WL");
    }

    @Autowired
    vn.pcmt.localities.internal.KeyLocalityService localities;

    @Test
    void the_standing_office_sees_an_overdue_task_of_a_key_locality() throws Exception {
        clock.setToday(TODAY);
        fixture.signIn("tinh");
        long localityId;
        try {
            var locality = localities.select(new vn.pcmt.localities.internal.KeyLocalityForm(
                    "11977",
                    null,
                    "I",
                    "47/QĐ-WL",
                    LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 1, 5),
                    LocalDate.of(2027, 1, 5),
                    "Nhiều điểm tổ chức sử dụng",
                    null,
                    "Kế hoạch chuyển hóa"));
            localityId = locality.getId();
            localities.addTask(localityId, "Lắp camera tại ngõ 47 (thử)", "Công an xã", LocalDate.of(2026, 6, 1));
        } finally {
            fixture.signOut();
        }
        assertThat(items("tinh", "TASK_OVERDUE")).anySatisfy(i -> {
            assertThat(i.get("title")).isEqualTo("Lắp camera tại ngõ 47 (thử)");
            assertThat(i.get("href")).isEqualTo("/localities/" + localityId);
            assertThat((String) i.get("detail")).contains("Tân Hưng").contains("01/06/2026");
        });
        // commune officers do not keep key localities; Hà Nội's office does not see Hưng Yên's
        assertThat(api("xa2", "")).doesNotContain("Lắp camera tại ngõ 47 (thử)");
        accounts.ensureOutsiders();
        assertThat(api(TestAccounts.outsider(Role.PROVINCIAL_OFFICE), "")).doesNotContain("Lắp camera tại ngõ 47");
    }

    /** The items of a group on the user's work list, by the API. */
    /**
     * A rehab facility's staff (ADR 043, ADR 052) see their facility's report due before they open it, on the home
     * page and through the API, then its draft; not the commune's report of the ward the facility lies in, nor
     * another facility's.
     */
    @Test
    void a_facility_sees_its_report_due_before_it_opens_it_and_not_its_communes() throws Exception {
        clock.setToday(TODAY);
        long ward = jdbc.sql("select id from admin_unit where code = '11953' and valid_to is null")
                .query(Long.class)
                .single();
        String name = "Cơ sở cai nghiện danh sách việc " + System.nanoTime();
        long facility = accounts.rehabFacility(ward, name);
        String staff = "wl_staff_" + System.nanoTime();
        accounts.createAtFacility(staff, facility);
        // a facility opened after the period: not asked
        long later = accounts.rehabFacility(ward, name + " mới");
        jdbc.sql("update facility set valid_from = '2026-07-01' where id = :id")
                .param("id", later)
                .update();
        String laterStaff = staff + "_moi";
        accounts.createAtFacility(laterStaff, later);

        Plan plan = planInForce("72/KH-WL");
        fixture.signIn("tinh");
        regimes.add(
                plan.getId(),
                new RegimeForm(
                        ReportKind.SIX_MONTH,
                        Reporters.FACILITIES,
                        6,
                        10,
                        6,
                        12,
                        null,
                        "Cơ quan Thường trực tỉnh",
                        null,
                        null));
        fixture.signOut();
        String toOpen = "/plans/" + plan.getId() + "/reports?year=2026&kind=SIX_MONTH#open-report";

        List<Map<String, Object>> due = items(staff, "REPORT_DUE");
        assertThat(due)
                .as("the facility's report only: the regime line of the communes does not ask a facility")
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.get("href")).isEqualTo(toOpen);
                    assertThat((String) i.get("title")).contains("72/KH-WL");
                    assertThat((String) i.get("detail"))
                            .contains("hạn 12/06/2026")
                            .contains("chưa lập báo cáo");
                    assertThat(i.get("date")).isEqualTo("2026-06-12");
                });
        assertThat(home(staff)).contains("href=\"" + toOpen.replace("&", "&amp;") + "\"");
        assertThat(items(laterStaff, "REPORT_DUE")).isEmpty();
        // the commune's officers are not asked for the facility's report (their own line is dated 15/6)
        assertThat(items("xa1", "REPORT_DUE"))
                .noneSatisfy(i -> assertThat(i.get("date")).isEqualTo("2026-06-12"));

        // opened: the draft is listed instead, until it is sent
        fixture.signIn(staff);
        Report draft = reports.open(plan.getId(), ReportKind.SIX_MONTH, 2026, null);
        fixture.signOut();
        assertThat(items(staff, "REPORT_DUE")).singleElement().satisfies(i -> {
            assertThat(i.get("href")).isEqualTo("/reports/" + draft.getId());
            assertThat((String) i.get("detail")).contains("đang soạn");
        });
        fixture.signIn(staff);
        Report written = reports.write(
                draft.getId(), new ReportText("02/BC-CSCN", "Tiếp nhận 40 học viên", null, null, null, 0L));
        reports.submit(draft.getId(), written.getVersion());
        fixture.signOut();
        assertThat(items(staff, "REPORT_DUE")).isEmpty();
    }

    List<Map<String, Object>> items(String username, String group) throws Exception {
        return JsonPath.read(api(username, "?size=200&group=" + group), "$.items");
    }

    String api(String username, String query) throws Exception {
        return mvc.perform(get("/api/v1/work-list" + query).with(httpBasic(username, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    String home(String username) throws Exception {
        return page(username, "/");
    }

    String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(accounts.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
