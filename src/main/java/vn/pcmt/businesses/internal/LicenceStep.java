package vn.pcmt.businesses.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Created;

/** One decision on a licence, kept: revocations and suspensions are counted by their day. */
@Entity
@Audited
@Table(name = "business_licence_step")
public class LicenceStep extends Created {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long businessId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LicenceAction action;

    @Column(updatable = false)
    private LocalDate takenOn;

    @Column(updatable = false)
    private String decision;

    protected LicenceStep() {}

    public LicenceStep(long businessId, LicenceAction action, LocalDate takenOn, String decision) {
        this.businessId = businessId;
        this.action = action;
        this.takenOn = takenOn;
        this.decision = decision;
    }

    public Long getId() {
        return id;
    }

    public long getBusinessId() {
        return businessId;
    }

    public LicenceAction getAction() {
        return action;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public String getDecision() {
        return decision;
    }
}
