package vn.pcmt.outreach.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** An industrial zone (khu, cụm công nghiệp) over one or more communes, with its workers as last counted. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class IndustrialZone extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private int workers;

    private LocalDate workersCountedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "industrial_zone_commune", joinColumns = @JoinColumn(name = "zone_id"))
    @Column(name = "commune_id")
    private Set<Long> communeIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected IndustrialZone() {}

    public IndustrialZone(Collection<Long> communeIds, ZoneForm form) {
        apply(communeIds, form);
    }

    public void apply(Collection<Long> communes, ZoneForm form) {
        this.name = VietnameseText.normalize(form.name());
        this.workers = form.workers();
        this.workersCountedOn = form.workersCountedOn();
        this.communeIds.clear();
        this.communeIds.addAll(communes);
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** The form that corrects the zone, with the codes of its communes. */
    public ZoneForm toForm(List<String> communeCodes) {
        return new ZoneForm(name, communeCodes, workers, workersCountedOn, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getWorkers() {
        return workers;
    }

    public LocalDate getWorkersCountedOn() {
        return workersCountedOn;
    }

    public Set<Long> getCommuneIds() {
        return communeIds;
    }

    public long getVersion() {
        return version;
    }
}
