package vn.pcmt.outreach;

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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.outreach.internal.ActivityForm;
import vn.pcmt.outreach.internal.Audience;
import vn.pcmt.outreach.internal.IndustrialZone;
import vn.pcmt.outreach.internal.Medium;
import vn.pcmt.outreach.internal.MediumForm;
import vn.pcmt.outreach.internal.MediumKind;
import vn.pcmt.outreach.internal.OutreachActivity;
import vn.pcmt.outreach.internal.OutreachForm;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.outreach.internal.School;
import vn.pcmt.outreach.internal.SchoolForm;
import vn.pcmt.outreach.internal.SchoolLevel;
import vn.pcmt.outreach.internal.ZoneForm;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * Outreach as rules and figures (NB1, HY8) across 1/7/2025: an activity of 2024 in Phường An Tảo (11956), a ward
 * merged into Phường Phố Hiến (11953), reaches a school recorded in Phố Hiến and counts in Phố Hiến's 2024 figures.
 */
@PcmtTest
class OutreachTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate Y24 = LocalDate.of(2024, 1, 1);
    static final LocalDate E24 = LocalDate.of(2024, 12, 31);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    OutreachService outreach;

    @Autowired
    Metrics metrics;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'OUTREACH', '2023-01-01'"
                        + " from admin_unit where code = '33' and valid_to is null and not exists (select 1 from"
                        + " register_start s where s.register = 'OUTREACH' and s.deleted_at is null"
                        + " and s.unit_id = admin_unit.id)")
                .update();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private BigDecimal figure(String metric, String unit, LocalDate from, LocalDate to) {
        return metrics.value("outreach." + metric, unit, from, to).value();
    }

    private BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static ActivityForm activity(
            LocalDate on, OutreachForm form, List<String> communes, List<Long> schools, List<Long> zones, Long medium) {
        return new ActivityForm(
                on,
                form,
                Audience.STUDENTS,
                "Nói chuyện chuyên đề",
                communes,
                schools,
                zones,
                medium,
                120,
                null,
                null,
                null);
    }

    @Test
    void figures_count_communes_schools_zones_workers_and_media_across_the_reform() {
        fixture.signIn("tinh");
        BigDecimal schools24 = zeroIfNull(figure("schools", "11953", Y24, E24));
        BigDecimal reached24 = zeroIfNull(figure("schools_reached", "11953", Y24, E24));
        BigDecimal articles24 = zeroIfNull(figure("articles_broadcasts", "33", Y24, E24));
        BigDecimal workers24 = zeroIfNull(figure("workers", "33", Y24, E24));
        BigDecimal workersReached24 = zeroIfNull(figure("workers_reached", "33", Y24, E24));
        BigDecimal major24 = zeroIfNull(figure("major_media", "33", Y24, E24));
        BigDecimal column24 = zeroIfNull(figure("major_media_with_column", "33", Y24, E24));

        School a = outreach.addSchool(
                new SchoolForm("11953", "Trường THCS Thử A", SchoolLevel.LOWER_SECONDARY, null, null, null));
        School b = outreach.addSchool(
                new SchoolForm("11953", "Trường Tiểu học Thử B", SchoolLevel.PRIMARY, null, null, null));
        IndustrialZone zone =
                outreach.addZone(new ZoneForm("Cụm công nghiệp Thử", List.of("11953"), 1500, TODAY, null));
        Medium paper = outreach.addMedium(
                new MediumForm("33", "Báo Thử", MediumKind.NEWSPAPER, true, LocalDate.of(2023, 1, 1), null, null));
        outreach.addMedium(new MediumForm(
                "33", "Đài Thử", MediumKind.RADIO, true, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30), null));

        // a talk of 2024 in the former ward reaches school A (recorded in the ward of today) and the zone
        OutreachActivity talk = outreach.record(activity(
                LocalDate.of(2024, 5, 10),
                OutreachForm.TALK,
                List.of("11956"),
                List.of(a.getId()),
                List.of(zone.getId()),
                null));
        assertThat(outreach.unitOf(talk.getCommuneIds().iterator().next()).validTo())
                .as("the commune version in force on the day")
                .isNotNull();
        assertThatThrownBy(() -> outreach.record(activity(
                        LocalDate.of(2024, 6, 1), OutreachForm.ARTICLE, List.of("11956"), List.of(), List.of(), null)))
                .hasMessageContaining("outreach.medium.required");
        outreach.record(activity(
                LocalDate.of(2024, 6, 1), OutreachForm.ARTICLE, List.of("11956"), List.of(), List.of(), paper.getId()));

        assertThat(figure("schools", "11953", Y24, E24)).isEqualByComparingTo(schools24.add(BigDecimal.valueOf(2)));
        assertThat(figure("schools_reached", "11953", Y24, E24))
                .as("school A only; B was not reached")
                .isEqualByComparingTo(reached24.add(BigDecimal.ONE));
        assertThat(figure("schools_reached", "11953", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .as("nothing reached in 2025")
                .isLessThan(figure("schools", "11953", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(figure("communes_reached", "11956", Y24, E24)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(figure("communes_reached", "11953", Y24, E24))
                .as("Phố Hiến of today counts its former wards reached in 2024")
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(figure("articles_broadcasts", "33", Y24, E24)).isEqualByComparingTo(articles24.add(BigDecimal.ONE));
        assertThat(figure("workers", "33", Y24, E24)).isEqualByComparingTo(workers24.add(BigDecimal.valueOf(1500)));
        assertThat(figure("workers_reached", "33", Y24, E24))
                .isEqualByComparingTo(workersReached24.add(BigDecimal.valueOf(1500)));
        assertThat(figure("major_media", "33", Y24, E24)).isEqualByComparingTo(major24.add(BigDecimal.valueOf(2)));
        assertThat(figure("major_media_with_column", "33", Y24, E24))
                .as("the radio's column ended in 2023")
                .isEqualByComparingTo(column24.add(BigDecimal.ONE));
        assertThat(metrics.value("outreach.schools", "33", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                        .value())
                .as("before the register's start: no data, not zero")
                .isNull();

        // a soft delete leaves the figures and keeps the row
        BigDecimal before = figure("articles_broadcasts", "33", Y24, E24);
        OutreachActivity article = outreach.record(activity(
                LocalDate.of(2024, 7, 1),
                OutreachForm.BROADCAST,
                List.of("11956"),
                List.of(),
                List.of(),
                paper.getId()));
        assertThat(figure("articles_broadcasts", "33", Y24, E24)).isEqualByComparingTo(before.add(BigDecimal.ONE));
        long id = article.getId();
        assertThatThrownBy(() -> outreach.delete(id, article.getVersion() + 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        outreach.delete(id, article.getVersion());
        assertThat(figure("articles_broadcasts", "33", Y24, E24)).isEqualByComparingTo(before);
        assertThat(jdbc.sql("select deleted_by from outreach_activity where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("tinh");
        assertThat(outreach.school(b.getId()).getName()).isEqualTo("Trường Tiểu học Thử B");
    }

    @Test
    void schools_must_lie_in_the_communes_reached_and_be_open_and_every_change_stays_in_the_jurisdiction() {
        fixture.signIn("tinh");
        School elsewhere = outreach.addSchool(
                new SchoolForm("11977", "Trường Tân Hưng Thử", SchoolLevel.PRIMARY, null, null, null));
        School closed = outreach.addSchool(new SchoolForm(
                "11953", "Trường đã giải thể", SchoolLevel.PRIMARY, null, LocalDate.of(2025, 8, 31), null));
        assertThatThrownBy(() -> outreach.record(activity(
                        TODAY, OutreachForm.TALK, List.of("11953"), List.of(elsewhere.getId()), List.of(), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("outreach.school.elsewhere");
        assertThatThrownBy(() -> outreach.record(
                        activity(TODAY, OutreachForm.TALK, List.of("11953"), List.of(closed.getId()), List.of(), null)))
                .hasMessageContaining("outreach.school.notInForce");
        assertThatThrownBy(() -> outreach.record(
                        activity(TODAY.plusDays(1), OutreachForm.TALK, List.of("11953"), List.of(), List.of(), null)))
                .hasMessageContaining("outreach.future");
        assertThatThrownBy(() -> outreach.addMedium(new MediumForm(
                        "33",
                        "Báo sai",
                        MediumKind.TV,
                        true,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2023, 1, 1),
                        null)))
                .hasMessageContaining("outreach.medium.columnUntil");

        fixture.signIn("xa1");
        assertThatThrownBy(() -> outreach.record(
                        activity(TODAY, OutreachForm.TALK, List.of("11953", "11977"), List.of(), List.of(), null)))
                .as("a commune officer records in their commune only")
                .isInstanceOf(OutsideJurisdictionException.class);
        OutreachActivity own = outreach.record(
                activity(TODAY, OutreachForm.LOUDSPEAKER, List.of("11953"), List.of(), List.of(), null));
        assertThatThrownBy(() -> outreach.addMedium(
                        new MediumForm("33", "Báo phường", MediumKind.PORTAL, false, null, null, null)))
                .as("media are the province's")
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThat(outreach.media("11953"))
                .as("the commune reads its province's media")
                .isNotEmpty();

        fixture.signIn("xa2");
        assertThatThrownBy(() -> outreach.activity(own.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> outreach.school(closed.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThat(outreach.activities("11977", TODAY.withDayOfYear(1), TODAY))
                .extracting(r -> r.id())
                .doesNotContain(own.getId());

        fixture.signIn("tinh");
        OutreachActivity two = outreach.record(
                activity(TODAY, OutreachForm.CONFERENCE, List.of("11953", "11977"), List.of(), List.of(), null));
        long twoId = two.getId();
        long twoVersion = two.getVersion();
        fixture.signIn("xa1");
        assertThat(outreach.activity(twoId).getTitle())
                .as("read by either commune")
                .isNotBlank();
        assertThatThrownBy(() -> outreach.delete(twoId, twoVersion))
                .as("changed only by whoever covers every commune")
                .isInstanceOf(OutsideJurisdictionException.class);

        fixture.signIn("admin");
        assertThatThrownBy(() -> outreach.schools("33")).isInstanceOf(AccessDeniedException.class);
    }
}
