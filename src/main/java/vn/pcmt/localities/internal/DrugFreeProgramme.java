package vn.pcmt.localities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/** A province's drug-free commune programme (e.g. "Kon Tum 2024, phase 1 to 14/12/2024") with its criteria set. */
@Entity
@Table(name = "drugfree_programme")
@Audited
public class DrugFreeProgramme extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String provinceCode;

    private String name;

    /** The revision of the criteria set it judges by; moved only to a newer revision of the same set. */
    private long criteriaSetId;

    private LocalDate startsOn;

    private LocalDate phaseEndsOn;

    private BigDecimal targetPercent;

    @Version
    private long version;

    protected DrugFreeProgramme() {}

    DrugFreeProgramme(String provinceCode, DrugFreeProgrammeForm form) {
        this.provinceCode = provinceCode;
        this.name = VietnameseText.normalize(form.name());
        this.criteriaSetId = form.criteriaSetId();
        this.startsOn = form.startsOn();
        this.phaseEndsOn = form.phaseEndsOn();
        this.targetPercent = form.targetPercent();
    }

    /** Judges from now on by a newer revision of its set; past assessments keep the criteria they were made under. */
    void moveTo(long newerRevisionId) {
        this.criteriaSetId = newerRevisionId;
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getName() {
        return name;
    }

    public long getCriteriaSetId() {
        return criteriaSetId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getPhaseEndsOn() {
        return phaseEndsOn;
    }

    public BigDecimal getTargetPercent() {
        return targetPercent;
    }

    public long getVersion() {
        return version;
    }
}
