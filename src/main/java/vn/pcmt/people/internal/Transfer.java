package vn.pcmt.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person's move to another commune, from request to the receiving commune's decision. */
@Entity
@Table(name = "person_transfer")
@Audited
public class Transfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private long fromCommuneId;

    private long toCommuneId;

    private LocalDate moveDate;

    private String address;

    private String note;

    @Enumerated(EnumType.STRING)
    private TransferStatus status;

    private String requestedBy;

    @NotAudited
    private Instant requestedAt;

    private String decidedBy;

    @NotAudited
    private Instant decidedAt;

    /** The day the person presented at the receiving commune's police (Law 120/2025), as that commune recorded it. */
    private LocalDate presentedOn;

    private String presentedRecordedBy;

    @Version
    private long version;

    protected Transfer() {}

    Transfer(
            long personId,
            long fromCommuneId,
            long toCommuneId,
            TransferForm form,
            String requestedBy,
            Instant requestedAt) {
        this.personId = personId;
        this.fromCommuneId = fromCommuneId;
        this.toCommuneId = toCommuneId;
        this.moveDate = form.moveDate();
        this.address = form.address() == null || form.address().isBlank()
                ? null
                : form.address().strip();
        this.note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        this.status = TransferStatus.initial();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Accepts, rejects or cancels the pending move (see {@link TransferStatus#next}). */
    void decide(TransferAction decision, String by, Instant at) {
        this.status = status.next(decision);
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void presented(LocalDate on, String by) {
        status.check(TransferAction.PRESENT);
        this.presentedOn = on;
        this.presentedRecordedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getFromCommuneId() {
        return fromCommuneId;
    }

    public long getToCommuneId() {
        return toCommuneId;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public String getAddress() {
        return address;
    }

    public String getNote() {
        return note;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDate getPresentedOn() {
        return presentedOn;
    }

    public String getPresentedRecordedBy() {
        return presentedRecordedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }
}
