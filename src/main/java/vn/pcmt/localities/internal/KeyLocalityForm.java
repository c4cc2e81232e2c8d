package vn.pcmt.localities.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The selection of a key complex locality by decision, with its period, reasons and transformation plan. */
public record KeyLocalityForm(
        @NotBlank @Size(max = 10) String communeCode,
        Long villageId,
        @Size(max = 8) String localityType,
        @NotBlank @Size(max = 100) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotBlank @Size(max = 4000) String reasons,
        @Size(max = 4000) String criteriaMet,
        @Size(max = 8000) String transformationPlan) {}
