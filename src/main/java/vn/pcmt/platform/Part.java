package vn.pcmt.platform;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A part of a record kept as its own row with its own version and deleted softly: a person's episode, event or
 * document, a case's suspect or seizure, a plan's target, task or project (ADR 028, ADR 049). Each is found under
 * its record, checked against the version the caller read and deleted the same way, here: an endpoint that changes
 * or deletes a part takes the part's version and answers 404 when it is not a live part of the record, 409 when it
 * changed since it was read.
 */
public interface Part {

    Long getId();

    /** The id of the record this is a part of (the person, the case, the plan…). */
    long partOf();

    long getVersion();

    boolean isDeleted();

    /** Marks the part deleted, softly: the row and its history stay. */
    void delete(String by, Instant at);

    /**
     * The live part of the record.
     *
     * @throws NoSuchElementException when it is not the record's, or was deleted
     */
    static <T extends Part> T live(Optional<T> found, long recordId) {
        return found.filter(p -> p.partOf() == recordId && !p.isDeleted()).orElseThrow();
    }

    /**
     * The live part of the record as the caller read it.
     *
     * @throws NoSuchElementException when it is not the record's, or was deleted
     * @throws ObjectOptimisticLockingFailureException when the caller gave no version, or it changed since
     */
    static <T extends Part> T asRead(Optional<T> found, long recordId, Long version) {
        T part = live(found, recordId);
        if (version == null || version != part.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Hibernate.getClass(part), part.getId());
        }
        return part;
    }

    /** Deletes the live part of the record as the caller read it (see {@link #asRead}) and returns it. */
    static <T extends Part> T deleteAsRead(Optional<T> found, long recordId, Long version, String by, Instant at) {
        T part = asRead(found, recordId, version);
        part.delete(by, at);
        return part;
    }
}
