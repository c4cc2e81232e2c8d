package vn.pcmt.cases.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A suspect of a case: a person of the register, or identity fields when the person is not there. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class CaseSuspect extends Recorded implements Part {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;

    private Long personId;

    private String fullName;

    private Boolean female;

    private Integer birthYear;

    private String idNumber;

    @Enumerated(EnumType.STRING)
    private SuspectRole role;

    @Enumerated(EnumType.STRING)
    private AgeGroup ageGroup;

    private boolean priorRecord;

    private boolean drugUser;

    @Version
    private long version;

    protected CaseSuspect() {}

    public CaseSuspect(long caseId, SuspectForm form, AgeGroup ageGroup) {
        this.caseId = caseId;
        this.personId = form.personId();
        if (personId == null) {
            this.fullName = VietnameseText.normalize(form.fullName());
            this.female = form.female();
            this.birthYear = form.birthYear();
            this.idNumber = form.idNumber() == null || form.idNumber().isBlank() ? null : form.idNumber();
        }
        this.role = form.role();
        this.ageGroup = ageGroup;
        this.priorRecord = Boolean.TRUE.equals(form.priorRecord());
        this.drugUser = Boolean.TRUE.equals(form.drugUser());
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    @Override
    public long partOf() {
        return getCaseId();
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

    public SuspectRole getRole() {
        return role;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public boolean isPriorRecord() {
        return priorRecord;
    }

    public boolean isDrugUser() {
        return drugUser;
    }

    public long getVersion() {
        return version;
    }
}
