package vn.pcmt.hotspots.internal;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A hotspot: a place where drugs are sold or used, detected on a date in a commune (the unit version of that
 * day). Eliminating it keeps the record; new activity at the same place later is a new hotspot that points back
 * to this one ({@link #getReformedFromId()}). Deleted softly.
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class Hotspot extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    private Long villageId;

    @Enumerated(EnumType.STRING)
    private HotspotShape shape;

    @Enumerated(EnumType.STRING)
    private HotspotActivity activity;

    private String name;

    private String address;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    private BusinessKind businessKind;

    private String businessName;

    private LocalDate detectedOn;

    private String source;

    private LocalDate eliminatedOn;

    private String eliminationMeasure;

    private String eliminationDecision;

    @Column(updatable = false)
    private Long reformedFromId;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hotspot_suspect", joinColumns = @JoinColumn(name = "hotspot_id"))
    @Column(name = "person_id")
    private Set<Long> suspectIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Hotspot() {}

    public Hotspot(long communeId, HotspotForm form, Long reformedFromId) {
        this.communeId = communeId;
        this.reformedFromId = reformedFromId;
        apply(communeId, form);
    }

    public void apply(long communeId, HotspotForm form) {
        this.communeId = communeId;
        this.villageId = form.villageId();
        this.shape = form.shape();
        this.activity = form.activity();
        this.name = VietnameseText.normalize(form.name());
        this.address = VietnameseText.clean(form.address());
        this.latitude = form.latitude();
        this.longitude = form.longitude();
        this.businessKind = form.businessKind() == null ? BusinessKind.NONE : form.businessKind();
        this.businessName = VietnameseText.clean(form.businessName());
        this.detectedOn = form.detectedOn();
        this.source = VietnameseText.clean(form.source());
        this.note = VietnameseText.clean(form.note());
        this.suspectIds.clear();
        this.suspectIds.addAll(form.suspects());
    }

    public void eliminate(EliminationForm form) {
        this.eliminatedOn = form.eliminatedOn();
        this.eliminationMeasure = VietnameseText.normalize(form.measure());
        this.eliminationDecision = VietnameseText.clean(form.decision());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** Where the hotspot stands on the date; null before it was detected. */
    public HotspotState stateOn(LocalDate date) {
        if (detectedOn.isAfter(date)) {
            return null;
        }
        return eliminatedOn != null && !eliminatedOn.isAfter(date) ? HotspotState.ELIMINATED : HotspotState.ACTIVE;
    }

    /** The form that reproduces this hotspot, for correcting it. */
    public HotspotForm toForm(String communeCode) {
        return new HotspotForm(
                communeCode,
                villageId,
                shape,
                activity,
                name,
                address,
                latitude,
                longitude,
                businessKind,
                businessName,
                detectedOn,
                source,
                note,
                java.util.List.copyOf(suspectIds),
                version);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public HotspotShape getShape() {
        return shape;
    }

    public HotspotActivity getActivity() {
        return activity;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BusinessKind getBusinessKind() {
        return businessKind;
    }

    public String getBusinessName() {
        return businessName;
    }

    public LocalDate getDetectedOn() {
        return detectedOn;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getEliminatedOn() {
        return eliminatedOn;
    }

    public String getEliminationMeasure() {
        return eliminationMeasure;
    }

    public String getEliminationDecision() {
        return eliminationDecision;
    }

    public Long getReformedFromId() {
        return reformedFromId;
    }

    public String getNote() {
        return note;
    }

    public Set<Long> getSuspectIds() {
        return Set.copyOf(suspectIds);
    }

    public long getVersion() {
        return version;
    }
}
