package vn.pcmt.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.FigureSource;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TargetLevel;

/**
 * A target's progress for a unit on a date: its value over the period it is judged on, its status, and its trend
 * (the value of each year of the plan so far). A target of each commune or former district counts the units that
 * meet it ({@code value} = {@code unitsMeeting} of {@code unitsTotal}) and is met when all do; its trend is empty.
 * {@code source} says where its figures come from: a register, manual figures, or both ({@link FigureSource}).
 */
public record TargetProgress(
        long targetId,
        String code,
        String text,
        String unitCode,
        LocalDate from,
        LocalDate to,
        BigDecimal value,
        Comparison comparison,
        BigDecimal threshold,
        TargetForm form,
        TargetStatus status,
        LocalDate judgedOn,
        Map<Integer, BigDecimal> trend,
        TargetLevel level,
        Integer unitsMeeting,
        Integer unitsTotal,
        Comparison unitComparison,
        BigDecimal unitThreshold,
        FigureSource source) {

    /** Whether the value and the threshold are percentages (a share, or a growth against the year before). */
    public boolean inPercent() {
        return form == TargetForm.SHARE || form == TargetForm.GROWTH;
    }
}
