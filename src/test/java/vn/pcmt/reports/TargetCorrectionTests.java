package vn.pcmt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportText;

/**
 * A target corrected after a report was accepted: the accepted report keeps the threshold and figures it was judged
 * on (in its pages and its files); a report opened after the correction uses the new threshold.
 */
@PcmtTest
class TargetCorrectionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

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

    static PlanTargetForm target(Comparison comparison, String threshold) {
        return new PlanTargetForm(
                "T1",
                "Không còn điểm, tụ điểm hoạt động",
                "hotspots.active",
                TargetForm.VALUE,
                null,
                comparison,
                new BigDecimal(threshold),
                true,
                null);
    }

    @Test
    void an_accepted_report_keeps_what_it_was_judged_on_and_a_new_report_uses_the_corrected_target() {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                "9/KH-UBND",
                "Kế hoạch sửa chỉ tiêu",
                "UBND tỉnh Hưng Yên",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        plan = plans.adopt(plan.getId(), plan.getVersion());
        PlanTarget t1 = plans.addTarget(plan.getId(), target(Comparison.LE, "0"));

        fixture.signIn("xa1");
        Report report = reports.open(plan.getId(), ReportKind.SIX_MONTH, 2026, null);
        Report written = reports.write(
                report.getId(), new ReportText("1/BC", "Kết quả 6 tháng", null, null, null, report.getVersion()));
        Report submitted = reports.submit(report.getId(), written.getVersion());
        fixture.signIn("tinh");
        reports.accept(report.getId(), null, submitted.getVersion());
        TargetProgress judged = single(reports.figures(report.getId()));
        assertThat(judged.threshold()).isEqualByComparingTo("0");
        assertThat(judged.comparison()).isEqualTo(Comparison.LE);

        // the office corrects the target: at most 3 active hotspots, written differently
        plans.correctTarget(
                plan.getId(),
                t1.getId(),
                new PlanTargetForm(
                        "T1",
                        "Không quá 3 điểm, tụ điểm hoạt động",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LT,
                        new BigDecimal("3"),
                        true,
                        null),
                t1.getVersion());

        // the accepted report is unchanged: threshold, comparison, text and value as judged, in its files too
        fixture.signIn("xa1");
        TargetProgress kept = single(reports.figures(report.getId()));
        assertThat(kept).isEqualTo(judged);
        assertThat(kept.text()).isEqualTo("Không còn điểm, tụ điểm hoạt động");

        // a report opened after the correction is judged on the corrected target
        Report next = reports.open(plan.getId(), ReportKind.AD_HOC, 2026, null);
        TargetProgress now = single(reports.figures(next.getId()));
        assertThat(now.threshold()).isEqualByComparingTo("3");
        assertThat(now.comparison()).isEqualTo(Comparison.LT);
        assertThat(now.text()).isEqualTo("Không quá 3 điểm, tụ điểm hoạt động");
        // and the target's history holds both versions
        fixture.signIn("tinh");
        assertThat(plans.targetHistory(plan.getId(), t1.getId()))
                .extracting(r -> r.value().comparison())
                .containsExactly(Comparison.LE, Comparison.LT);
    }

    static TargetProgress single(List<TargetProgress> figures) {
        assertThat(figures).hasSize(1);
        return figures.get(0);
    }
}
