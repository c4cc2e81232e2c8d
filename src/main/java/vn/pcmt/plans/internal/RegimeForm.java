package vn.pcmt.plans.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;

/**
 * A reporting regime as entered: the period of a yearly report starts on {@code periodStartDay}/{@code
 * periodStartMonth} (1/1 when empty; a day after the end day, such as 15/12 for a period ending 14/12, falls in the
 * year before), ends on {@code periodEndDay}/{@code periodEndMonth} (15/6 for a six-month report) and is due on
 * {@code dueDay}/{@code dueMonth}; a final report is due on {@code dueOn} (the plan's end when empty); an ad hoc
 * report has no deadline. Reporters are communes, districts (before 1/7/2025), departments and other agencies, or
 * the province; facilities are refused until their register exists.
 */
public record RegimeForm(
        @NotNull ReportKind kind,
        @NotNull Reporters reporters,
        @Min(1) @Max(12) Integer periodEndMonth,
        @Min(1) @Max(31) Integer periodEndDay,
        @Min(1) @Max(12) Integer dueMonth,
        @Min(1) @Max(31) Integer dueDay,
        LocalDate dueOn,
        @NotBlank @Size(max = 300) String recipient,
        @Min(1) @Max(12) Integer periodStartMonth,
        @Min(1) @Max(31) Integer periodStartDay) {

    /** A regime whose yearly periods start on 1 January. */
    public RegimeForm(
            ReportKind kind,
            Reporters reporters,
            Integer periodEndMonth,
            Integer periodEndDay,
            Integer dueMonth,
            Integer dueDay,
            LocalDate dueOn,
            String recipient) {
        this(kind, reporters, periodEndMonth, periodEndDay, dueMonth, dueDay, dueOn, recipient, null, null);
    }
}
