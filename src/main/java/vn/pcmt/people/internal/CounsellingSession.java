package vn.pcmt.people.internal;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A counselling session with a person of the register at a facility on a day (ADR 053). */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
@Table(name = "counselling_session")
public class CounsellingSession extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long personId;

    private LocalDate sessionDate;

    private long facilityId;

    @Enumerated(EnumType.STRING)
    private CounsellingKind kind;

    @Enumerated(EnumType.STRING)
    private CounsellingTopic topic;

    private String counsellor;

    private String note;

    @Version
    private long version;

    protected CounsellingSession() {}

    CounsellingSession(long personId, long facilityId, CounsellingForm form, String counsellor) {
        this.personId = personId;
        this.facilityId = facilityId;
        this.sessionDate = form.date();
        this.kind = form.kind();
        this.topic = form.topic();
        this.counsellor = counsellor;
        this.note = VietnameseText.clean(form.note());
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public CounsellingKind getKind() {
        return kind;
    }

    public CounsellingTopic getTopic() {
        return topic;
    }

    public String getCounsellor() {
        return counsellor;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
