package vn.pcmt.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.substitution.internal.Medicine;
import vn.pcmt.substitution.internal.StopForm;
import vn.pcmt.substitution.internal.StopReason;
import vn.pcmt.substitution.internal.SubstitutionQueries.ListMode;
import vn.pcmt.substitution.internal.SubstitutionService;
import vn.pcmt.substitution.internal.TransferForm;
import vn.pcmt.substitution.internal.TreatmentEpisode;
import vn.pcmt.substitution.internal.TreatmentForm;

/**
 * Corrections of a treatment (ADR 053): the stop's day and reason with the legal record following, a transfer's day,
 * the person and the clinic; optimistic locking and the history kept. A clinic's staff see and record their clinic's
 * patients only.
 */
@PcmtTest
class SubstitutionCorrectionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String WARD = "11953";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    SubstitutionService substitution;

    @Autowired
    RecordService records;

    @Autowired
    PersonService people;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    long clinicA;
    long clinicB;

    @BeforeEach
    void clinics() {
        clock.setToday(TODAY);
        fixture.signIn("tinh");
        clinicA = clinic("Cơ sở điều trị Sửa A " + System.nanoTime());
        clinicB = clinic("Cơ sở điều trị Sửa B " + System.nanoTime());
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private long clinic(String name) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " select id, 'SUBSTITUTION_CLINIC', :n, true, '2020-01-01' from admin_unit"
                        + " where code = :c and valid_to is null returning id")
                .param("n", name)
                .param("c", WARD)
                .query(Long.class)
                .single();
    }

    private Episode legal(long personId, long episodeId) {
        return records.episodes(personId).stream()
                .filter(e -> e.getId() == episodeId)
                .findFirst()
                .orElse(null);
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(key));
    }

    @Test
    void a_stops_day_and_reason_are_corrected_and_the_legal_record_follows() {
        Person p = fixture.person(WARD, "Đỗ Văn Sửa Dừng", LocalDate.of(1984, 2, 3));
        TreatmentEpisode e = substitution.record(SubstitutionTests.start(p, clinicA, LocalDate.of(2025, 3, 1)));
        TreatmentEpisode stopped =
                substitution.stop(e.getId(), new StopForm(LocalDate.of(2025, 10, 1), StopReason.QUIT, e.getVersion()));
        assertThat(legal(p.getId(), e.getLegalEpisodeId()).getEndReason()).isEqualTo(EndReason.QUIT_ON_OWN);

        TreatmentEpisode corrected = substitution.correctStop(
                e.getId(), new StopForm(LocalDate.of(2025, 11, 20), StopReason.COMPLETED, stopped.getVersion()));
        assertThat(corrected.getStopDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(corrected.getStopReason()).isEqualTo(StopReason.COMPLETED);
        Episode course = legal(p.getId(), e.getLegalEpisodeId());
        assertThat(course.getEndDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(course.getEndReason()).as("no art. 256a (d) window any more").isEqualTo(EndReason.COMPLETED);

        // optimistic locking: the version read before the correction is stale
        assertThatThrownBy(() -> substitution.correctStop(
                        e.getId(), new StopForm(LocalDate.of(2025, 12, 1), StopReason.QUIT, stopped.getVersion())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // the rules: not before the start, not in the future, never into a transfer, an open one has no stop
        refused(
                () -> substitution.correctStop(
                        e.getId(), new StopForm(LocalDate.of(2025, 1, 1), StopReason.QUIT, corrected.getVersion())),
                "substitution.stop.beforeStart");
        refused(
                () -> substitution.correctStop(
                        e.getId(), new StopForm(TODAY.plusDays(1), StopReason.QUIT, corrected.getVersion())),
                "substitution.future");
        refused(
                () -> substitution.correctStop(
                        e.getId(),
                        new StopForm(LocalDate.of(2025, 12, 1), StopReason.TRANSFERRED, corrected.getVersion())),
                "substitution.correct.transfer");
        // a later course: the stop cannot be moved over it
        TreatmentEpisode later = substitution.record(SubstitutionTests.start(p, clinicB, LocalDate.of(2026, 1, 10)));
        refused(
                () -> substitution.correctStop(
                        e.getId(), new StopForm(LocalDate.of(2026, 2, 1), StopReason.QUIT, corrected.getVersion())),
                "substitution.overlap");
        refused(
                () -> substitution.correctStop(later.getId(), new StopForm(TODAY, StopReason.QUIT, later.getVersion())),
                "substitution.correct.notStopped");

        // the history is kept (Envers): recorded, stopped, corrected
        long revisions = jdbc.sql("select count(*) from substitution_episode_aud where id = :id")
                .param("id", e.getId())
                .query(Long.class)
                .single();
        assertThat(revisions).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_transfers_day_corrected_moves_the_next_start() {
        Person p = fixture.person(WARD, "Đỗ Văn Sửa Chuyển", LocalDate.of(1983, 2, 3));
        TreatmentEpisode first = substitution.record(SubstitutionTests.start(p, clinicA, LocalDate.of(2025, 3, 1)));
        TreatmentEpisode next = substitution.transfer(
                first.getId(),
                new TransferForm(LocalDate.of(2025, 8, 1), clinicB, null, null, null, first.getVersion()));
        TreatmentEpisode before = substitution.history(p.getId()).get(0);
        refused(
                () -> substitution.correctStop(
                        first.getId(), new StopForm(LocalDate.of(2025, 9, 1), StopReason.QUIT, before.getVersion())),
                "substitution.correct.transfer");
        substitution.correctStop(
                first.getId(), new StopForm(LocalDate.of(2025, 9, 1), StopReason.TRANSFERRED, before.getVersion()));
        List<TreatmentEpisode> history = substitution.history(p.getId());
        assertThat(history.get(0).getStopDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(history.get(1).getId()).isEqualTo(next.getId());
        assertThat(history.get(1).getStartDate()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(legal(p.getId(), first.getLegalEpisodeId()).getEndDate())
                .as("the course goes on")
                .isNull();
    }

    @Test
    void the_person_and_the_clinic_are_corrected_and_the_course_moves_with_them() {
        Person wrong = fixture.person(WARD, "Đỗ Văn Nhầm", LocalDate.of(1982, 2, 3));
        Person right = fixture.person(WARD, "Đỗ Văn Đúng", LocalDate.of(1982, 3, 3));
        TreatmentEpisode e = substitution.record(SubstitutionTests.start(wrong, clinicA, LocalDate.of(2025, 3, 1)));
        long wrongLegal = e.getLegalEpisodeId();
        TreatmentEpisode stopped =
                substitution.stop(e.getId(), new StopForm(LocalDate.of(2025, 10, 1), StopReason.QUIT, e.getVersion()));

        TreatmentEpisode moved = substitution.correct(
                e.getId(),
                new TreatmentForm(
                        right.getId(),
                        clinicB,
                        LocalDate.of(2025, 3, 1),
                        Medicine.METHADONE,
                        "70 mg/ngày",
                        null,
                        null,
                        stopped.getVersion()));
        assertThat(moved.getPersonId()).isEqualTo(right.getId());
        assertThat(moved.getClinicId()).isEqualTo(clinicB);
        assertThat(legal(wrong.getId(), wrongLegal))
                .as("out of the wrong person's record")
                .isNull();
        assertThat(substitution.history(wrong.getId())).isEmpty();
        Episode course = legal(right.getId(), moved.getLegalEpisodeId());
        assertThat(course.getStartDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(course.getEndDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(course.getEndReason()).isEqualTo(EndReason.QUIT_ON_OWN);
        assertThat(course.getFacility()).startsWith("Cơ sở điều trị Sửa B");

        // the start stays; a course with a transfer does not move to another person
        refused(
                () -> substitution.correct(
                        e.getId(),
                        new TreatmentForm(
                                right.getId(),
                                clinicB,
                                LocalDate.of(2025, 3, 2),
                                Medicine.METHADONE,
                                null,
                                null,
                                null,
                                moved.getVersion())),
                "substitution.correct.startFixed");
        TreatmentEpisode open = substitution.record(SubstitutionTests.start(wrong, clinicA, LocalDate.of(2026, 1, 5)));
        TreatmentEpisode after = substitution.transfer(
                open.getId(), new TransferForm(LocalDate.of(2026, 3, 1), clinicB, null, null, null, open.getVersion()));
        refused(
                () -> substitution.correct(
                        after.getId(),
                        new TreatmentForm(
                                right.getId(),
                                clinicB,
                                LocalDate.of(2026, 3, 1),
                                Medicine.METHADONE,
                                null,
                                null,
                                null,
                                after.getVersion())),
                "substitution.correct.personTransferred");
        // the clinic a transfer came from cannot be the clinic after it
        refused(
                () -> substitution.correct(
                        after.getId(),
                        new TreatmentForm(
                                wrong.getId(),
                                clinicA,
                                LocalDate.of(2026, 3, 1),
                                Medicine.METHADONE,
                                null,
                                null,
                                null,
                                after.getVersion())),
                "substitution.transfer.sameClinic");
    }

    @Test
    void a_clinics_staff_see_and_record_their_clinics_patients_and_nothing_else() {
        Person patient = fixture.person(WARD, "Đỗ Văn Bệnh Nhân", LocalDate.of(1981, 2, 3));
        Person elsewhere = fixture.person(WARD, "Đỗ Văn Nơi Khác", LocalDate.of(1981, 3, 3));
        Person arriving = fixture.person(WARD, "Đỗ Văn Mới Đến", LocalDate.of(1981, 4, 3));
        Person neighbour = fixture.person(WARD, "Đỗ Văn Hàng Xóm", LocalDate.of(1981, 5, 3));
        substitution.record(SubstitutionTests.start(patient, clinicA, LocalDate.of(2025, 3, 1)));
        substitution.record(SubstitutionTests.start(elsewhere, clinicB, LocalDate.of(2025, 3, 1)));

        String staff = "clinic_staff_" + System.nanoTime();
        accounts.createAtClinic(staff, clinicA);
        fixture.signIn(staff);
        assertThat(people.view(patient.getId()).getId()).isEqualTo(patient.getId());
        assertThat(substitution.history(patient.getId())).hasSize(1);
        assertThatThrownBy(() -> people.view(elsewhere.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> people.view(neighbour.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> substitution.history(elsewhere.getId()))
                .isInstanceOf(OutsideJurisdictionException.class);
        // the list: the clinic's patients, whatever unit or clinic is asked
        assertThat(substitution.search(WARD, null, ListMode.IN_TREATMENT, null, TODAY))
                .extracting(r -> r.personId())
                .containsExactly(patient.getId());
        assertThatThrownBy(() -> substitution.search("11977", null, ListMode.IN_TREATMENT, null, TODAY))
                .as("a unit without their clinic")
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> substitution.search(WARD, clinicB, ListMode.IN_TREATMENT, null, TODAY))
                .isInstanceOf(OutsideJurisdictionException.class);
        // a new patient named by their papers, at their own clinic only
        assertThatThrownBy(() -> substitution.record(papers(arriving, clinicB, arriving.getBirthYear())))
                .isInstanceOf(OutsideJurisdictionException.class);
        refused(
                () -> substitution.record(papers(arriving, clinicA, arriving.getBirthYear() + 1)),
                "placement.person.notFound");
        TreatmentEpisode admitted = substitution.record(papers(arriving, clinicA, arriving.getBirthYear()));
        assertThat(admitted.getPersonId()).isEqualTo(arriving.getId());
        assertThat(people.view(arriving.getId()).getId()).isEqualTo(arriving.getId());
        assertThat(legal(arriving.getId(), admitted.getLegalEpisodeId())).isNotNull();
        // the rest of the record stays read-only for them (no PERSON_EDIT)
        assertThatThrownBy(() -> records.open(arriving.getId(), vn.pcmt.people.PeopleFixture.postRehab(TODAY)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static TreatmentForm papers(Person p, long clinic, int birthYear) {
        return new TreatmentForm(
                null,
                clinic,
                TODAY.minusDays(1),
                Medicine.METHADONE,
                null,
                null,
                null,
                null,
                p.getIdNumber(),
                birthYear);
    }
}
