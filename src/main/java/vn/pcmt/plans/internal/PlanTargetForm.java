package vn.pcmt.plans.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.pcmt.metrics.Comparison;

/**
 * A target as entered: {@code yearly} targets are judged on each year's figures (flows over the year, stocks at its
 * end); the others on the figures since the plan's start, by {@code dueOn} (the plan's end when empty). {@code
 * level} says whether it applies to the unit asked (the default) or to each commune or former district beneath it,
 * or to a group of units ({@code groupId}, for the levels {@code GROUP} and {@code EACH_IN_GROUP}). On a level other
 * than the unit's, {@code unitComparison} and {@code unitThreshold} (both or neither) judge each unit, and the target
 * is then the share (%) of the units meeting it, judged by {@code comparison} and {@code threshold}: "80% of border
 * communes with at most 5 addicts" is {@code EACH_IN_GROUP}, {@code LE 5} per unit, {@code GE 80}.
 */
public record PlanTargetForm(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 80) String metricCode,
        @NotNull TargetForm form,
        @Size(max = 80) String denominator,
        @NotNull Comparison comparison,
        @NotNull @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99") BigDecimal threshold,
        Boolean yearly,
        LocalDate dueOn,
        TargetLevel level,
        Long groupId,
        Comparison unitComparison,
        @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99") BigDecimal unitThreshold) {

    /** A target without a per-unit threshold. */
    public PlanTargetForm(
            String code,
            String text,
            String metricCode,
            TargetForm form,
            String denominator,
            Comparison comparison,
            BigDecimal threshold,
            Boolean yearly,
            LocalDate dueOn,
            TargetLevel level,
            Long groupId) {
        this(
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
                null,
                null);
    }

    /** A target of a level that names no group. */
    public PlanTargetForm(
            String code,
            String text,
            String metricCode,
            TargetForm form,
            String denominator,
            Comparison comparison,
            BigDecimal threshold,
            Boolean yearly,
            LocalDate dueOn,
            TargetLevel level) {
        this(code, text, metricCode, form, denominator, comparison, threshold, yearly, dueOn, level, null);
    }

    /** A target of the unit asked (the province, or a commune looking at itself). */
    public PlanTargetForm(
            String code,
            String text,
            String metricCode,
            TargetForm form,
            String denominator,
            Comparison comparison,
            BigDecimal threshold,
            Boolean yearly,
            LocalDate dueOn) {
        this(code, text, metricCode, form, denominator, comparison, threshold, yearly, dueOn, TargetLevel.UNIT);
    }

    public TargetLevel levelOrUnit() {
        return level == null ? TargetLevel.UNIT : level;
    }

    /** Whether the target is a share of units meeting a per-unit threshold. */
    public boolean hasUnitThreshold() {
        return unitComparison != null || unitThreshold != null;
    }

    public boolean isYearly() {
        return Boolean.TRUE.equals(yearly);
    }
}
