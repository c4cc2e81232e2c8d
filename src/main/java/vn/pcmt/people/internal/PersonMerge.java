package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.platform.RuleViolationException;

/**
 * The standing office merges a duplicate record into the one that stays: episodes and events move to it, the
 * duplicate keeps its residences and is marked merged (no longer listed). Nothing is deleted; Envers records
 * every row that moved.
 */
@Service
@Transactional
public class PersonMerge {

    private final PersonService people;
    private final EpisodeRepository episodes;
    private final PersonEventRepository events;
    private final TransferRepository transfers;
    private final AccessLog accessLog;
    private final CurrentOfficer officer;
    private final Clock clock;
    private final Penal256a penal256a;

    PersonMerge(
            PersonService people,
            EpisodeRepository episodes,
            PersonEventRepository events,
            TransferRepository transfers,
            AccessLog accessLog,
            CurrentOfficer officer,
            Clock clock,
            Penal256a penal256a) {
        this.penal256a = penal256a;
        this.people = people;
        this.episodes = episodes;
        this.events = events;
        this.transfers = transfers;
        this.accessLog = accessLog;
        this.officer = officer;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Person merge(long survivorId, long survivorVersion, long duplicateId) {
        Person survivor = people.visible(survivorId);
        if (survivorId == duplicateId) {
            throw new RuleViolationException("merge.same");
        }
        Person duplicate = people.visible(duplicateId);
        if (survivor.getVersion() != survivorVersion) {
            throw new ObjectOptimisticLockingFailureException(Person.class, survivorId);
        }
        episodes.findLive(duplicateId).forEach(e -> e.reassign(survivorId));
        events.findLive(duplicateId).forEach(e -> e.reassign(survivorId));
        transfers
                .findByPersonIdAndStatus(duplicateId, TransferStatus.PENDING)
                .ifPresent(t -> t.decide(TransferAction.CANCEL, officer.username(), Instant.now(clock)));
        duplicate.mergeInto(survivorId);
        // the survivor's tests are judged against the episodes of both records now
        penal256a.refresh(survivorId);
        accessLog.record(AccessEventKind.MERGE, "Person", survivorId, "merged " + duplicateId + " into " + survivorId);
        return survivor;
    }
}
