package vn.pcmt.plans.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * The money of a project for one agency, year and funding source: allocated, and disbursed so far (never more), in
 * whole đồng. Corrected in place with its history kept; deleted softly.
 */
@Entity
@Audited
@Table(name = "plan_budget_line")
public class BudgetLine extends SoftDeleted {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long projectId;

    private long agencyId;

    private int year;

    @Enumerated(EnumType.STRING)
    private FundingSource source;

    private BigDecimal allocated;

    private BigDecimal disbursed;

    private String note;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected BudgetLine() {}

    BudgetLine(long projectId, BudgetLineForm form, String by, Instant at) {
        this.projectId = projectId;
        apply(form, by, at);
    }

    void apply(BudgetLineForm form, String by, Instant at) {
        this.agencyId = form.agencyId();
        this.year = form.year();
        this.source = form.source();
        this.allocated = form.allocated();
        this.disbursed = form.disbursedOrZero();
        this.note = VietnameseText.clean(form.note());
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public BudgetLineForm toForm() {
        return new BudgetLineForm(agencyId, year, source, allocated, disbursed, note);
    }

    /** The same project, agency, year and source: a second such line would count the money twice. */
    public boolean sameKey(long agencyId, int year, FundingSource source) {
        return this.agencyId == agencyId && this.year == year && this.source == source;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public int getYear() {
        return year;
    }

    public FundingSource getSource() {
        return source;
    }

    public BigDecimal getAllocated() {
        return allocated;
    }

    public BigDecimal getDisbursed() {
        return disbursed;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The day of the last change, where the application runs (Vietnam). */
    public java.time.LocalDate getUpdatedOn() {
        return java.time.LocalDate.ofInstant(updatedAt, java.time.ZoneId.systemDefault());
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
