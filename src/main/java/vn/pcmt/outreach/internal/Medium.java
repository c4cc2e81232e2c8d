package vn.pcmt.outreach.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Recorded;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A medium of a province (newspaper, radio, TV, portal, social page), major or not, with its drug column. */
@Entity
@Audited
@Table(name = "outreach_medium")
@SQLRestriction(SoftDeleted.LIVE)
public class Medium extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long provinceId;

    private String name;

    @Enumerated(EnumType.STRING)
    private MediumKind kind;

    private boolean major;

    private LocalDate columnSince;

    private LocalDate columnUntil;

    @Version
    private long version;

    protected Medium() {}

    public Medium(long provinceId, MediumForm form) {
        apply(provinceId, form);
    }

    public void apply(long provinceId, MediumForm form) {
        this.provinceId = provinceId;
        this.name = VietnameseText.normalize(form.name());
        this.kind = form.kind();
        this.major = form.isMajor();
        this.columnSince = form.columnSince();
        this.columnUntil = form.columnUntil();
    }

    /** Whether the medium runs its drug column on the date. */
    public boolean columnOn(LocalDate date) {
        return columnSince != null
                && !columnSince.isAfter(date)
                && (columnUntil == null || !columnUntil.isBefore(date));
    }

    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public MediumForm toForm(String provinceCode) {
        return new MediumForm(provinceCode, name, kind, major, columnSince, columnUntil, version);
    }

    public Long getId() {
        return id;
    }

    public long getProvinceId() {
        return provinceId;
    }

    public String getName() {
        return name;
    }

    public MediumKind getKind() {
        return kind;
    }

    public boolean isMajor() {
        return major;
    }

    public LocalDate getColumnSince() {
        return columnSince;
    }

    public LocalDate getColumnUntil() {
        return columnUntil;
    }

    public long getVersion() {
        return version;
    }
}
