package vn.pcmt.plans.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A progress report on a task: its status, how far it is, what was done; {@code version} is the one read. */
public record TaskUpdateForm(
        @NotNull TaskStatus status,
        @NotNull @Min(0) @Max(100) Integer progressPercent,
        @Size(max = 4000) String note,
        @NotNull Long version) {}
