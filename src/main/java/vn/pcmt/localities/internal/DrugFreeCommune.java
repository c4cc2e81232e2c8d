package vn.pcmt.localities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A commune taking part in a drug-free programme, where it stands; each step is also kept in its history. */
@Entity
@Table(name = "drugfree_commune")
@Audited
public class DrugFreeCommune {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long programmeId;

    @Column(updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    private DrugFreeStatus status;

    private LocalDate registeredOn;

    private String decisionNumber;

    private LocalDate recognisedOn;

    private LocalDate revokedOn;

    private String revokeReason;

    @Version
    private long version;

    protected DrugFreeCommune() {}

    DrugFreeCommune(long programmeId, long unitId, LocalDate registeredOn) {
        this.programmeId = programmeId;
        this.unitId = unitId;
        this.registeredOn = registeredOn;
        this.status = DrugFreeStatus.initial();
    }

    /** Takes the action's step (see {@link DrugFreeStatus#next}); an appraisal goes through {@link #appraised}. */
    void apply(DrugFreeAction action) {
        this.status = status.next(action);
    }

    void appraised(boolean allMet) {
        this.status = status.appraised(allMet);
    }

    void recognise(String decision, LocalDate on) {
        this.status = status.next(DrugFreeAction.RECOGNISE);
        this.decisionNumber = decision;
        this.recognisedOn = on;
    }

    void revoke(LocalDate on, String reason) {
        this.status = status.next(DrugFreeAction.REVOKE);
        this.revokedOn = on;
        this.revokeReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getUnitId() {
        return unitId;
    }

    public DrugFreeStatus getStatus() {
        return status;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public long getVersion() {
        return version;
    }
}
