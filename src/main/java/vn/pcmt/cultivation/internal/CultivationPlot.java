package vn.pcmt.cultivation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A plot of illegal cultivation found on a date in a commune (the unit version of that day). Destroying it keeps the
 * record; plants found again at the place later are a new plot pointing back to this one ({@link #getReplantedFromId}).
 */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class CultivationPlot extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    @Enumerated(EnumType.STRING)
    private PlantSpecies species;

    private String speciesNote;

    @Column(name = "area_m2")
    private BigDecimal areaM2;

    private int plants;

    private LocalDate foundOn;

    private String foundBy;

    private BigDecimal latitude;

    private BigDecimal longitude;

    private String address;

    private LocalDate destroyedOn;

    private String destroyedBy;

    @Column(updatable = false)
    private Long replantedFromId;

    private String note;

    @Version
    private long version;

    protected CultivationPlot() {}

    public CultivationPlot(long communeId, PlotForm form, Long replantedFromId) {
        this.replantedFromId = replantedFromId;
        apply(communeId, form);
    }

    public void apply(long communeId, PlotForm form) {
        this.communeId = communeId;
        this.species = form.species();
        this.speciesNote = VietnameseText.clean(form.speciesNote());
        this.areaM2 = form.areaM2();
        this.plants = form.plants();
        this.foundOn = form.foundOn();
        this.foundBy = VietnameseText.normalize(form.foundBy());
        this.latitude = form.latitude();
        this.longitude = form.longitude();
        this.address = VietnameseText.clean(form.address());
        this.note = VietnameseText.clean(form.note());
    }

    public void destroy(DestructionForm form) {
        this.destroyedOn = form.destroyedOn();
        this.destroyedBy = VietnameseText.normalize(form.destroyedBy());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    /** Where the plot stands on the date; null before it was found. */
    public PlotState stateOn(LocalDate date) {
        if (foundOn.isAfter(date)) {
            return null;
        }
        return destroyedOn != null && !destroyedOn.isAfter(date) ? PlotState.DESTROYED : PlotState.STANDING;
    }

    public PlotForm toForm(String communeCode) {
        return new PlotForm(
                communeCode,
                species,
                speciesNote,
                areaM2,
                plants,
                foundOn,
                foundBy,
                latitude,
                longitude,
                address,
                note,
                version);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public PlantSpecies getSpecies() {
        return species;
    }

    public String getSpeciesNote() {
        return speciesNote;
    }

    public BigDecimal getAreaM2() {
        return areaM2;
    }

    public int getPlants() {
        return plants;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getDestroyedOn() {
        return destroyedOn;
    }

    public String getDestroyedBy() {
        return destroyedBy;
    }

    public Long getReplantedFromId() {
        return replantedFromId;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
