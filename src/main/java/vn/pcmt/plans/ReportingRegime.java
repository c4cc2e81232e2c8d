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
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A line of a plan's reporting regime: a kind of report, who sends it, when its period ends and when it is due. */
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

    private Integer periodEndMonth;

    private Integer periodEndDay;

    private Integer dueMonth;

    private Integer dueDay;

    private LocalDate dueOn;

    private String recipient;

    @Version
    private long version;

    protected ReportingRegime() {}

    ReportingRegime(long planId, RegimeForm form) {
        this.planId = planId;
        this.kind = form.kind();
        this.reporters = form.reporters();
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
        return new RegimeForm(kind, reporters, periodEndMonth, periodEndDay, dueMonth, dueDay, dueOn, recipient);
    }

    /** The last day of the period reported on in a year (the plan's end for a final report). */
    public LocalDate periodEnd(int year, Plan plan, LocalDate today) {
        if (kind == ReportKind.FINAL) {
            return plan.getPeriodTo();
        }
        if (periodEndMonth == null || periodEndDay == null) {
            return kind.defaultTo(year, plan.getPeriodTo(), today);
        }
        return MonthDay.of(periodEndMonth, periodEndDay).atYear(year);
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
