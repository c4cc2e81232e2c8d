package vn.pcmt.plans.internal;

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
import vn.pcmt.metrics.Comparison;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/** A target of a plan: an expression over the metric catalogue, a comparison and a threshold, and when judged. */
@Entity
@Audited
public class PlanTarget extends SoftDeleted implements Part {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long planId;

    private String code;

    private String text;

    private String metricCode;

    @Enumerated(EnumType.STRING)
    private TargetForm form;

    private String denominator;

    @Enumerated(EnumType.STRING)
    private Comparison comparison;

    private BigDecimal threshold;

    private boolean yearly;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private TargetLevel level;

    /** The group of units of the province for a target of a group level; null otherwise. */
    private Long groupId;

    /** How each unit is judged when the target is the share of units meeting a per-unit threshold; null otherwise. */
    @Enumerated(EnumType.STRING)
    private Comparison unitComparison;

    private BigDecimal unitThreshold;

    @Version
    private long version;

    protected PlanTarget() {}

    PlanTarget(long planId, PlanTargetForm input) {
        this.planId = planId;
        apply(input);
    }

    /**
     * A correction: every field of the form replaces the target's (its code, text, metric, form, denominator,
     * comparison, threshold, when judged and level). The row is updated in place; Envers keeps each version, and a
     * report submitted before keeps the figures and thresholds it was judged on (its own copy).
     */
    void correct(PlanTargetForm input) {
        apply(input);
    }

    private void apply(PlanTargetForm input) {
        this.code = input.code().strip();
        this.text = VietnameseText.normalize(input.text());
        this.metricCode = input.metricCode().strip();
        this.form = input.form();
        this.denominator = VietnameseText.clean(input.denominator());
        this.comparison = input.comparison();
        this.threshold = input.threshold();
        this.yearly = input.isYearly();
        this.dueOn = input.dueOn();
        this.level = input.levelOrUnit();
        this.groupId = input.groupId();
        this.unitComparison = input.unitComparison();
        this.unitThreshold = input.unitThreshold();
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public PlanTargetForm toForm() {
        return new PlanTargetForm(
                code,
                text,
                metricCode,
                form,
                denominator,
                comparison,
                threshold,
                yearly,
                dueOn,
                level,
                groupId,
                unitComparison,
                unitThreshold);
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    @Override
    public long partOf() {
        return getPlanId();
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getMetricCode() {
        return metricCode;
    }

    public TargetForm getForm() {
        return form;
    }

    public String getDenominator() {
        return denominator;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public boolean isYearly() {
        return yearly;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TargetLevel getLevel() {
        return level;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Comparison getUnitComparison() {
        return unitComparison;
    }

    public BigDecimal getUnitThreshold() {
        return unitThreshold;
    }

    /** Whether the target is the share (%) of its units meeting a per-unit threshold. */
    public boolean isShareOfUnits() {
        return unitThreshold != null && unitComparison != null;
    }

    public long getVersion() {
        return version;
    }
}
