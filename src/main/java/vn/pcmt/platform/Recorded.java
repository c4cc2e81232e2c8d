package vn.pcmt.platform;

import jakarta.persistence.Embedded;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A record deleted softly ({@link SoftDeleted}) that also keeps when and by whom it was created, stamped on insert
 * as {@link Created} does: both embed the one {@link CreationStamp} (Java has one superclass; ADR 021, ADR 049).
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class Recorded extends SoftDeleted {

    @Embedded
    @NotAudited
    private CreationStamp created = new CreationStamp(); // null when loaded with both columns null

    public Instant getCreatedAt() {
        return created == null ? null : created.getCreatedAt();
    }

    public String getCreatedBy() {
        return created == null ? null : created.getCreatedBy();
    }
}
