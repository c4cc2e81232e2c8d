package vn.pcmt.agencies;

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
import org.hibernate.envers.NotAudited;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A body of a province (department, police, Front, union…) that plans give tasks to, over the period it exists
 * ({@code validFrom}/{@code validTo}, inclusive; null when open). Deleted softly.
 */
@Entity
@Audited
public class Agency extends SoftDeleted {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String provinceCode;

    private String code;

    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    private LocalDate validFrom;

    private LocalDate validTo;

    @NotAudited
    private String searchName;

    @NotAudited
    private byte[] sortKey;

    @Version
    private long version;

    protected Agency() {}

    public Agency(String provinceCode, AgencyForm form) {
        this.provinceCode = provinceCode;
        apply(form);
    }

    void apply(AgencyForm form) {
        this.code = form.code().strip().toUpperCase(java.util.Locale.ROOT);
        this.name = VietnameseText.normalize(form.name());
        this.shortName = form.shortName() == null || form.shortName().isBlank()
                ? null
                : VietnameseText.normalize(form.shortName());
        this.kind = form.kind();
        this.validFrom = form.validFrom();
        this.validTo = form.validTo();
        this.searchName = VietnameseText.fold(name + " " + (shortName == null ? "" : shortName));
        this.sortKey = VietnameseText.sortKey(name);
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** Whether the agency exists on the date. */
    public boolean inForceOn(LocalDate date) {
        return inForceDuring(date, date);
    }

    /** Whether the agency exists on some day of the period (a plan's period, a task's). */
    public boolean inForceDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || to == null || !validFrom.isAfter(to))
                && (validTo == null || from == null || !validTo.isBefore(from));
    }

    public AgencyForm toForm() {
        return new AgencyForm(code, name, shortName, kind, validFrom, validTo, version);
    }

    public long getVersion() {
        return version;
    }
}
