package vn.pcmt.cultivation.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Plants found again on a destroyed plot: a new plot at the same place, linked to the earlier one. */
public record ReplantingForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate foundOn,
        @NotBlank @Size(max = 200) String foundBy,
        @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") BigDecimal areaM2,
        @NotNull @Min(0) @Max(100_000_000) Integer plants,
        @Size(max = 2000) String note) {}
