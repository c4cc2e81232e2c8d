package vn.pcmt.metrics;

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
import org.hibernate.envers.Audited;
import vn.pcmt.metrics.internal.FigureAction;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A manual figure's value for a unit and period. It counts once the standing office accepts it; a correction
 * sends it back to review. Every state is kept in the audit history.
 */
@Entity
@Audited
public class ManualFigure extends SoftDeleted {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long metricId;

    @Column(updatable = false)
    private long unitId;

    @Column(updatable = false)
    private LocalDate periodFrom;

    @Column(updatable = false)
    private LocalDate periodTo;

    private BigDecimal value;

    private String note;

    @Enumerated(EnumType.STRING)
    private FigureStatus status;

    private String enteredBy;

    private Instant enteredAt;

    private String reviewedBy;

    private Instant reviewedAt;

    private String reviewComment;

    @Version
    private long version;

    protected ManualFigure() {}

    ManualFigure(long metricId, long unitId, ManualFigureForm form, String by, Instant at) {
        this.metricId = metricId;
        this.unitId = unitId;
        this.periodFrom = form.periodFrom();
        this.periodTo = form.periodTo();
        this.status = FigureStatus.initial();
        correct(form, by, at);
    }

    /** A new value: back to review. */
    void correct(ManualFigureForm form, String by, Instant at) {
        this.value = form.value();
        this.note = VietnameseText.clean(form.note());
        this.status = status.next(FigureAction.CORRECT);
        this.enteredBy = by;
        this.enteredAt = at;
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.reviewComment = null;
    }

    void review(boolean accepted, String comment, String by, Instant at) {
        this.status = status.next(FigureStatus.review(accepted));
        this.reviewComment = VietnameseText.clean(comment);
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getMetricId() {
        return metricId;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public FigureStatus getStatus() {
        return status;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public long getVersion() {
        return version;
    }
}
