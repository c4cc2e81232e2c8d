package vn.pcmt.businesses.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** An inspection of a business: it found violations when its checklist holds any. */
@Entity
@Audited
@Table(name = "business_inspection")
@SQLRestriction(SoftDeleted.LIVE)
public class Inspection extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long businessId;

    private LocalDate inspectedOn;

    private String team;

    private String agencies;

    private String result;

    private String sanction;

    private Long fineVnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_inspection_violation", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "violation")
    @Enumerated(EnumType.STRING)
    private Set<Violation> violations = new LinkedHashSet<>();

    /** The hotspot of the hotspot register found at the business (drug use on the premises), if linked. */
    private Long hotspotId;

    @Version
    private long version;

    protected Inspection() {}

    public Inspection(long businessId, InspectionForm form) {
        this.businessId = businessId;
        this.inspectedOn = form.inspectedOn();
        this.team = VietnameseText.normalize(form.team());
        this.agencies = VietnameseText.clean(form.agencies());
        this.result = VietnameseText.normalize(form.result());
        this.sanction = VietnameseText.clean(form.sanction());
        this.fineVnd = form.fineVnd();
        this.violations.addAll(form.violationsFound());
    }

    public boolean foundViolations() {
        return !violations.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public long getBusinessId() {
        return businessId;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getTeam() {
        return team;
    }

    public String getAgencies() {
        return agencies;
    }

    public String getResult() {
        return result;
    }

    public String getSanction() {
        return sanction;
    }

    public Long getFineVnd() {
        return fineVnd;
    }

    public Set<Violation> getViolations() {
        return violations.isEmpty() ? Set.of() : EnumSet.copyOf(violations);
    }

    public Long getHotspotId() {
        return hotspotId;
    }

    /** Refers to a hotspot (or to none); the service has checked it. */
    void linkHotspot(Long hotspotId) {
        this.hotspotId = hotspotId;
    }

    public long getVersion() {
        return version;
    }
}
