package vn.pcmt.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.platform.Created;
import vn.pcmt.reports.internal.ReportAction;
import vn.pcmt.reports.internal.ReportStatus;
import vn.pcmt.reports.internal.ReportText;
import vn.pcmt.text.VietnameseText;

/**
 * A unit's report on a plan for a period. While a draft or returned, its figures are computed live; when
 * submitted, the figures of that moment are kept with it ({@code figures}, JSON) so the reviewer reads what was
 * sent.
 */
@Entity
@Audited
public class Report extends Created {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReportKind kind;

    @Column(updatable = false)
    private long unitId;

    /** The department that reports (its unit is then the province); null for a unit's own report. */
    @Column(updatable = false)
    private Long agencyId;

    /** A facility's report (reporters FACILITIES, ADR 043): the facility; its unit is the commune it lies in. */
    private Long facilityId;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String number;

    private String results;

    private String limits;

    private String causes;

    private String proposals;

    private String figures;

    private String reviewerComment;

    @Version
    private long version;

    protected Report() {}

    public Report(
            long planId, ReportKind kind, long unitId, Long agencyId, LocalDate from, LocalDate to, LocalDate dueOn) {
        this.planId = planId;
        this.kind = kind;
        this.unitId = unitId;
        this.agencyId = agencyId;
        this.periodFrom = from;
        this.periodTo = to;
        this.dueOn = dueOn;
        this.status = ReportStatus.initial();
    }

    /** The report of a facility lying in the report's unit (ADR 043). */
    public Report ofFacility(long facilityId) {
        this.facilityId = facilityId;
        return this;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void write(ReportText text) {
        this.number = VietnameseText.clean(text.number());
        this.results = VietnameseText.clean(text.results());
        this.limits = VietnameseText.clean(text.limits());
        this.causes = VietnameseText.clean(text.causes());
        this.proposals = VietnameseText.clean(text.proposals());
    }

    public void submit(String figuresJson) {
        this.status = status.next(ReportAction.SUBMIT);
        this.figures = figuresJson;
    }

    /** The office's review: {@link ReportAction#RETURN} or {@link ReportAction#ACCEPT}. */
    public void review(ReportAction outcome, String comment) {
        this.status = status.next(outcome);
        this.reviewerComment = VietnameseText.clean(comment);
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public ReportKind getKind() {
        return kind;
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

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getNumber() {
        return number;
    }

    public String getResults() {
        return results;
    }

    public String getLimits() {
        return limits;
    }

    public String getCauses() {
        return causes;
    }

    public String getProposals() {
        return proposals;
    }

    public String getFigures() {
        return figures;
    }

    public String getReviewerComment() {
        return reviewerComment;
    }

    public long getVersion() {
        return version;
    }
}
