package vn.pcmt.cases.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A stage action on a case, on a date; {@code mobileTrial} only for a trial; {@code version} the one read. */
public record StageForm(
        @NotNull CaseAction action, @NotNull @PastOrPresent LocalDate on, Boolean mobileTrial, Long version) {}
