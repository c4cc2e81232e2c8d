package vn.pcmt.people.internal;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A part of a person's record kept as its own row with its own version (an episode, an event, a document). Each is
 * found, checked against the version the caller read and deleted the same way, here: the endpoints that change or
 * delete a part take the part's version and answer 404 when it is not a live part of the person, 409 when it changed
 * since it was read.
 */
interface PersonPart {

    Long getId();

    long getPersonId();

    long getVersion();

    boolean isDeleted();

    /** Marks the part deleted, softly: the row and its history stay. */
    void delete(String by, Instant at);

    /**
     * The live part of the person.
     *
     * @throws NoSuchElementException when it is not the person's, or was deleted
     */
    static <T extends PersonPart> T live(Optional<T> found, long personId) {
        return found.filter(p -> p.getPersonId() == personId && !p.isDeleted()).orElseThrow();
    }

    /**
     * The live part of the person as the caller read it.
     *
     * @throws NoSuchElementException when it is not the person's, or was deleted
     * @throws ObjectOptimisticLockingFailureException when the caller gave no version, or it changed since
     */
    static <T extends PersonPart> T asRead(Optional<T> found, long personId, Long version) {
        T part = live(found, personId);
        if (version == null || version != part.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Hibernate.getClass(part), part.getId());
        }
        return part;
    }

    /** Deletes the live part of the person as the caller read it (see {@link #asRead}) and returns it. */
    static <T extends PersonPart> T deleteAsRead(
            Optional<T> found, long personId, long version, String by, Instant at) {
        T part = asRead(found, personId, version);
        part.delete(by, at);
        return part;
    }
}
