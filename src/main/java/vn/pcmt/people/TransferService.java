package vn.pcmt.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.internal.PersonRepository;
import vn.pcmt.people.internal.ResidenceRepository;
import vn.pcmt.people.internal.TransferRepository;
import vn.pcmt.platform.RuleViolationException;

/**
 * Moves between communes: the managing commune asks, the receiving commune accepts (or refuses). On acceptance the
 * old residence ends the day before the move and a new one starts, so both communes keep their past figures; the
 * record, with all its episodes, is then managed by the receiving commune.
 */
@Service
@Transactional
public class TransferService {

    private final TransferRepository transfers;
    private final PersonService people;
    private final PersonRepository persons;
    private final ResidenceRepository residences;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final CurrentOfficer officer;
    private final Clock clock;

    TransferService(
            TransferRepository transfers,
            PersonService people,
            PersonRepository persons,
            ResidenceRepository residences,
            UnitService units,
            UnitCoverage coverage,
            CurrentOfficer officer,
            Clock clock) {
        this.transfers = transfers;
        this.people = people;
        this.persons = persons;
        this.residences = residences;
        this.units = units;
        this.coverage = coverage;
        this.officer = officer;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer request(long personId, TransferForm form) {
        Person person = people.visible(personId);
        AdminUnit target = units.find(form.toCommuneCode(), LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new RuleViolationException("person.commune.unknown", form.toCommuneCode()));
        if (target.id() == person.getUnitId()) {
            throw new RuleViolationException("transfer.sameCommune");
        }
        if (form.moveDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("transfer.date.future");
        }
        Residence current = people.currentResidence(personId);
        if (!form.moveDate().isAfter(current.getValidFrom())) {
            throw new RuleViolationException("transfer.date.beforeResidence", current.getValidFrom());
        }
        if (transfers.findByPersonIdAndStatus(personId, TransferStatus.PENDING).isPresent()) {
            throw new RuleViolationException("transfer.pendingExists");
        }
        return transfers.save(
                new Transfer(personId, person.getUnitId(), target.id(), form, officer.username(), Instant.now(clock)));
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer accept(long transferId, long version) {
        Transfer transfer = pending(transferId, version);
        requireCovers(transfer.getToCommuneId());
        Person person = persons.findById(transfer.getPersonId())
                .filter(Person::isActive)
                .orElseThrow();
        Residence current = people.currentResidence(person.getId());
        if (!transfer.getMoveDate().isAfter(current.getValidFrom())) {
            throw new RuleViolationException("transfer.date.beforeResidence", current.getValidFrom());
        }
        current.endOn(transfer.getMoveDate().minusDays(1));
        residences.save(new Residence(
                person.getId(), transfer.getToCommuneId(), null, transfer.getAddress(), transfer.getMoveDate()));
        person.manageFrom(transfer.getToCommuneId());
        transfer.decide(TransferStatus.ACCEPTED, officer.username(), Instant.now(clock));
        return transfer;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer reject(long transferId, long version) {
        Transfer transfer = pending(transferId, version);
        requireCovers(transfer.getToCommuneId());
        transfer.decide(TransferStatus.REJECTED, officer.username(), Instant.now(clock));
        return transfer;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer cancel(long transferId, long version) {
        Transfer transfer = pending(transferId, version);
        requireCovers(transfer.getFromCommuneId());
        transfer.decide(TransferStatus.CANCELLED, officer.username(), Instant.now(clock));
        return transfer;
    }

    /** Pending moves into or out of the caller's jurisdiction. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<TransferView> pending() {
        Jurisdiction mine = coverage.current();
        List<TransferView> pending = transfers.findByStatusOrderByMoveDate(TransferStatus.PENDING).stream()
                .filter(t -> coverage.covers(mine, t.getToCommuneId()) || coverage.covers(mine, t.getFromCommuneId()))
                .map(t -> view(t, coverage.covers(mine, t.getToCommuneId())))
                .toList();
        people.listed("Transfers", "pending transfers; returned=" + pending.size());
        return pending;
    }

    private TransferView view(Transfer t, boolean incoming) {
        Person p = persons.findById(t.getPersonId()).orElseThrow();
        return new TransferView(
                t.getId(),
                p.getId(),
                p.getFullName(),
                p.getBirthYear(),
                name(t.getFromCommuneId()),
                name(t.getToCommuneId()),
                t.getMoveDate(),
                t.getStatus(),
                incoming,
                t.getVersion());
    }

    private String name(long unitId) {
        return units.findById(unitId).map(AdminUnit::fullName).orElse("");
    }

    private Transfer pending(long transferId, long version) {
        Transfer transfer = transfers.findById(transferId).orElseThrow();
        Jurisdiction mine = coverage.current();
        if (!coverage.covers(mine, transfer.getToCommuneId()) && !coverage.covers(mine, transfer.getFromCommuneId())) {
            throw new OutsideJurisdictionException();
        }
        if (transfer.getStatus() != TransferStatus.PENDING) {
            throw new RuleViolationException("transfer.notPending");
        }
        if (transfer.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Transfer.class, transferId);
        }
        return transfer;
    }

    private void requireCovers(long communeId) {
        if (!coverage.covers(coverage.current(), communeId)) {
            throw new OutsideJurisdictionException();
        }
    }
}
