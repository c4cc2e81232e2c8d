package vn.pcmt.geo.internal;

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
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/** An attribute a unit version carries from a date (to a date, inclusive, or still): a border commune since…. */
@Entity
@Audited
public class UnitAttribute extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private UnitAttributeKind attribute;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String note;

    @Version
    private long version;

    protected UnitAttribute() {}

    public UnitAttribute(long unitId, UnitAttributeForm form) {
        this.unitId = unitId;
        this.attribute = form.attribute();
        change(form);
    }

    public void change(UnitAttributeForm form) {
        this.validFrom = form.validFrom();
        this.validTo = form.validTo();
        this.note = VietnameseText.clean(form.note());
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public UnitAttributeKind getAttribute() {
        return attribute;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
