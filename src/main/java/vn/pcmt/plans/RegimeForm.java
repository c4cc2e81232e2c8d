package vn.pcmt.plans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A reporting regime as entered: the period of a yearly report ends on {@code periodEndDay}/{@code periodEndMonth}
 * (15/6 for a six-month report) and is due on {@code dueDay}/{@code dueMonth}; a final report is due on {@code
 * dueOn} (the plan's end when empty); an ad hoc report has no deadline.
 */
public record RegimeForm(
        @NotNull ReportKind kind,
        @NotNull Reporters reporters,
        @Min(1) @Max(12) Integer periodEndMonth,
        @Min(1) @Max(31) Integer periodEndDay,
        @Min(1) @Max(12) Integer dueMonth,
        @Min(1) @Max(31) Integer dueDay,
        LocalDate dueOn,
        @NotBlank @Size(max = 300) String recipient) {}
