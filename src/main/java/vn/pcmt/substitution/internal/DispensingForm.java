package vn.pcmt.substitution.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A dose given on a day (ADR 053): milligrams, at the clinic (no point) or one of its dispensing points. */
public record DispensingForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax(value = "99999") BigDecimal doseMg,
        Long dispensingPointId,
        @Size(max = 1000) String note) {}
