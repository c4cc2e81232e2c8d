package vn.pcmt.outreach.internal;

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

/** A school of a commune, in force from its opening to its closing (either open). */
@Entity
@Audited
@SQLRestriction(SoftDeleted.LIVE)
public class School extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long communeId;

    private String name;

    @Enumerated(EnumType.STRING)
    private SchoolLevel level;

    private LocalDate validFrom;

    private LocalDate validTo;

    @Version
    private long version;

    protected School() {}

    public School(long communeId, SchoolForm form) {
        apply(communeId, form);
    }

    public void apply(long communeId, SchoolForm form) {
        this.communeId = communeId;
        this.name = VietnameseText.normalize(form.name());
        this.level = form.level();
        this.validFrom = form.validFrom();
        this.validTo = form.validTo();
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public SchoolForm toForm(String communeCode) {
        return new SchoolForm(communeCode, name, level, validFrom, validTo, version);
    }

    public Long getId() {
        return id;
    }

    public long getCommuneId() {
        return communeId;
    }

    public String getName() {
        return name;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
