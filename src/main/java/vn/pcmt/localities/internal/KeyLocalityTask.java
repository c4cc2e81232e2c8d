package vn.pcmt.localities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A task of a key locality's transformation plan: what, who leads, by when, done when. */
@Entity
@Audited
@EntityListeners(AuditingEntityListener.class)
public class KeyLocalityTask extends SoftDeleted {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long localityId;

    private String text;

    private String lead;

    private LocalDate dueOn;

    private LocalDate doneOn;

    /** Only who made the task is kept (the table has no {@code created_at}): stamped on insert as Recorded does. */
    @CreatedBy
    @NotAudited
    @Column(updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected KeyLocalityTask() {}

    KeyLocalityTask(long localityId, String text, String lead, LocalDate dueOn) {
        this.localityId = localityId;
        this.text = VietnameseText.normalize(text);
        this.lead = VietnameseText.clean(lead);
        this.dueOn = dueOn;
    }

    void done(LocalDate on) {
        this.doneOn = on;
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn != null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getLocalityId() {
        return localityId;
    }

    public String getText() {
        return text;
    }

    public String getLead() {
        return lead;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public long getVersion() {
        return version;
    }
}
