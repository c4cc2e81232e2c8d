package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcmt.people.PeopleFixture.management;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.people.internal.Transfer;
import vn.pcmt.people.internal.TransferForm;
import vn.pcmt.people.internal.TransferService;
import vn.pcmt.people.internal.TransferStatus;
import vn.pcmt.platform.RuleViolationException;

/** A person moves from Phường Phố Hiến to Xã Tân Hưng: requested by one, accepted by the other, history kept. */
@PcmtTest
class TransferTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TransferService transfers;

    @Autowired
    PersonService people;

    @Autowired
    PeopleStats stats;

    @BeforeEach
    void officer() {
        clock.setToday(TODAY);
        fixture.signIn("xa1");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_move_keeps_the_past_figures_of_both_communes() {
        Person p = fixture.person("11953", "Kiều Văn Chuyển", LocalDate.of(1990, 5, 5));
        fixture.open(p, management(TODAY.minusDays(200)));
        LocalDate move = TODAY.minusDays(30);
        LocalDate beforeMove = TODAY.minusDays(60);
        long oldBefore = stats.asOf("11953", beforeMove).byStatus().get(PersonStatus.UNDER_MANAGEMENT);

        Transfer t = transfers.request(p.getId(), new TransferForm("11977", move, "Thôn 2", null));
        fixture.signIn("xa2");
        assertThat(transfers.pending())
                .anyMatch(
                        v -> v.id() == t.getId() && v.incoming() && v.fullName().equals("Kiều Văn Chuyển"));
        assertThatThrownBy(() -> people.view(p.getId())).isInstanceOf(OutsideJurisdictionException.class);
        transfers.accept(t.getId(), t.getVersion());

        assertThat(people.view(p.getId()).getFullName()).isEqualTo("Kiều Văn Chuyển");
        assertThat(people.residences(p.getId())).hasSize(2);
        assertThat(stats.asOf("11977", TODAY).byStatus().get(PersonStatus.UNDER_MANAGEMENT))
                .isPositive();
        fixture.signIn("xa1");
        assertThat(stats.asOf("11953", beforeMove).byStatus().get(PersonStatus.UNDER_MANAGEMENT))
                .isEqualTo(oldBefore);
        assertThatThrownBy(() -> people.view(p.getId())).isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void only_the_receiving_commune_accepts_and_only_once() {
        Person p = fixture.person("11953", "Kiều Văn Chờ", LocalDate.of(1990, 5, 6));
        Transfer t = transfers.request(p.getId(), new TransferForm("11977", TODAY.minusDays(3), null, null));
        assertThatThrownBy(() -> transfers.accept(t.getId(), t.getVersion()))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(
                        () -> transfers.request(p.getId(), new TransferForm("11977", TODAY.minusDays(2), null, null)))
                .hasMessageContaining("transfer.pendingExists");
        fixture.signIn("xa2");
        Transfer rejected = transfers.reject(t.getId(), t.getVersion());
        assertThat(rejected.getStatus()).isEqualTo(TransferStatus.REJECTED);
        assertThatThrownBy(() -> transfers.accept(t.getId(), rejected.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("transfer.notPending");
    }

    @Test
    void deleting_a_person_cancels_their_pending_move() {
        Person p = fixture.person("11953", "Kiều Văn Xóa", LocalDate.of(1990, 5, 8));
        Transfer t = transfers.request(p.getId(), new TransferForm("11977", TODAY.minusDays(3), null, null));
        people.delete(p.getId(), people.visible(p.getId()).getVersion());
        fixture.signIn("xa2");
        assertThat(transfers.pending()).noneMatch(v -> v.id() == t.getId());
        assertThatThrownBy(() -> transfers.accept(t.getId(), t.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("transfer.notPending");
    }

    @Test
    void a_move_before_the_current_residence_began_is_refused() {
        Person p = fixture.person("11953", "Kiều Văn Sớm", LocalDate.of(1990, 5, 7));
        assertThatThrownBy(() ->
                        transfers.request(p.getId(), new TransferForm("11977", LocalDate.of(2022, 1, 1), null, null)))
                .hasMessageContaining("transfer.date.beforeResidence");
        assertThatThrownBy(() -> transfers.request(p.getId(), new TransferForm("11953", TODAY, null, null)))
                .hasMessageContaining("transfer.sameCommune");
    }
}
