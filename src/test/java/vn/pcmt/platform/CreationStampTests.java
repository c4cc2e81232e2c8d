package vn.pcmt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.EliminationForm;
import vn.pcmt.hotspots.internal.Hotspot;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.internal.ManualMetricForm;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.internal.ClockConfiguration;

/** {@code created_at}/{@code created_by} are stamped once, on insert, by JPA auditing (ADR 021). */
@PcmtTest
class CreationStampTests {

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestClock clock;

    @Autowired
    HotspotService hotspots;

    @Autowired
    ManualFigures manual;

    @Autowired
    AuditorAware<String> creator;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_new_record_is_stamped_with_the_signed_in_user_and_the_application_clock_and_a_change_keeps_the_stamp() {
        Instant created = Instant.parse("2026-03-02T03:04:05Z");
        clock.set(created);
        fixture.signIn("tinh");
        Hotspot hotspot = hotspots.record(new HotspotForm(
                "11953",
                null,
                HotspotShape.POINT,
                HotspotActivity.SELLING,
                "Quán đóng dấu",
                "Số 2 phố Thử",
                new BigDecimal("20.650000"),
                new BigDecimal("106.050000"),
                BusinessKind.KARAOKE,
                "Karaoke Dấu",
                created.atZone(ClockConfiguration.ZONE).toLocalDate(),
                "Tin báo",
                null,
                List.of(),
                null));
        assertThat(hotspot.getCreatedBy()).isEqualTo("tinh");
        assertThat(hotspot.getCreatedAt()).isEqualTo(created);

        clock.set(created.plusSeconds(86_400));
        fixture.signIn("xa1");
        hotspots.eliminate(
                hotspot.getId(),
                new EliminationForm(clock.today(), "Đóng cửa cơ sở", "QĐ 2/QĐ-CA", hotspot.getVersion()));

        Map<String, Object> row = jdbc.sql("select created_by, created_at from hotspot where id = ?")
                .param(hotspot.getId())
                .query()
                .singleRow();
        assertThat(row.get("created_by")).isEqualTo("tinh");
        assertThat(((java.sql.Timestamp) row.get("created_at")).toInstant()).isEqualTo(created);
    }

    @Test
    void work_without_a_signed_in_user_is_stamped_system_as_the_audit_history_names_it() {
        fixture.signOut();
        assertThat(creator.getCurrentAuditor()).contains("system");
    }

    @Test
    void the_manual_metric_audit_history_still_carries_who_created_it_and_when() {
        fixture.signIn("tinh");
        ManualMetric metric = manual.define(
                "33",
                new ManualMetricForm(
                        "manual.test_stamp_" + System.nanoTime(),
                        "Số liệu đóng dấu",
                        null,
                        MetricKind.FLOW,
                        "vụ",
                        null));

        Map<String, Object> first = jdbc.sql(
                        "select created_by, created_at from manual_metric_aud where id = ? order by rev limit 1")
                .param(metric.getId())
                .query()
                .singleRow();
        assertThat(first.get("created_by")).isEqualTo("tinh");
        assertThat(first.get("created_at")).isNotNull();
    }
}
