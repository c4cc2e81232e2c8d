package vn.pcmt.businesses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.businesses.internal.Business;
import vn.pcmt.businesses.internal.BusinessForm;
import vn.pcmt.businesses.internal.BusinessKind;
import vn.pcmt.businesses.internal.BusinessService;
import vn.pcmt.businesses.internal.InspectionForm;
import vn.pcmt.businesses.internal.LicenceAction;
import vn.pcmt.businesses.internal.LicenceForm;
import vn.pcmt.businesses.internal.LicenceStatus;
import vn.pcmt.businesses.internal.Violation;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * Businesses under security conditions as rules: the licence workflow, inspections and their figures across
 * 1/7/2025 (a guest house of Phường An Tảo, 11956, inspected in 2024 counts in Phường Phố Hiến's 2024 figure).
 */
@PcmtTest
class BusinessTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    BusinessService businesses;

    @Autowired
    Metrics metrics;

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

    static BusinessForm form(String commune, LocalDate licensed) {
        return new BusinessForm(
                commune,
                BusinessKind.HOTEL_GUEST_HOUSE,
                "Nhà nghỉ Thử",
                "Số 2 phố Thử",
                "Trần Văn Chủ",
                "12/GCN",
                licensed,
                null,
                null);
    }

    static InspectionForm inspection(LocalDate on, Set<Violation> found) {
        return new InspectionForm(on, "Tổ kiểm tra liên ngành", "Công an, Văn hóa", found, "Lập biên bản", null, null);
    }

    private BigDecimal figure(String metric, String unit, LocalDate from, LocalDate to) {
        return metrics.value("businesses." + metric, unit, from, to).value();
    }

    @Test
    void the_licence_workflow_allows_only_its_steps() {
        assertThat(LicenceStatus.ACTIVE.allows(LicenceAction.SUSPEND)).isTrue();
        assertThat(LicenceStatus.ACTIVE.allows(LicenceAction.REINSTATE)).isFalse();
        assertThat(LicenceStatus.SUSPENDED.next(LicenceAction.REINSTATE)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(LicenceStatus.SUSPENDED.next(LicenceAction.REVOKE)).isEqualTo(LicenceStatus.REVOKED);
        for (LicenceAction a : LicenceAction.values()) {
            assertThat(LicenceStatus.REVOKED.allows(a)).as("revoked is final").isFalse();
        }
    }

    @Test
    void figures_follow_unit_history_and_count_inspections_with_violations_and_revocations_by_their_day() {
        fixture.signIn("tinh");
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'BUSINESSES', '2023-01-01'"
                        + " from admin_unit where code = '33' and valid_to is null and not exists (select 1 from"
                        + " register_start s where s.register = \'BUSINESSES\' and s.deleted_at is null"
                        + " and s.unit_id = admin_unit.id)")
                .update();
        LocalDate y24 = LocalDate.of(2024, 1, 1);
        LocalDate e24 = LocalDate.of(2024, 12, 31);
        LocalDate y26 = LocalDate.of(2026, 1, 1);
        assertThat(figure("inspections", "11953", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .as("before the register: no data")
                .isNull();
        BigDecimal inspected24 = figure("inspected", "11953", y24, e24);
        BigDecimal inspections24 = figure("inspections", "11953", y24, e24);
        BigDecimal violations24 = figure("inspections_with_violations", "11953", y24, e24);
        BigDecimal revoked26 = figure("licences_revoked", "11953", y26, TODAY);

        Business b = businesses.register(form("11956", LocalDate.of(2020, 5, 1)));
        assertThat(businesses.communeOf(b).code())
                .as("a code that ended: the commune of the licence date")
                .isEqualTo("11956");
        businesses.inspect(b.getId(), inspection(LocalDate.of(2024, 4, 1), Set.of()));
        businesses.inspect(
                b.getId(),
                inspection(
                        LocalDate.of(2024, 9, 1),
                        EnumSet.of(Violation.DRUG_USE_ON_PREMISES, Violation.NO_GUEST_REGISTER)));
        b = businesses.decide(
                b.getId(), new LicenceForm(LicenceAction.SUSPEND, LocalDate.of(2025, 10, 1), "QĐ 1", b.getVersion()));
        b = businesses.decide(
                b.getId(), new LicenceForm(LicenceAction.REVOKE, LocalDate.of(2026, 2, 1), "QĐ 2", b.getVersion()));
        assertThat(b.getLicenceStatus()).isEqualTo(LicenceStatus.REVOKED);

        assertThat(figure("inspected", "11953", y24, e24))
                .as("one business, inspected twice")
                .isEqualByComparingTo(inspected24.add(BigDecimal.ONE));
        assertThat(figure("inspections", "11953", y24, e24))
                .isEqualByComparingTo(inspections24.add(BigDecimal.valueOf(2)));
        assertThat(figure("inspections_with_violations", "11953", y24, e24))
                .isEqualByComparingTo(violations24.add(BigDecimal.ONE));
        assertThat(figure("licences_revoked", "11953", y26, TODAY)).isEqualByComparingTo(revoked26.add(BigDecimal.ONE));
        assertThat(figure("inspections", "11956", y24, e24)).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));

        long id = b.getId();
        long version = b.getVersion();
        assertThatThrownBy(() -> businesses.decide(id, new LicenceForm(LicenceAction.REINSTATE, TODAY, null, version)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("business.licence.notAllowed");
        assertThatThrownBy(() -> businesses.decide(id, new LicenceForm(LicenceAction.REVOKE, TODAY, null, version - 1)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void inspections_are_refused_in_the_future_before_the_licence_and_outside_the_jurisdiction() {
        fixture.signIn("xa1");
        Business b = businesses.register(form("11953", LocalDate.of(2025, 8, 1)));
        assertThatThrownBy(() -> businesses.inspect(b.getId(), inspection(TODAY.plusDays(1), Set.of())))
                .hasMessageContaining("business.future");
        assertThatThrownBy(() -> businesses.inspect(b.getId(), inspection(LocalDate.of(2025, 7, 1), Set.of())))
                .hasMessageContaining("business.inspection.beforeLicence");
        assertThatThrownBy(() -> businesses.register(form("11977", null)))
                .isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("xa2");
        assertThatThrownBy(() -> businesses.inspect(b.getId(), inspection(TODAY, Set.of())))
                .isInstanceOf(OutsideJurisdictionException.class);
        fixture.signIn("soyte");
        assertThatThrownBy(() -> businesses.register(form("11953", null))).isInstanceOf(AccessDeniedException.class);
    }
}
