package vn.pcmt.metrics.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.metrics.MetricKind;

/** A manual figure's definition as entered; {@code agencyId} is the agency of the province that enters it. */
public record ManualMetricForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "manual\\.[a-z0-9_]+") String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String definition,
        @NotNull MetricKind kind,
        @NotBlank @Size(max = 40) String unit,
        Long agencyId) {}
