package vn.pcmt.localities.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.pcmt.text.VietnameseText;

/**
 * Figures of a commune for a year that no register holds yet: population, people arrested for drug offences,
 * plants and area of illegal cultivation destroyed, whether it lies on a trafficking route.
 */
@Entity
@Audited
public class CommuneYearFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long unitId;

    @Column(nullable = false, updatable = false)
    private int year;

    private Integer population;

    private Integer drugArrests;

    private Integer plantsDestroyed;

    @Column(name = "cultivation_area_m2")
    private BigDecimal cultivationAreaM2;

    private boolean onTraffickingRoute;

    private String note;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private String updatedBy;

    @Version
    private long version;

    protected CommuneYearFigure() {}

    CommuneYearFigure(long unitId, int year) {
        this.unitId = unitId;
        this.year = year;
    }

    void apply(CommuneYearFigureForm form, String by, Instant at) {
        this.population = form.population();
        this.drugArrests = form.drugArrests();
        this.plantsDestroyed = form.plantsDestroyed();
        this.cultivationAreaM2 = form.cultivationAreaM2();
        this.onTraffickingRoute = Boolean.TRUE.equals(form.onTraffickingRoute());
        this.note = VietnameseText.clean(form.note());
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getYear() {
        return year;
    }

    public Integer getPopulation() {
        return population;
    }

    public Integer getDrugArrests() {
        return drugArrests;
    }

    public Integer getPlantsDestroyed() {
        return plantsDestroyed;
    }

    public BigDecimal getCultivationAreaM2() {
        return cultivationAreaM2;
    }

    public boolean isOnTraffickingRoute() {
        return onTraffickingRoute;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
