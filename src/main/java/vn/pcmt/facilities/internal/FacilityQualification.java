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

/** A facility qualified for something from a day (until a day, or still). */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class FacilityQualification extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long facilityId;

    @Enumerated(EnumType.STRING)
    private QualificationKind kind;

    private LocalDate since;

    private LocalDate until;

    private String decision;

    @Version
    private long version;

    protected FacilityQualification() {}

    public FacilityQualification(long facilityId, QualificationForm form) {
        this.facilityId = facilityId;
        this.kind = form.kind();
        this.since = form.since();
        this.until = form.until();
        this.decision = VietnameseText.clean(form.decision());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public boolean isOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getDecision() {
        return decision;
    }
}
