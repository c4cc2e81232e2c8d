package vn.pcmt.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A record deleted softly ({@link SoftDeleted}) that also keeps when and by whom it was created, stamped on insert
 * as {@link Created} does (Java has one superclass, so the two columns are declared here as well as there; ADR 021).
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class Recorded extends SoftDeleted {

    @CreatedDate
    @NotAudited
    @Column(updatable = false)
    private Instant createdAt;

    @CreatedBy
    @NotAudited
    @Column(updatable = false)
    private String createdBy;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
