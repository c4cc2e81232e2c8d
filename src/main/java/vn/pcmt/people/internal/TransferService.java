package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.platform.RuleViolationException;

/**
 * Moves between communes: the managing commune asks, the receiving commune accepts (or refuses). On acceptance the
 * old residence ends the day before the move and a new one starts, so both communes keep their past figures; the
 * record, with all its episodes, is then managed by the receiving commune. From the date Law 120/2025 applies the
 * person presents at the new commune's police within the deadline in force on the move's date (24 hours), and the
 * receiving commune records the day.
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
    private final LegalRules law;
    private final Clock clock;

    TransferService(
            TransferRepository transfers,
            PersonService people,
            PersonRepository persons,
            ResidenceRepository residences,
            UnitService units,
            UnitCoverage coverage,
            CurrentOfficer officer,
            LegalRules law,
            Clock clock) {
        this.law = law;
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
        Transfer transfer = pending(transferId, version, TransferAction.ACCEPT);
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
        transfer.decide(TransferAction.ACCEPT, officer.username(), Instant.now(clock));
        return transfer;
    }

    /** The receiving commune refuses the move. */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer reject(long transferId, long version) {
        return decide(transferId, version, TransferAction.REJECT, Transfer::getToCommuneId);
    }

    /** The sending commune withdraws the move. */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer cancel(long transferId, long version) {
        return decide(transferId, version, TransferAction.CANCEL, Transfer::getFromCommuneId);
    }

    /** A pending move as read, decided by a user covering the commune whose decision it is. */
    private Transfer decide(
            long transferId, long version, TransferAction action, java.util.function.ToLongFunction<Transfer> commune) {
        Transfer transfer = pending(transferId, version, action);
        requireCovers(commune.applyAsLong(transfer));
        transfer.decide(action, officer.username(), Instant.now(clock));
        return transfer;
    }

    /**
     * The receiving commune records the day the person presented at its police (pending or accepted move; the day
     * is between the move and today, and is recorded once).
     */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Transfer presented(long transferId, long version, LocalDate on) {
        Transfer transfer = transfers.findById(transferId).orElseThrow();
        requireCovers(transfer.getToCommuneId());
        transfer.getStatus().check(TransferAction.PRESENT);
        if (transfer.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Transfer.class, transferId);
        }
        if (on == null) {
            throw new RuleViolationException("transfer.presented.dateRequired");
        }
        if (transfer.getPresentedOn() != null) {
            throw new RuleViolationException("transfer.presented.already", transfer.getPresentedOn());
        }
        if (on.isBefore(transfer.getMoveDate())) {
            throw new RuleViolationException("transfer.presented.beforeMove", transfer.getMoveDate());
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("transfer.presented.future");
        }
        transfer.presented(on, officer.username());
        return transfers.saveAndFlush(transfer);
    }

    /**
     * Moves into or out of the caller's jurisdiction, pending or accepted, that Law 120/2025 applies to and whose
     * person has not yet presented at the new commune.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<TransferView> awaitingPresentation() {
        Optional<LocalDate> since = law.firstInForce(LegalRuleCode.RESIDENCE_CHANGE_PRESENTATION_DEADLINE);
        if (since.isEmpty()) {
            return List.of();
        }
        Jurisdiction mine = coverage.current();
        List<TransferView> awaiting = transfers
                .findByPresentedOnIsNullAndStatusInAndMoveDateGreaterThanEqualOrderByMoveDate(
                        TransferStatus.awaitingPresentation(), since.get())
                .stream()
                .filter(t -> coverage.covers(mine, t.getToCommuneId()) || coverage.covers(mine, t.getFromCommuneId()))
                .map(t -> view(t, coverage.covers(mine, t.getToCommuneId())))
                .filter(v -> v.presentBy() != null)
                .toList();
        people.listed("Transfers", "moves awaiting presentation; returned=" + awaiting.size());
        return awaiting;
    }

    /** The last day to present at the new commune, by the rule in force on the move's date; null before it. */
    LocalDate presentBy(Transfer t) {
        return law.find(LegalRuleCode.RESIDENCE_CHANGE_PRESENTATION_DEADLINE, t.getMoveDate())
                .map(rule -> rule.addTo(t.getMoveDate()))
                .orElse(null);
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
                t.getVersion(),
                presentBy(t),
                t.getPresentedOn());
    }

    private String name(long unitId) {
        return units.findById(unitId).map(AdminUnit::fullName).orElse("");
    }

    private Transfer pending(long transferId, long version, TransferAction action) {
        Transfer transfer = transfers.findById(transferId).orElseThrow();
        Jurisdiction mine = coverage.current();
        if (!coverage.covers(mine, transfer.getToCommuneId()) && !coverage.covers(mine, transfer.getFromCommuneId())) {
            throw new OutsideJurisdictionException();
        }
        transfer.getStatus().check(action);
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
