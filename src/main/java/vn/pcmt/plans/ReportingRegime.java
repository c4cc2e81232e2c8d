package vn.pcmt.plans;

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
import java.time.MonthDay;
import org.hibernate.envers.Audited;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A line of a plan's reporting regime: a kind of report, who sends it, when its period starts (a cut-off such as
 * 15/12 of the year before) and ends, and when it is due.
 */
@Entity
@Audited
public class ReportingRegime extends SoftDeleted {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    private Reporters reporters;

    private Integer periodStartMonth;

    private Integer periodStartDay;

    private Integer periodEndMonth;

    private Integer periodEndDay;

    private Integer dueMonth;

    private Integer dueDay;

    private LocalDate dueOn;

    private String recipient;

    @Version
    private long version;

    protected ReportingRegime() {}

    public ReportingRegime(long planId, RegimeForm form) {
        this.planId = planId;
        this.kind = form.kind();
        this.reporters = form.reporters();
        this.periodStartMonth = form.periodStartMonth();
        this.periodStartDay = form.periodStartDay();
        this.periodEndMonth = form.periodEndMonth();
        this.periodEndDay = form.periodEndDay();
        this.dueMonth = form.dueMonth();
        this.dueDay = form.dueDay();
        this.dueOn = form.dueOn();
        this.recipient = VietnameseText.normalize(form.recipient());
    }

    void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public RegimeForm toForm() {
        return new RegimeForm(
                kind,
                reporters,
                periodEndMonth,
                periodEndDay,
                dueMonth,
                dueDay,
                dueOn,
                recipient,
                periodStartMonth,
                periodStartDay);
    }

    /** The period reported on in a year: see {@link ReportPeriod#of}. */
    public ReportPeriod period(int year, Plan plan, LocalDate today) {
        return ReportPeriod.of(kind, year, plan, today, periodStartMonth, periodStartDay, periodEndMonth, periodEndDay);
    }

    /** The last day of the period reported on in a year (the plan's end for a final report). */
    public LocalDate periodEnd(int year, Plan plan, LocalDate today) {
        return period(year, plan, today).to();
    }

    /** The deadline of the report of a year; null for an ad hoc report. */
    public LocalDate due(int year, Plan plan, LocalDate today) {
        return switch (kind) {
            case AD_HOC -> null;
            case FINAL -> dueOn != null ? dueOn : plan.getPeriodTo();
            default -> dueMonth == null || dueDay == null
                    ? periodEnd(year, plan, today)
                    : MonthDay.of(dueMonth, dueDay).atYear(year);
        };
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

    public Reporters getReporters() {
        return reporters;
    }

    public Integer getPeriodStartMonth() {
        return periodStartMonth;
    }

    public Integer getPeriodStartDay() {
        return periodStartDay;
    }

    public Integer getPeriodEndMonth() {
        return periodEndMonth;
    }

    public Integer getPeriodEndDay() {
        return periodEndDay;
    }

    public Integer getDueMonth() {
        return dueMonth;
    }

    public Integer getDueDay() {
        return dueDay;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRecipient() {
        return recipient;
    }

    public long getVersion() {
        return version;
    }
}
