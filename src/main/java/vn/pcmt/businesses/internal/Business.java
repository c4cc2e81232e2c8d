package vn.pcmt.businesses.internal;

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

/** A business under security conditions in a commune, with its licence and where the licence stands. */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class Business extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    @Enumerated(EnumType.STRING)
    private BusinessKind kind;

    private String name;

    private String address;

    private String ownerName;

    private String licenceNumber;

    private LocalDate licenceDate;

    @Enumerated(EnumType.STRING)
    private LicenceStatus licenceStatus = LicenceStatus.ACTIVE;

    private LocalDate licenceStatusOn;

    private String licenceDecision;

    private String note;

    @Version
    private long version;

    protected Business() {}

    public Business(long communeId, BusinessForm form) {
        apply(communeId, form);
    }

    public void apply(long communeId, BusinessForm form) {
        this.communeId = communeId;
        this.kind = form.kind();
        this.name = VietnameseText.normalize(form.name());
        this.address = VietnameseText.normalize(form.address());
        this.ownerName = VietnameseText.normalize(form.ownerName());
        this.licenceNumber = VietnameseText.clean(form.licenceNumber());
        this.licenceDate = form.licenceDate();
        this.note = VietnameseText.clean(form.note());
    }

    /** The licence decision, allowed by the workflow; the caller checked the date. */
    public void take(LicenceForm form) {
        this.licenceStatus = licenceStatus.next(form.action());
        this.licenceStatusOn = form.takenOn();
        this.licenceDecision = VietnameseText.clean(form.decision());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public BusinessForm toForm(String communeCode) {
        return new BusinessForm(communeCode, kind, name, address, ownerName, licenceNumber, licenceDate, note, version);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public BusinessKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceDate() {
        return licenceDate;
    }

    public LicenceStatus getLicenceStatus() {
        return licenceStatus;
    }

    public LocalDate getLicenceStatusOn() {
        return licenceStatusOn;
    }

    public String getLicenceDecision() {
        return licenceDecision;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
