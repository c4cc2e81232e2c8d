package vn.pcmt.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import vn.pcmt.access.Role;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.CounsellingForm;
import vn.pcmt.people.internal.CounsellingKind;
import vn.pcmt.people.internal.CounsellingService;
import vn.pcmt.people.internal.CounsellingSession;
import vn.pcmt.people.internal.CounsellingTopic;
import vn.pcmt.people.internal.Person;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.substitution.internal.Dispensing;
import vn.pcmt.substitution.internal.DispensingForm;
import vn.pcmt.substitution.internal.StopForm;
import vn.pcmt.substitution.internal.StopReason;
import vn.pcmt.substitution.internal.SubstitutionService;
import vn.pcmt.substitution.internal.TreatmentEpisode;

/**
 * Health workers' records at their clinic or station (ADR 053): doses given to a patient (a day of the episode, once a
 * day, at the clinic or one of its points), counselling sessions (at the user's clinic or a facility their
 * jurisdiction covers); a clinic's staff record both for their patients only; the API refuses outsiders.
 */
@PcmtTest
class ClinicRecordsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String WARD = "11953";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    SubstitutionService substitution;

    @Autowired
    CounsellingService counselling;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    long clinicA;
    long clinicB;
    long pointA;
    long pointB;

    @BeforeEach
    void clinics() {
        clock.setToday(TODAY);
        fixture.signIn("tinh");
        clinicA = facility("SUBSTITUTION_CLINIC", "Cơ sở điều trị Cấp A " + System.nanoTime(), null);
        clinicB = facility("SUBSTITUTION_CLINIC", "Cơ sở điều trị Cấp B " + System.nanoTime(), null);
        pointA = facility("DISPENSING_POINT", "Điểm cấp A " + System.nanoTime(), clinicA);
        pointB = facility("DISPENSING_POINT", "Điểm cấp B " + System.nanoTime(), clinicB);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private long facility(String kind, String name, Long clinic) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from, clinic_id)"
                        + " select id, :k, :n, true, '2020-01-01', :clinic from admin_unit"
                        + " where code = :c and valid_to is null returning id")
                .param("k", kind)
                .param("n", name)
                .param("clinic", clinic)
                .param("c", WARD)
                .query(Long.class)
                .single();
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }

    private static DispensingForm dose(LocalDate day, Long point) {
        return new DispensingForm(day, new BigDecimal("60"), point, null);
    }

    @Test
    void doses_are_given_on_days_of_the_episode_once_a_day_at_the_clinic_or_its_points() {
        Person p = fixture.person(WARD, "Phan Văn Cấp Thuốc", LocalDate.of(1980, 1, 1));
        TreatmentEpisode e = substitution.record(SubstitutionTests.start(p, clinicA, LocalDate.of(2026, 5, 1)));
        Dispensing first = substitution.dispense(e.getId(), dose(LocalDate.of(2026, 6, 1), null));
        substitution.dispense(e.getId(), dose(LocalDate.of(2026, 6, 2), pointA));
        refused(
                () -> substitution.dispense(e.getId(), dose(LocalDate.of(2026, 6, 1), null)),
                "substitution.dispensing.twice");
        refused(
                () -> substitution.dispense(e.getId(), dose(LocalDate.of(2026, 4, 30), null)),
                "substitution.dispensing.outside");
        refused(() -> substitution.dispense(e.getId(), dose(TODAY.plusDays(1), null)), "substitution.future");
        refused(
                () -> substitution.dispense(e.getId(), dose(LocalDate.of(2026, 6, 3), pointB)),
                "substitution.point.unknown");
        assertThat(substitution.dispensings(e.getId(), LocalDate.of(2026, 1, 1), TODAY))
                .extracting(Dispensing::getDispensedOn)
                .containsExactly(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1));

        // after the stop, no dose after the last day
        TreatmentEpisode stopped = substitution.stop(
                e.getId(), new StopForm(LocalDate.of(2026, 6, 5), StopReason.COMPLETED, e.getVersion()));
        refused(
                () -> substitution.dispense(stopped.getId(), dose(LocalDate.of(2026, 6, 6), null)),
                "substitution.dispensing.outside");

        // deleted with its version, kept in the history
        assertThatThrownBy(() -> substitution.deleteDispensing(first.getId(), first.getVersion() + 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        substitution.deleteDispensing(first.getId(), first.getVersion());
        assertThat(substitution.dispensings(e.getId(), LocalDate.of(2026, 1, 1), TODAY))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from substitution_dispensing_aud where id = :id")
                        .param("id", first.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void counselling_is_recorded_at_a_facility_and_listed_by_unit_and_facility() {
        Person p = fixture.person(WARD, "Phan Văn Tư Vấn", LocalDate.of(1981, 1, 1));
        refused(
                () -> counselling.record(p.getId(), session(TODAY, null)),
                "counselling.facility.required"); // the office has no station of its own
        refused(() -> counselling.record(p.getId(), session(TODAY.plusDays(1), clinicA)), "counselling.future");
        CounsellingSession s = counselling.record(p.getId(), session(LocalDate.of(2026, 6, 1), clinicA));
        assertThat(s.getCounsellor()).isEqualTo("tinh");
        assertThat(counselling.ofPerson(p.getId()))
                .extracting(CounsellingSession::getId)
                .containsExactly(s.getId());
        assertThat(counselling.search(null, clinicA, LocalDate.of(2026, 1, 1), TODAY))
                .extracting(r -> r.personId())
                .containsExactly(p.getId());
        counselling.delete(s.getId(), s.getVersion());
        assertThat(counselling.ofPerson(p.getId())).isEmpty();
    }

    @Test
    void a_clinics_staff_give_doses_and_counsel_their_patients_only() {
        Person patient = fixture.person(WARD, "Phan Văn Bệnh Nhân", LocalDate.of(1982, 1, 1));
        Person other = fixture.person(WARD, "Phan Văn Người Khác", LocalDate.of(1982, 2, 1));
        TreatmentEpisode mine =
                substitution.record(SubstitutionTests.start(patient, clinicA, LocalDate.of(2026, 5, 1)));
        TreatmentEpisode theirs =
                substitution.record(SubstitutionTests.start(other, clinicB, LocalDate.of(2026, 5, 1)));
        String staff = "clinic_records_" + System.nanoTime();
        accounts.createAtClinic(staff, clinicA);
        fixture.signIn(staff);

        substitution.dispense(mine.getId(), dose(LocalDate.of(2026, 6, 1), pointA));
        assertThatThrownBy(() -> substitution.dispense(theirs.getId(), dose(LocalDate.of(2026, 6, 1), null)))
                .isInstanceOf(OutsideJurisdictionException.class);
        // counselling: at their clinic (the default), not at another facility, not with another clinic's patient
        CounsellingSession s = counselling.record(patient.getId(), session(LocalDate.of(2026, 6, 1), null));
        assertThat(s.getFacilityId()).isEqualTo(clinicA);
        assertThatThrownBy(() -> counselling.record(patient.getId(), session(LocalDate.of(2026, 6, 1), clinicB)))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> counselling.record(other.getId(), session(LocalDate.of(2026, 6, 1), null)))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThat(counselling.search(null, null, LocalDate.of(2026, 1, 1), TODAY))
                .extracting(r -> r.personId())
                .containsExactly(patient.getId());
    }

    @Test
    void the_api_records_a_dose_and_a_session_and_refuses_an_outsider() throws Exception {
        Person p = fixture.person(WARD, "Phan Văn Giao Diện", LocalDate.of(1983, 1, 1));
        TreatmentEpisode e = substitution.record(SubstitutionTests.start(p, clinicA, LocalDate.of(2026, 5, 1)));
        fixture.signOut();
        mvc.perform(post("/api/v1/substitution/episodes/{id}/dispensings", e.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-06-10\",\"doseMg\":75.5,\"dispensingPointId\":" + pointA + "}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.doseMg").value(75.5));
        mvc.perform(post("/api/v1/substitution/episodes/{id}/dispensings", e.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-06-10\",\"doseMg\":75.5}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").exists());
        mvc.perform(get("/api/v1/substitution/episodes/{id}/dispensings", e.getId())
                        .param("from", "2026-01-01")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2026-06-10"));
        mvc.perform(post("/api/v1/people/{id}/counselling-sessions", p.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-06-10\",\"facilityId\":" + clinicA
                                + ",\"kind\":\"FAMILY\",\"topic\":\"RELAPSE_PREVENTION\"}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("FAMILY"));
        mvc.perform(get("/api/v1/counselling-sessions")
                        .param("facility", String.valueOf(clinicA))
                        .param("from", "2026-01-01")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fullName").value("Phan Văn Giao Diện"));

        accounts.ensureOutsiders();
        mvc.perform(get("/api/v1/substitution/episodes/{id}/dispensings", e.getId())
                        .with(accounts.as(TestAccounts.outsider(Role.HEALTH_WORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/{id}/counselling-sessions", p.getId())
                        .with(accounts.as(TestAccounts.outsider(Role.HEALTH_WORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/{id}/counselling-sessions", p.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-06-10\",\"facilityId\":" + clinicA
                                + ",\"kind\":\"FAMILY\",\"topic\":\"RELAPSE_PREVENTION\"}")
                        .with(accounts.as(TestAccounts.outsider(Role.HEALTH_WORKER)))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/counselling-sessions")
                        .param("facility", String.valueOf(clinicA))
                        .param("from", "2026-01-01")
                        .with(accounts.as(TestAccounts.outsider(Role.HEALTH_WORKER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(delete("/api/v1/substitution/dispensings/{id}", 0L)
                        .contentType(MediaType.APPLICATION_JSON)
                        .param("version", "0")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
    }

    private static CounsellingForm session(LocalDate day, Long facility) {
        return new CounsellingForm(day, facility, CounsellingKind.INDIVIDUAL, CounsellingTopic.TREATMENT, null);
    }
}
