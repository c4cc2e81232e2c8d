package vn.pcmt.platform;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A record that is never removed: deleting it marks when and by whom, and every list and figure leaves it out
 * ({@code deleted_at is null}); the audit history keeps each change of the mark.
 */
@MappedSuperclass
@Audited
public abstract class SoftDeleted {

    /**
     * The condition that leaves deleted rows out, for {@code @SQLRestriction(SoftDeleted.LIVE)} on an entity whose
     * deleted rows no read needs (ADR 028); native SQL says it itself.
     */
    public static final String LIVE = "deleted_at is null";

    private Instant deletedAt;

    private String deletedBy;

    /** Marks the record deleted at the instant by the user. */
    protected void markDeleted(String by, Instant at) {
        this.deletedAt = at;
        this.deletedBy = by;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }
}
