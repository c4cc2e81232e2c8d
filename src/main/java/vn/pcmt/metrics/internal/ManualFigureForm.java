package vn.pcmt.metrics.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure as entered for a unit and period: a flow counts what happened from {@code periodFrom} to {@code
 * periodTo}; a stock is the state on {@code periodTo}. {@code version} is the one read when correcting.
 */
public record ManualFigureForm(
        @NotBlank @Size(max = 10) String unitCode,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotNull @DecimalMin("0") @DecimalMax("99999999999999.99") BigDecimal value,
        @Size(max = 2000) String note,
        Long version) {}
