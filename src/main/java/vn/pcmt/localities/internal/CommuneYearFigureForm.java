package vn.pcmt.localities.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The figures of a commune for a year; {@code version} is the one read, null for the first entry. */
public record CommuneYearFigureForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @PositiveOrZero Integer population,
        @PositiveOrZero Integer drugArrests,
        @PositiveOrZero Integer plantsDestroyed,
        @DecimalMin("0") @DecimalMax("9999999999.99") BigDecimal cultivationAreaM2,
        Boolean onTraffickingRoute,
        @Size(max = 500) String note,
        Long version) {}
