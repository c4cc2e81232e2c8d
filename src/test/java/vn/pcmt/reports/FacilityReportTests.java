package vn.pcmt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportText;

/**
 * Facilities as reporters (issue 16 item 6, ADR 043): a regime names the rehab facilities of the province; a facility
 * is asked until its staff submit; the standing office reviews the report as any other; nobody else writes it.
 */
@PcmtTest
class FacilityReportTests {

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
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_facility_is_asked_writes_submits_and_the_office_accepts() {
        long ward = jdbc.sql("select id from admin_unit where code = '11953' and valid_to is null")
                .query(Long.class)
                .single();
        String name = "Cơ sở cai nghiện báo cáo " + System.nanoTime();
        long facility = accounts.rehabFacility(ward, name);
        long other = accounts.rehabFacility(ward, name + " khác");
        String staff = "report_staff_" + System.nanoTime();
        String otherStaff = staff + "_other";
        accounts.createAtFacility(staff, facility);
        accounts.createAtFacility(otherStaff, other);

        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                "9/KH-CSCN-" + System.nanoTime() % 10_000,
                "Kế hoạch có báo cáo của cơ sở",
                "UBND tỉnh",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        regimes.add(
                plan.getId(),
                new RegimeForm(ReportKind.ANNUAL, Reporters.FACILITIES, 12, 14, 12, 15, null, "Công an tỉnh", 12, 15));
        assertThat(reports.outstanding(plan.getId(), ReportKind.ANNUAL, 2026)).contains(name, name + " khác");

        fixture.signIn(staff);
        Report report = reports.open(plan.getId(), ReportKind.ANNUAL, 2026, null);
        assertThat(report.getFacilityId()).isEqualTo(facility);
        // the plan starts on 1/1/2026: its first report starts with it (ADR 029)
        assertThat(report.getPeriodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(report.getPeriodTo()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(report.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(reports.ofPlan(plan.getId())).extracting(Report::getId).containsExactly(report.getId());
        assertThat(reports.reporterName(report)).isEqualTo(name);
        Report written = reports.write(
                report.getId(), new ReportText("01/BC-CSCN", "Tiếp nhận 120 học viên", null, null, null, 0L));
        reports.submit(report.getId(), written.getVersion());

        fixture.signIn(otherStaff);
        assertThatThrownBy(() -> reports.get(report.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThat(reports.ofPlan(plan.getId())).isEmpty();

        fixture.signIn("xa1");
        assertThatThrownBy(() -> reports.write(
                        report.getId(), new ReportText("x", "x", null, null, null, written.getVersion() + 1)))
                .isInstanceOf(AccessDeniedException.class);
        Report commune = reports.open(plan.getId(), ReportKind.ANNUAL, 2026, null);
        assertThat(commune.getFacilityId())
                .as("the commune's own report, not the facility's")
                .isNull();
        fixture.signIn(staff);
        assertThatThrownBy(() -> reports.get(commune.getId())).isInstanceOf(OutsideJurisdictionException.class);

        fixture.signIn("tinh");
        assertThat(reports.outstanding(plan.getId(), ReportKind.ANNUAL, 2026))
                .doesNotContain(name)
                .contains(name + " khác");
        Report submitted = reports.get(report.getId());
        Report accepted = reports.accept(report.getId(), "Đạt", submitted.getVersion());
        assertThat(accepted.getStatus().name()).isEqualTo("ACCEPTED");
    }
}
