package vn.pcmt.outreach.internal;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** An outreach activity: its day, form, audience, the communes, schools and zones it reached. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class OutreachActivity extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private OutreachForm form;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private String title;

    private Long mediumId;

    private Integer participants;

    private Long agencyId;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outreach_activity_commune", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "commune_id")
    private Set<Long> communeIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outreach_activity_school", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "school_id")
    private Set<Long> schoolIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outreach_activity_zone", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "zone_id")
    private Set<Long> zoneIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected OutreachActivity() {}

    public OutreachActivity(Collection<Long> communes, ActivityForm input) {
        apply(communes, input);
    }

    public void apply(Collection<Long> communes, ActivityForm input) {
        this.heldOn = input.heldOn();
        this.form = input.form();
        this.audience = input.audience();
        this.title = VietnameseText.normalize(input.title());
        this.mediumId = input.mediumId();
        this.participants = input.participants();
        this.agencyId = input.agencyId();
        this.note = VietnameseText.clean(input.note());
        this.communeIds.clear();
        this.communeIds.addAll(communes);
        this.schoolIds.clear();
        this.schoolIds.addAll(input.schools());
        this.zoneIds.clear();
        this.zoneIds.addAll(input.zones());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public OutreachForm getForm() {
        return form;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getTitle() {
        return title;
    }

    public Long getMediumId() {
        return mediumId;
    }

    public Integer getParticipants() {
        return participants;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getNote() {
        return note;
    }

    public Set<Long> getCommuneIds() {
        return communeIds;
    }

    public Set<Long> getSchoolIds() {
        return schoolIds;
    }

    public Set<Long> getZoneIds() {
        return zoneIds;
    }

    public long getVersion() {
        return version;
    }
}
