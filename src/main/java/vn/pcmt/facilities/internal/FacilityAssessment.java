package vn.pcmt.facilities.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** One legal condition of a public rehab facility assessed on a day: met or not, with the evidence. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class FacilityAssessment extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long facilityId;

    @Enumerated(EnumType.STRING)
    private Criterion criterion;

    private LocalDate assessedOn;

    private boolean met;

    private String evidence;

    @Version
    private long version;

    protected FacilityAssessment() {}

    public FacilityAssessment(long facilityId, AssessmentForm form) {
        this.facilityId = facilityId;
        this.criterion = form.criterion();
        this.assessedOn = form.assessedOn();
        this.met = form.met();
        this.evidence = VietnameseText.clean(form.evidence());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public boolean isMet() {
        return met;
    }

    public String getEvidence() {
        return evidence;
    }
}
