package vn.pcmt.platform;

import jakarta.persistence.Embedded;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.pcmt.platform.internal.JpaAuditingConfiguration;

/**
 * A record that keeps when and by whom it was created ({@code created_at}, {@code created_by}), stamped on insert by
 * Spring Data auditing ({@link JpaAuditingConfiguration}: the signed-in user, the application's clock) and never
 * changed afterwards. The audit history does not repeat the two columns: its first revision says the same.
 * A record that is also deleted softly extends {@link Recorded} instead (ADR 021).
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class Created {

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
