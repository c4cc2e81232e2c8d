package vn.pcmt.cases.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** An administrative sanction decision on drugs, in the commune (unit version) of the day it was decided. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class DrugViolation extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long communeId;

    private LocalDate decidedOn;

    private Long personId;

    private String fullName;

    private Boolean female;

    private Integer birthYear;

    private String idNumber;

    private String decisionNumber;

    private String behaviour;

    private BigDecimal fine;

    private String measure;

    @Version
    private long version;

    protected DrugViolation() {}

    public DrugViolation(long communeId, ViolationForm form) {
        apply(communeId, form);
    }

    public void apply(long communeId, ViolationForm form) {
        this.communeId = communeId;
        this.decidedOn = form.decidedOn();
        this.personId = form.personId();
        boolean known = personId != null;
        this.fullName = known ? null : VietnameseText.normalize(form.fullName());
        this.female = known ? null : form.female();
        this.birthYear = known ? null : form.birthYear();
        this.idNumber = known || form.idNumber() == null || form.idNumber().isBlank() ? null : form.idNumber();
        this.decisionNumber = VietnameseText.normalize(form.decisionNumber());
        this.behaviour = VietnameseText.normalize(form.behaviour());
        this.fine = form.fine();
        this.measure = VietnameseText.clean(form.measure());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getFullName() {
        return fullName;
    }

    public Boolean getFemale() {
        return female;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getBehaviour() {
        return behaviour;
    }

    public BigDecimal getFine() {
        return fine;
    }

    public String getMeasure() {
        return measure;
    }

    public long getVersion() {
        return version;
    }
}
