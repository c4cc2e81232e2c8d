package vn.pcmt.localities.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new drug-free programme of a province. */
public record DrugFreeProgrammeForm(
        @NotBlank @Size(max = 2) String provinceCode,
        @NotBlank @Size(max = 300) String name,
        @NotNull Long criteriaSetId,
        @NotNull LocalDate startsOn,
        LocalDate phaseEndsOn,
        @DecimalMin("0") @DecimalMax("100") BigDecimal targetPercent) {}
