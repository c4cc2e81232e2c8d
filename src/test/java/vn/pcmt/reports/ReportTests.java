package vn.pcmt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportStatus;
import vn.pcmt.reports.internal.ReportStep;
import vn.pcmt.reports.internal.ReportText;

/** A commune's report: pre-filled, written, submitted, returned, resubmitted, accepted; and its Word file. */
@PcmtTest
class ReportTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

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

    /** A plan issued on New Year's day, running from the first of January last year to the end of this year. */
    Plan plan() {
        LocalDate newYear = clock.today().withDayOfYear(1);
        return plan(newYear, newYear.minusYears(1), newYear.plusYears(1).minusDays(1));
    }

    Plan plan(LocalDate issuedOn, LocalDate from, LocalDate to) {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33", "5/KH-UBND", "Kế hoạch báo cáo thử", "UBND tỉnh Hưng Yên", issuedOn, from, to, null, null));
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
        return plan;
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    vn.pcmt.TestAccounts accounts;

    @Test
    void a_report_is_due_soon_fifteen_days_before_its_deadline_and_late_the_day_after_until_it_is_sent()
            throws Exception {
        clock.setToday(LocalDate.of(2026, 5, 30));
        Plan plan = plan();
        fixture.signIn("xa1");
        Report report = reports.open(plan.getId(), ReportKind.SIX_MONTH, 2026, null);
        assertThat(report.getDueOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(reports.dueSoon(15)).extracting(Report::getId).doesNotContain(report.getId());

        clock.setToday(LocalDate.of(2026, 5, 31));
        assertThat(reports.dueSoon(15)).extracting(Report::getId).contains(report.getId());
        clock.setToday(LocalDate.of(2026, 6, 15));
        assertThat(home("xa1")).containsPattern(dueBadge(report, "REPORT_DUE")).contains("Báo cáo sắp đến hạn");
        clock.setToday(LocalDate.of(2026, 6, 16));
        assertThat(home("xa1")).containsPattern(dueBadge(report, "REPORT_LATE")).contains("Báo cáo quá hạn");

        fixture.signIn("xa1");
        Report written = reports.write(
                report.getId(), new ReportText(null, "Kết quả 6 tháng", null, null, null, report.getVersion()));
        reports.submit(report.getId(), written.getVersion());
        assertThat(reports.dueSoon(15)).extracting(Report::getId).doesNotContain(report.getId());
        fixture.signIn("xa2");
        assertThat(reports.dueSoon(3650)).extracting(Report::getUnitId).doesNotContain(report.getUnitId());
    }

    /** The home page of the user, as the browser gets it. */
    String home(String username) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(accounts.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The report's line on the home page's work list, in its group (ADR 047). */
    static java.util.regex.Pattern dueBadge(Report report, String group) {
        return java.util.regex.Pattern.compile(
                "href=\"/reports/" + report.getId() + "\"\\s+data-group=\"" + group + "\"");
    }

    @Test
    void an_ad_hoc_report_runs_from_new_year_to_the_day_it_is_opened_and_its_document_bears_its_last_day() {
        clock.setToday(LocalDate.of(2026, 12, 31));
        Plan plan = plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        fixture.signIn("xa1");
        Report yearEnd = reports.open(plan.getId(), ReportKind.AD_HOC, 2026, null);
        assertThat(yearEnd.getPeriodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(yearEnd.getPeriodTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(yearEnd.getDueOn()).isNull();

        clock.setToday(LocalDate.of(2027, 1, 1));
        Report newYear = reports.open(plan.getId(), ReportKind.AD_HOC, 2027, null);
        assertThat(newYear.getPeriodFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(newYear.getPeriodTo()).isEqualTo(LocalDate.of(2027, 1, 1));

        clock.setToday(LocalDate.of(2027, 1, 20));
        assertThat(docxText(yearEnd)).contains("ngày 31 tháng 12 năm 2026");
    }

    String docxText(Report report) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.docx(report.getId())));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_report_goes_from_draft_to_accepted_through_a_return() throws Exception {
        Plan plan = plan();
        fixture.signIn("xa1");
        Report report = reports.open(plan.getId(), ReportKind.ANNUAL, TODAY.getYear(), null);
        assertThat(reports.unitOf(report).code()).isEqualTo("11953");
        assertThat(reports.figures(report.getId())).singleElement().satisfies(p -> assertThat(p.code())
                .isEqualTo("T1"));
        assertThatThrownBy(() -> reports.submit(report.getId(), report.getVersion()))
                .hasMessageContaining("report.results.required");
        Report written = reports.write(
                report.getId(),
                new ReportText(
                        "12/BC-CAX",
                        "Đã triệt xóa 2 điểm.",
                        "Còn điểm mới",
                        "Địa bàn giáp ranh",
                        "Tăng cường tuần tra",
                        report.getVersion()));
        Report submitted = reports.submit(report.getId(), written.getVersion());
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.getFigures()).contains("\"code\":\"T1\"");
        assertThatThrownBy(() -> reports.write(
                        report.getId(),
                        new ReportText(null, "Sửa sau khi gửi", null, null, null, submitted.getVersion())))
                .hasMessageContaining("report.notEditable");
        assertThatThrownBy(() -> reports.accept(report.getId(), null, submitted.getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        fixture.signIn("tinh");
        assertThatThrownBy(() -> reports.sendBack(report.getId(), " ", submitted.getVersion()))
                .hasMessageContaining("report.return.commentRequired");
        Report returned = reports.sendBack(report.getId(), "Bổ sung số liệu quý IV", submitted.getVersion());
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);

        fixture.signIn("xa1");
        Report again = reports.write(
                report.getId(),
                new ReportText(
                        "12/BC-CAX",
                        "Đã triệt xóa 2 điểm; quý IV không phát sinh.",
                        null,
                        null,
                        null,
                        returned.getVersion()));
        Report resubmitted = reports.submit(report.getId(), again.getVersion());

        fixture.signIn("tinh");
        Report accepted = reports.accept(report.getId(), "Đạt yêu cầu", resubmitted.getVersion());
        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(reports.steps(report.getId()))
                .extracting(ReportStep::step)
                .containsExactly("OPEN", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT");

        byte[] docx = reports.docx(report.getId());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Số: 12/BC-CAX")
                    .contains("BÁO CÁO")
                    .contains("báo cáo năm " + TODAY.getYear())
                    .doesNotContain("năm năm")
                    .contains("quý IV không phát sinh")
                    .contains("T1")
                    .contains("Nơi nhận:");
        }

        fixture.signIn("xa2");
        assertThatThrownBy(() -> reports.get(report.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThat(reports.ofPlan(plan.getId())).noneMatch(r -> r.getId().equals(report.getId()));
    }

    @Autowired
    vn.pcmt.plans.ReportingRegimes regimes;

    @Test
    void the_regime_sets_period_and_deadline_and_the_province_gathers_the_accepted_reports() {
        Plan plan = plan();
        int year = TODAY.getYear();
        assertThatThrownBy(() -> regimes.add(
                        plan.getId(),
                        new vn.pcmt.plans.internal.RegimeForm(
                                ReportKind.ANNUAL,
                                vn.pcmt.plans.Reporters.COMMUNES,
                                11,
                                31,
                                11,
                                20,
                                null,
                                "Công an tỉnh")))
                .hasMessageContaining("plan.regime.dayInvalid");
        assertThatThrownBy(() -> regimes.add(
                        plan.getId(),
                        new vn.pcmt.plans.internal.RegimeForm(
                                ReportKind.ANNUAL,
                                vn.pcmt.plans.Reporters.COMMUNES,
                                11,
                                25,
                                11,
                                20,
                                null,
                                "Công an tỉnh")))
                .hasMessageContaining("plan.regime.dueBeforeEnd");
        regimes.add(
                plan.getId(),
                new vn.pcmt.plans.internal.RegimeForm(
                        ReportKind.ANNUAL, vn.pcmt.plans.Reporters.COMMUNES, 11, 15, 11, 20, null, "Công an tỉnh"));
        regimes.add(
                plan.getId(),
                new vn.pcmt.plans.internal.RegimeForm(
                        ReportKind.ANNUAL, vn.pcmt.plans.Reporters.DEPARTMENTS, 11, 15, 11, 25, null, "Công an tỉnh"));
        assertThat(reports.outstanding(plan.getId(), ReportKind.ANNUAL, year)).contains("Phường Phố Hiến");

        // the commune's annual report runs to 15/11 and is due on 20/11, as the regime says
        fixture.signIn("xa1");
        Report commune = reports.open(plan.getId(), ReportKind.ANNUAL, year, null);
        assertThat(commune.getPeriodTo()).isEqualTo(LocalDate.of(year, 11, 15));
        assertThat(commune.getDueOn()).isEqualTo(LocalDate.of(year, 11, 20));
        commune = reports.write(
                commune.getId(),
                new ReportText(null, "Xã đã triệt xóa 2 điểm.", null, null, "Thêm camera", commune.getVersion()));
        commune = reports.submit(commune.getId(), commune.getVersion());

        // the department of health reports as itself, due 25/11; another commune's officer cannot write it
        fixture.signIn("soyte");
        Report health = reports.open(plan.getId(), ReportKind.ANNUAL, year, null);
        assertThat(health.getAgencyId()).isNotNull();
        assertThat(reports.reporterName(health)).isEqualTo("Sở Y tế");
        assertThat(health.getDueOn()).isEqualTo(LocalDate.of(year, 11, 25));
        health = reports.write(
                health.getId(),
                new ReportText(null, "Sở đã tập huấn 40 cán bộ y tế.", null, null, null, health.getVersion()));
        Report sentByHealth = reports.submit(health.getId(), health.getVersion());
        fixture.signIn("xa1");
        assertThatThrownBy(() -> reports.get(sentByHealth.getId())).isInstanceOf(OutsideJurisdictionException.class);

        fixture.signIn("tinh");
        reports.accept(commune.getId(), null, commune.getVersion());
        reports.accept(sentByHealth.getId(), null, sentByHealth.getVersion());
        assertThat(reports.outstanding(plan.getId(), ReportKind.ANNUAL, year)).doesNotContain("Phường Phố Hiến");
        Report province = reports.open(plan.getId(), ReportKind.ANNUAL, year, "33");
        assertThat(reports.gathered(province.getId()).reports()).hasSize(2);
        Report gathered = reports.gather(province.getId(), province.getVersion());
        assertThat(gathered.getResults())
                .contains("Phường Phố Hiến: Xã đã triệt xóa 2 điểm.")
                .contains("Sở Y tế: Sở đã tập huấn 40 cán bộ y tế.");
        assertThat(gathered.getProposals()).isEqualTo("Phường Phố Hiến: Thêm camera");
        // a commune's report gathers nothing
        assertThat(reports.gathered(commune.getId()).reports()).isEmpty();
    }

    @Test
    void the_report_list_api_names_the_reporter_and_leaves_the_figures_to_each_report() throws Exception {
        Plan plan = plan();
        fixture.signIn("xa1");
        reports.open(plan.getId(), ReportKind.SIX_MONTH, TODAY.getYear(), null);
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/plans/" + plan.getId() + "/reports")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("tinh", vn.pcmt.TestAccounts.PASSWORD)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("\"reporter\":\"Phường Phố Hiến\"").doesNotContain("\"figures\"");
    }

    @Test
    void a_reports_answer_is_the_lists_fields_and_its_text_figures_and_steps_in_one_flat_object() throws Exception {
        Plan plan = plan();
        fixture.signIn("xa1");
        Report report = reports.open(plan.getId(), ReportKind.SIX_MONTH, TODAY.getYear(), null);
        var basic =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "tinh", vn.pcmt.TestAccounts.PASSWORD);
        var json = new tools.jackson.databind.ObjectMapper();
        var list = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/plans/" + plan.getId() + "/reports")
                        .with(basic))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var one = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/reports/" + report.getId())
                        .with(basic))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        java.util.List<String> summary = java.util.List.of(
                "id",
                "kind",
                "unitCode",
                "agencyId",
                "reporter",
                "periodFrom",
                "periodTo",
                "dueOn",
                "status",
                "version");
        assertThat(list.get(0).propertyNames()).containsExactlyInAnyOrderElementsOf(summary);
        assertThat(one.propertyNames())
                .containsAll(summary)
                .contains("planId", "number", "results", "limits", "causes", "proposals", "reviewerComment")
                .contains("figures", "steps")
                .doesNotContain("summary")
                .hasSize(summary.size() + 9);
        assertThat(one.get("id").asLong()).isEqualTo(report.getId());
        assertThat(one.get("version").asLong()).isEqualTo(report.getVersion());
        assertThat(one.get("planId").asLong()).isEqualTo(plan.getId());
        assertThat(one.get("status").asString()).isEqualTo("DRAFT");
    }

    @Autowired
    vn.pcmt.TestTokens tokens;

    @Test
    void only_a_units_own_reporters_open_its_report_once_for_a_year_of_the_plan() throws Exception {
        Plan plan = plan();
        fixture.signOut();
        String open = "/api/v1/plans/" + plan.getId() + "/reports?kind=ANNUAL&year=" + TODAY.getYear();
        // a department opens its own report, never a commune's
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(open + "&unit=11953")
                        .with(tokens.bearer("soyte")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        // nor does the province's office, nor another commune
        for (String user : java.util.List.of("tinh", "xa2")) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(open + "&unit=11953")
                            .with(tokens.bearer(user)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .isForbidden());
        }
        var xa1 = tokens.bearer("xa1");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(open + "&unit=11953")
                        .with(xa1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(open)
                        .with(xa1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("report.exists"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/plans/" + plan.getId() + "/reports?kind=ANNUAL&year=-1")
                        .with(xa1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("report.year.outsidePlan"));
    }
}
