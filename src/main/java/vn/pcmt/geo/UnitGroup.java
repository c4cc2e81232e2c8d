package vn.pcmt.geo;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.pcmt.geo.internal.UnitAttributeKind;
import vn.pcmt.geo.internal.UnitGroupForm;
import vn.pcmt.platform.Recorded;
import vn.pcmt.text.VietnameseText;

/**
 * A named group of units of a province over a period: the units carrying an attribute on a date (border communes),
 * or a list of units (communes on a trafficking route as the province decided). Deleted softly.
 */
@Entity
@Audited
public class UnitGroup extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String provinceCode;

    private String name;

    @NotAudited
    private String searchName;

    private String description;

    @Enumerated(EnumType.STRING)
    private UnitAttributeKind attribute;

    private LocalDate validFrom;

    private LocalDate validTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected UnitGroup() {}

    UnitGroup(String provinceCode, UnitGroupForm form, Collection<Long> units) {
        this.provinceCode = provinceCode;
        change(form, units);
    }

    void change(UnitGroupForm form, Collection<Long> units) {
        this.name = VietnameseText.normalize(form.name());
        this.searchName = VietnameseText.fold(this.name);
        this.description = VietnameseText.clean(form.description());
        this.attribute = form.attribute();
        this.validFrom = form.validFrom();
        this.validTo = form.validTo();
        this.unitIds.clear();
        this.unitIds.addAll(units);
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public boolean byAttribute() {
        return attribute != null;
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
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

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public long getVersion() {
        return version;
    }
}
