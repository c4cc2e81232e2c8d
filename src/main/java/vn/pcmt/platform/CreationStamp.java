package vn.pcmt.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;

/**
 * When and by whom a record was created ({@code created_at}, {@code created_by}), stamped on insert by Spring Data
 * auditing (the signed-in user, the application's clock; ADR 021) and never changed afterwards. Declared once and
 * embedded by {@link Created} and {@link Recorded} (ADR 049).
 */
@Embeddable
public class CreationStamp {

    @CreatedDate
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private String createdBy;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
