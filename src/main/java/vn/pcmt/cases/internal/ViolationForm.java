package vn.pcmt.cases.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An administrative sanction decision on drugs; {@code version} is the one read when correcting. */
public record ViolationForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotNull @PastOrPresent LocalDate decidedOn,
        Long personId,
        @Size(max = 200) String fullName,
        Boolean female,
        @Min(1900) @Max(2100) Integer birthYear,
        @Pattern(regexp = "|\\d{12}", message = "{person.idNumber.format}") String idNumber,
        @NotBlank @Size(max = 100) String decisionNumber,
        @NotBlank @Size(max = 500) String behaviour,
        @PositiveOrZero @Max(10_000_000_000L) BigDecimal fine,
        @Size(max = 500) String measure,
        Long version) {}
