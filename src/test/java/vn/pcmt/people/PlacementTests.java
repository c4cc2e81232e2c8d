package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.facilities.internal.FacilityService;
import vn.pcmt.facilities.internal.Occupancy;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.internal.AdmissionForm;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonRow;
import vn.pcmt.people.internal.PersonSearch;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PlacementMove;
import vn.pcmt.people.internal.PlacementService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.platform.RuleViolationException;

/**
 * People placed at rehab facilities (ADR 043): occupancy on dates across an admission, a transfer and a discharge,
 * split as capacity is; what a facility's staff see and may do; the facilities a placement fits.
 */
@PcmtTest
class PlacementTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String WARD = "11953";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlacementService placements;

    @Autowired
    FacilityService facilities;

    @Autowired
    PersonService people;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long wardId;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
        wardId = jdbc.sql("select id from admin_unit where code = :c and valid_to is null")
                .param("c", WARD)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private long facility(String name) {
        return accounts.rehabFacility(wardId, "Thử PlacementTests " + name + " " + System.nanoTime());
    }

    private static AdmissionForm byId(Person person, RehabForm form, LocalDate start, LocalDate plannedEnd) {
        return new AdmissionForm(person.getId(), null, null, form, start, plannedEnd, "07/QĐ", start, null);
    }

    private static AdmissionForm byPapers(Person person, RehabForm form, LocalDate start, LocalDate plannedEnd) {
        return new AdmissionForm(
                null, person.getIdNumber(), person.getBirthYear(), form, start, plannedEnd, "08/QĐ", start, null);
    }

    private Person addicted(String name, LocalDate birth, LocalDate determinedOn) {
        Person person = fixture.person(WARD, name, birth);
        fixture.open(
                person,
                PeopleFixture.determination(determinedOn.minusDays(3), determinedOn, DeterminationResult.ADDICTED));
        return person;
    }

    private Occupancy occupancy(long facilityId, LocalDate on) {
        return facilities.occupancy(facilityId, on);
    }

    @Test
    void occupancy_follows_an_admission_a_transfer_and_a_discharge_split_as_capacity_is() {
        fixture.signIn("tinh");
        long first = facility("Một");
        long second = facility("Hai");
        LocalDate admitted = LocalDate.of(2026, 1, 10);
        Person adult = addicted("Trần Văn Lớn", LocalDate.of(1990, 5, 1), admitted.minusDays(5));
        Person minor = fixture.person(WARD, "Trần Văn Nhỏ", LocalDate.of(2010, 3, 1));

        Episode compulsory =
                placements.admit(first, byId(adult, RehabForm.COMPULSORY_ADULT, admitted, admitted.plusMonths(12)));
        LocalDate voluntaryFrom = LocalDate.of(2026, 2, 1);
        Episode voluntary = placements.admit(
                first, byId(minor, RehabForm.VOLUNTARY_FACILITY, voluntaryFrom, voluntaryFrom.plusMonths(6)));
        assertThat(compulsory.getFacilityId()).isEqualTo(first);

        LocalDate moved = LocalDate.of(2026, 3, 1);
        Episode there = placements.transfer(
                compulsory.getId(), new PlacementMove(moved, second, null, null, compulsory.getVersion()));
        assertThat(there.getFacilityId()).isEqualTo(second);
        assertThat(there.getPlannedEndDate()).isEqualTo(admitted.plusMonths(12));
        LocalDate left = LocalDate.of(2026, 4, 1);
        placements.discharge(
                voluntary.getId(), new PlacementMove(left, null, EndReason.ABSCONDED, null, voluntary.getVersion()));

        assertThat(occupancy(first, admitted.minusDays(1)).total())
                .as("before the admission")
                .isZero();
        assertThat(occupancy(first, admitted))
                .as("the day of the admission")
                .isEqualTo(new Occupancy(admitted, 0, 0, 1, 0));
        assertThat(occupancy(first, voluntaryFrom))
                .as("a voluntary minor (16) besides the compulsory adult")
                .isEqualTo(new Occupancy(voluntaryFrom, 0, 1, 1, 0));
        assertThat(occupancy(first, moved.minusDays(1)).compulsoryAdults())
                .as("the last day before the transfer: still here")
                .isEqualTo(1);
        assertThat(occupancy(second, moved.minusDays(1)).total()).isZero();
        assertThat(occupancy(first, moved)).as("transferred: gone").isEqualTo(new Occupancy(moved, 0, 1, 0, 0));
        assertThat(occupancy(second, moved)).as("and there").isEqualTo(new Occupancy(moved, 0, 0, 1, 0));
        assertThat(occupancy(first, left).voluntaryMinors())
                .as("the day of the discharge counts")
                .isEqualTo(1);
        assertThat(occupancy(first, left.plusDays(1)).total()).as("discharged").isZero();
        assertThat(occupancy(second, TODAY).compulsoryAdults()).isEqualTo(1);

        assertThatThrownBy(() ->
                        placements.admit(second, byId(adult, RehabForm.COMPULSORY_ADULT, TODAY, TODAY.plusMonths(12))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "placement.alreadyPlaced");
    }

    @Test
    void a_placement_fits_its_facility_public_for_compulsory_and_a_place_of_its_kind() {
        fixture.signIn("tinh");
        long noMinors = facility("Không nhận trẻ");
        jdbc.sql("update facility set voluntary_minors = 0 where id = :f")
                .param("f", noMinors)
                .update();
        long privateOne = facility("Tư nhân");
        jdbc.sql("update facility set kind = 'PRIVATE_REHAB', public_owned = false where id = :f")
                .param("f", privateOne)
                .update();
        LocalDate start = TODAY.minusDays(20);
        Person adult = addicted("Lê Văn Bắt Buộc", LocalDate.of(1988, 1, 1), start.minusDays(3));
        Person minor = fixture.person(WARD, "Lê Văn Trẻ", LocalDate.of(2011, 1, 1));
        assertRefused(
                () -> placements.admit(
                        privateOne, byId(adult, RehabForm.COMPULSORY_ADULT, start, start.plusMonths(12))),
                "placement.compulsory.private");
        assertRefused(
                () -> placements.admit(noMinors, byId(minor, RehabForm.VOLUNTARY_FACILITY, start, start.plusMonths(6))),
                "placement.capacity.none");
        assertRefused(
                () -> placements.admit(noMinors, byId(minor, RehabForm.VOLUNTARY_HOME, start, start.plusMonths(6))),
                "placement.form.notAtFacility");
        assertThat(placements
                        .admit(privateOne, byId(minor, RehabForm.VOLUNTARY_FACILITY, start, start.plusMonths(6)))
                        .getFacilityId())
                .isEqualTo(privateOne);
    }

    @Test
    void a_facilitys_staff_admit_by_papers_and_see_exactly_the_people_placed_there() {
        fixture.signIn("tinh");
        long mine = facility("Của tôi");
        long other = facility("Khác");
        LocalDate start = TODAY.minusDays(30);
        Person placedByOffice = fixture.person(WARD, "Phạm Văn Ở Đây", LocalDate.of(1992, 2, 2));
        Person elsewhere = fixture.person(WARD, "Phạm Văn Ở Kia", LocalDate.of(1993, 3, 3));
        Person arriving = fixture.person(WARD, "Phạm Văn Mới Đến", LocalDate.of(1994, 4, 4));
        Person gone = fixture.person(WARD, "Phạm Văn Đã Về", LocalDate.of(1995, 5, 5));
        placements.admit(mine, byId(placedByOffice, RehabForm.VOLUNTARY_FACILITY, start, start.plusMonths(6)));
        placements.admit(other, byId(elsewhere, RehabForm.VOLUNTARY_FACILITY, start, start.plusMonths(6)));
        Episode goneEpisode =
                placements.admit(mine, byId(gone, RehabForm.VOLUNTARY_FACILITY, start, start.plusMonths(6)));
        placements.discharge(
                goneEpisode.getId(),
                new PlacementMove(TODAY.minusDays(2), null, EndReason.ABSCONDED, null, goneEpisode.getVersion()));

        String staff = "placement_staff_" + System.nanoTime();
        accounts.createAtFacility(staff, mine);
        fixture.signIn(staff);
        assertThat(people.view(placedByOffice.getId()).getId()).isEqualTo(placedByOffice.getId());
        assertThatThrownBy(() -> people.view(elsewhere.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> people.view(gone.getId()))
                .as("discharged, and not placed by this user")
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> people.view(arriving.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> placements.placed(other, TODAY)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> placements.admit(
                        other, byPapers(arriving, RehabForm.VOLUNTARY_FACILITY, TODAY, TODAY.plusMonths(6))))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertRefused(
                () -> placements.admit(
                        mine,
                        new AdmissionForm(
                                null,
                                arriving.getIdNumber(),
                                arriving.getBirthYear() + 1,
                                RehabForm.VOLUNTARY_FACILITY,
                                TODAY,
                                TODAY.plusMonths(6),
                                null,
                                null,
                                null)),
                "placement.person.notFound");

        Episode admitted = placements.admit(
                mine, byPapers(arriving, RehabForm.VOLUNTARY_FACILITY, TODAY.minusDays(1), TODAY.plusMonths(6)));
        List<Long> seen = people.search(new PersonSearch(null, null, null, null, null, null), PageRequest.of(0, 50))
                .map(PersonRow::id)
                .getContent();
        assertThat(seen).containsExactlyInAnyOrder(placedByOffice.getId(), arriving.getId());
        assertThat(placements.placed(mine, TODAY))
                .extracting(r -> r.personId())
                .containsExactlyInAnyOrder(placedByOffice.getId(), arriving.getId());

        placements.discharge(
                admitted.getId(), new PlacementMove(TODAY, null, EndReason.STOPPED, null, admitted.getVersion()));
        assertThat(people.view(arriving.getId()).getId())
                .as("a placement this user recorded stays visible after it ended")
                .isEqualTo(arriving.getId());
    }

    @Test
    void occupancy_is_in_the_api_and_refused_outside() throws Exception {
        fixture.signIn("tinh");
        long id = facility("API");
        Person person = fixture.person(WARD, "Đỗ Văn Api", LocalDate.of(1991, 1, 1));
        placements.admit(id, byId(person, RehabForm.VOLUNTARY_FACILITY, TODAY.minusDays(3), TODAY.plusMonths(6)));
        fixture.signOut();
        mvc.perform(get("/api/v1/facilities/" + id + "/occupancy").with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voluntaryAdults").value(1))
                .andExpect(jsonPath("$.compulsoryAdults").value(0));
        accounts.ensureOutsiders();
        mvc.perform(get("/api/v1/facilities/" + id + "/occupancy")
                        .with(accounts.as(TestAccounts.outsider(vn.pcmt.access.Role.PROVINCIAL_OFFICE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_determination_recorded_by_a_station_health_worker_names_the_station() {
        long station = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " values (:c, 'HEALTH_STATION', :n, true, '2020-01-01') returning id")
                .param("c", wardId)
                .param("n", "Trạm y tế PlacementTests " + System.nanoTime())
                .query(Long.class)
                .single();
        String health = "placement_health_" + System.nanoTime();
        accounts.create(health, vn.pcmt.access.Role.HEALTH_WORKER, wardId, null);
        jdbc.sql("update user_account set facility_id = :f where username = :u")
                .param("f", station)
                .param("u", health)
                .update();
        fixture.signIn("xa1");
        Person person = fixture.person(WARD, "Ngô Văn Xác Định", LocalDate.of(1990, 9, 9));
        Episode byPolice = fixture.open(
                person,
                PeopleFixture.determination(TODAY.minusDays(40), TODAY.minusDays(38), DeterminationResult.ADDICTED));
        assertThat(byPolice.getFacilityId()).isNull();
        fixture.signIn(health);
        Episode byStation = fixture.open(
                person,
                PeopleFixture.determination(TODAY.minusDays(5), TODAY.minusDays(3), DeterminationResult.ADDICTED));
        assertThat(byStation.getFacilityId()).isEqualTo(station);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
