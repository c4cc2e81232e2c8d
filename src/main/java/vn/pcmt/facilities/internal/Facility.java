package vn.pcmt.facilities.internal;

import jakarta.persistence.Column;
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

/** A facility of the register: a rehab facility, a health station, a reception point, a clinic or its point. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class Facility extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    @Enumerated(EnumType.STRING)
    private FacilityKind kind;

    private String name;

    private boolean publicOwned;

    private String licenceNumber;

    private LocalDate licenceDate;

    private LocalDate validFrom;

    private LocalDate validTo;

    private Long clinicId;

    private Integer voluntaryAdults;

    private Integer voluntaryMinors;

    private Integer compulsoryAdults;

    private Integer compulsoryMinors;

    private String note;

    @Version
    private long version;

    protected Facility() {}

    public Facility(long communeId, FacilityForm form) {
        apply(communeId, form);
    }

    /** The form, checked by the service. */
    public void apply(long communeId, FacilityForm form) {
        this.communeId = communeId;
        this.kind = form.kind();
        this.name = VietnameseText.normalize(form.name());
        this.publicOwned = switch (form.kind()) {
            case PUBLIC_REHAB -> true;
            case PRIVATE_REHAB -> false;
            default -> Boolean.TRUE.equals(form.publicOwned());};
        this.licenceNumber = VietnameseText.clean(form.licenceNumber());
        this.licenceDate = form.licenceDate();
        this.validFrom = form.validFrom();
        this.validTo = form.validTo();
        this.clinicId = form.kind() == FacilityKind.DISPENSING_POINT ? form.clinicId() : null;
        boolean rehab = form.kind().isRehab();
        this.voluntaryAdults = rehab ? form.voluntaryAdults() : null;
        this.voluntaryMinors = rehab ? form.voluntaryMinors() : null;
        this.compulsoryAdults = rehab ? form.compulsoryAdults() : null;
        this.compulsoryMinors = rehab ? form.compulsoryMinors() : null;
        this.note = VietnameseText.clean(form.note());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public FacilityForm toForm(String communeCode) {
        return new FacilityForm(
                communeCode,
                kind,
                name,
                publicOwned,
                licenceNumber,
                licenceDate,
                validFrom,
                validTo,
                clinicId,
                voluntaryAdults,
                voluntaryMinors,
                compulsoryAdults,
                compulsoryMinors,
                note,
                version);
    }

    public boolean isOpenOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public FacilityKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public boolean isPublicOwned() {
        return publicOwned;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceDate() {
        return licenceDate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public Integer getVoluntaryAdults() {
        return voluntaryAdults;
    }

    public Integer getVoluntaryMinors() {
        return voluntaryMinors;
    }

    public Integer getCompulsoryAdults() {
        return compulsoryAdults;
    }

    public Integer getCompulsoryMinors() {
        return compulsoryMinors;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
