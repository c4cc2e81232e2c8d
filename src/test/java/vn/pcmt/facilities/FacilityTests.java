package vn.pcmt.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.facilities.internal.AssessmentForm;
import vn.pcmt.facilities.internal.Criterion;
import vn.pcmt.facilities.internal.Facility;
import vn.pcmt.facilities.internal.FacilityForm;
import vn.pcmt.facilities.internal.FacilityKind;
import vn.pcmt.facilities.internal.FacilityService;
import vn.pcmt.facilities.internal.QualificationForm;
import vn.pcmt.facilities.internal.QualificationKind;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;

/**
 * The facility register as rules and HY6/HY7's figures: qualified on a day or not, meeting the law by each
 * criterion's latest assessment, facilities of a ward merged on 1/7/2025 counted in its successor before and after,
 * no data before the register's start, the jurisdiction and the version.
 */
@PcmtTest
class FacilityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String OLD_WARD = "11956";
    static final String WARD = "11953";
    static final String PREFIX = "Thử FacilityTests ";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    FacilityService facilities;

    @Autowired
    Metrics metrics;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
        // earlier runs' facilities out of the figures (soft deletes, as a user would)
        jdbc.sql(
                        "update facility set deleted_at = now(), deleted_by = 'test' where name like :p and deleted_at is null")
                .param("p", PREFIX + "%")
                .update();
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'FACILITIES', '2020-01-01'"
                        + " from admin_unit where code = '33' and valid_to is null and not exists (select 1 from"
                        + " register_start s where s.register = 'FACILITIES' and s.deleted_at is null"
                        + " and s.unit_id = admin_unit.id)")
                .update();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private BigDecimal figure(String metric, String unit, LocalDate on) {
        return metrics.value("facilities." + metric, unit, on, on).value();
    }

    private long count(String metric, String unit, LocalDate on) {
        BigDecimal v = figure(metric, unit, on);
        return v == null ? 0 : v.longValueExact();
    }

    static FacilityForm form(String commune, FacilityKind kind, String name, LocalDate from) {
        return new FacilityForm(
                commune, kind, PREFIX + name, true, null, null, from, null, null, null, null, null, null, null, null);
    }

    @Test
    void hy6_counts_stations_qualified_on_the_day_across_the_reform_and_no_data_before_the_start() {
        fixture.signIn("admin");
        assertThat(figure("health_stations", "86", LocalDate.of(2024, 12, 31)))
                .as("a province with no facility and no start: no data, not zero")
                .isNull();
        fixture.signIn("tinh");
        assertThat(figure("health_stations", "33", LocalDate.of(2019, 12, 31)))
                .as("before the register's start: no data")
                .isNull();

        LocalDate before = LocalDate.of(2024, 5, 31);
        LocalDate after = LocalDate.of(2024, 12, 31);
        long stationsBefore = count("health_stations", WARD, before);
        long qualifiedBefore = count("health_stations_qualified", WARD, before);
        long qualifiedAfter = count("health_stations_qualified", WARD, after);
        long qualifiedNow = count("health_stations_qualified", WARD, TODAY);
        long provinceNow = count("health_stations_qualified", "33", TODAY);

        Facility station = facilities.record(
                form(OLD_WARD, FacilityKind.HEALTH_STATION, "Trạm y tế phường", LocalDate.of(2020, 3, 1)));
        facilities.qualify(
                station.getId(),
                new QualificationForm(
                        QualificationKind.DETERMINE_ADDICTION,
                        LocalDate.of(2024, 6, 1),
                        null,
                        "QĐ 12/QĐ-SYT",
                        station.getVersion()));

        assertThat(count("health_stations", WARD, before))
                .as("the old ward's station in its successor's figure before 1/7/2025")
                .isEqualTo(stationsBefore + 1);
        assertThat(count("health_stations_qualified", WARD, before))
                .as("not yet qualified on 31/5/2024")
                .isEqualTo(qualifiedBefore);
        assertThat(count("health_stations_qualified", WARD, after)).isEqualTo(qualifiedAfter + 1);
        assertThat(count("health_stations_qualified", WARD, TODAY))
                .as("after the reform, in the new ward")
                .isEqualTo(qualifiedNow + 1);
        assertThat(count("health_stations_qualified", "33", TODAY)).isEqualTo(provinceNow + 1);

        // a reception point qualified from 1/1/2024: the commune has a qualified point (HY7)
        Facility point = facilities.record(
                form(OLD_WARD, FacilityKind.RECEPTION_POINT, "Điểm tiếp nhận", LocalDate.of(2021, 1, 1)));
        long communesBefore = count("communes_with_qualified_point", WARD, LocalDate.of(2023, 12, 31));
        facilities.qualify(
                point.getId(),
                new QualificationForm(
                        QualificationKind.RECEPTION_COUNSELLING,
                        LocalDate.of(2024, 1, 1),
                        null,
                        null,
                        point.getVersion()));
        assertThat(count("communes_with_qualified_point", WARD, LocalDate.of(2023, 12, 31)))
                .isEqualTo(communesBefore);
        assertThat(count("communes_with_qualified_point", WARD, TODAY)).isEqualTo(1);
        assertThatThrownBy(() -> facilities.qualify(
                        point.getId(),
                        new QualificationForm(
                                QualificationKind.DETERMINE_ADDICTION,
                                LocalDate.of(2024, 1, 1),
                                null,
                                null,
                                facilities.get(point.getId()).getVersion())))
                .as("a reception point does not determine addiction")
                .hasMessageContaining("facility.qualification.kind.mismatch");
    }

    @Test
    void a_public_rehab_facility_meets_the_law_when_every_criterions_latest_assessment_is_met() {
        fixture.signIn("tinh");
        LocalDate feb = LocalDate.of(2024, 2, 1);
        LocalDate oct = LocalDate.of(2024, 10, 1);
        LocalDate aug = LocalDate.of(2025, 8, 1);
        long meetingFeb = count("public_rehab_meeting_law", WARD, feb);
        long meetingOct = count("public_rehab_meeting_law", WARD, oct);
        long meetingAug = count("public_rehab_meeting_law", WARD, aug);
        long rehabAug = count("public_rehab", WARD, aug);

        Facility f = facilities.record(
                form(OLD_WARD, FacilityKind.PUBLIC_REHAB, "Cơ sở cai nghiện", LocalDate.of(2020, 1, 1)));
        long id = f.getId();
        for (Criterion c : Criterion.values()) {
            if (c != Criterion.SECURITY) {
                facilities.assess(
                        id,
                        new AssessmentForm(
                                c,
                                LocalDate.of(2024, 1, 10),
                                true,
                                "Biên bản",
                                facilities.get(id).getVersion()));
            }
        }
        assertThat(facilities.meetsLaw(id, feb))
                .as("a criterion never assessed is not met")
                .isFalse();
        facilities.assess(
                id,
                new AssessmentForm(
                        Criterion.SECURITY,
                        LocalDate.of(2024, 1, 10),
                        true,
                        null,
                        facilities.get(id).getVersion()));
        facilities.assess(
                id,
                new AssessmentForm(
                        Criterion.STAFF,
                        LocalDate.of(2024, 9, 1),
                        false,
                        "Thiếu bác sĩ",
                        facilities.get(id).getVersion()));
        facilities.assess(
                id,
                new AssessmentForm(
                        Criterion.STAFF,
                        LocalDate.of(2025, 3, 1),
                        true,
                        "Đã bổ sung",
                        facilities.get(id).getVersion()));

        assertThat(facilities.meetsLaw(id, LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(facilities.meetsLaw(id, feb)).isTrue();
        assertThat(facilities.meetsLaw(id, oct))
                .as("the staff criterion's latest, 1/9/2024, not met")
                .isFalse();
        assertThat(facilities.meetsLaw(id, aug)).isTrue();
        assertThat(count("public_rehab_meeting_law", WARD, feb)).isEqualTo(meetingFeb + 1);
        assertThat(count("public_rehab_meeting_law", WARD, oct)).isEqualTo(meetingOct);
        assertThat(count("public_rehab_meeting_law", WARD, aug))
                .as("across the reform")
                .isEqualTo(meetingAug + 1);
        assertThat(count("public_rehab", WARD, aug)).isEqualTo(rehabAug + 1);

        Facility station =
                facilities.record(form(WARD, FacilityKind.HEALTH_STATION, "Trạm y tế mới", LocalDate.of(2025, 7, 1)));
        assertThatThrownBy(() -> facilities.assess(
                        station.getId(), new AssessmentForm(Criterion.STAFF, TODAY, true, null, station.getVersion())))
                .hasMessageContaining("facility.assessment.notPublicRehab");
    }

    @Test
    void an_outsider_is_refused_and_a_stale_version_is_a_conflict() throws Exception {
        fixture.signIn("tinh");
        Facility f = facilities.record(
                form(WARD, FacilityKind.HEALTH_STATION, "Trạm y tế Phố Hiến", LocalDate.of(2025, 7, 1)));
        long id = f.getId();
        long v = f.getVersion();
        assertThatThrownBy(() ->
                        facilities.record(form(WARD, FacilityKind.HEALTH_STATION, "Tương lai", TODAY.plusDays(1))))
                .hasMessageContaining("facility.future");
        assertThatThrownBy(() -> facilities.record(
                        form(WARD, FacilityKind.DISPENSING_POINT, "Điểm cấp phát", LocalDate.of(2025, 7, 1))))
                .hasMessageContaining("facility.clinic.missing");
        assertThatThrownBy(() -> facilities.qualify(
                        id,
                        new QualificationForm(
                                QualificationKind.DETERMINE_ADDICTION, LocalDate.of(2025, 8, 1), null, null, v + 1)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        facilities.qualify(
                id,
                new QualificationForm(QualificationKind.DETERMINE_ADDICTION, LocalDate.of(2025, 8, 1), null, null, v));
        assertThat(facilities.get(id).getVersion())
                .as("a qualification raises the version")
                .isGreaterThan(v);

        fixture.signIn("xa1");
        assertThat(facilities.get(id).getName()).isEqualTo(PREFIX + "Trạm y tế Phố Hiến");
        fixture.signIn("xa2");
        assertThatThrownBy(() -> facilities.get(id)).isInstanceOf(OutsideJurisdictionException.class);
        assertThat(facilities.search("11977", null, null))
                .extracting(r -> r.id())
                .doesNotContain(id);
        fixture.signOut();

        String body = "{\"communeCode\":\"11953\",\"kind\":\"HEALTH_STATION\",\"name\":\"" + PREFIX
                + "Trạm\",\"validFrom\":\"2025-07-01\",\"version\":" + v + "}";
        mvc.perform(put("/api/v1/facilities/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/facilities/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(accounts.as("xa2"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/facilities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("2025-07-01", "2099-01-01"))
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").exists());
    }
}
