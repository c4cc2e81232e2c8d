package vn.pcmt.localities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/**
 * A commune (or one of its villages) selected as a key complex locality for a period by decision of the
 * provincial steering committee; later transformed (chuyển hóa) by decision, and possibly complex again.
 */
@Entity
@Audited
public class KeyLocality extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long unitId;

    private Long villageId;

    private String localityType;

    private String decisionNumber;

    private LocalDate decisionDate;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    private String reasons;

    private String criteriaMet;

    private String transformationPlan;

    private LocalDate transformedOn;

    private String transformedDecision;

    private LocalDate complexAgainOn;

    private String complexAgainReason;

    @Version
    private long version;

    protected KeyLocality() {}

    KeyLocality(long unitId, KeyLocalityForm form) {
        this.unitId = unitId;
        this.villageId = form.villageId();
        this.localityType = VietnameseText.clean(form.localityType());
        this.decisionNumber = VietnameseText.normalize(form.decisionNumber());
        this.decisionDate = form.decisionDate();
        this.periodFrom = form.periodFrom();
        this.periodTo = form.periodTo();
        this.reasons = VietnameseText.normalize(form.reasons());
        this.criteriaMet = VietnameseText.clean(form.criteriaMet());
        this.transformationPlan = VietnameseText.clean(form.transformationPlan());
    }

    void transform(LocalDate on, String decision) {
        this.transformedOn = on;
        this.transformedDecision = VietnameseText.normalize(decision);
    }

    void complexAgain(LocalDate on, String reason) {
        this.complexAgainOn = on;
        this.complexAgainReason = VietnameseText.normalize(reason);
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** Selected, transformed or complex again on the date (null before the decision). */
    public KeyLocalityState stateOn(LocalDate date) {
        if (decisionDate.isAfter(date)) {
            return null;
        }
        if (complexAgainOn != null && !complexAgainOn.isAfter(date)) {
            return KeyLocalityState.COMPLEX_AGAIN;
        }
        if (transformedOn != null && !transformedOn.isAfter(date)) {
            return KeyLocalityState.TRANSFORMED;
        }
        return KeyLocalityState.SELECTED;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public String getLocalityType() {
        return localityType;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getReasons() {
        return reasons;
    }

    public String getCriteriaMet() {
        return criteriaMet;
    }

    public String getTransformationPlan() {
        return transformationPlan;
    }

    public LocalDate getTransformedOn() {
        return transformedOn;
    }

    public String getTransformedDecision() {
        return transformedDecision;
    }

    public LocalDate getComplexAgainOn() {
        return complexAgainOn;
    }

    public String getComplexAgainReason() {
        return complexAgainReason;
    }

    public long getVersion() {
        return version;
    }
}
