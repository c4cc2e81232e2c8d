package vn.pcmt.facilities.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A facility as entered: commune (code in force on {@code validFrom}), kind, name, public or private (fixed by the
 * kind for rehab facilities), licence, validity, the clinic of a dispensing point, capacity of a rehab facility.
 */
public record FacilityForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotNull FacilityKind kind,
        @NotBlank @Size(max = 300) String name,
        Boolean publicOwned,
        @Size(max = 100) String licenceNumber,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate licenceDate,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validTo,
        Long clinicId,
        @Min(0) Integer voluntaryAdults,
        @Min(0) Integer voluntaryMinors,
        @Min(0) Integer compulsoryAdults,
        @Min(0) Integer compulsoryMinors,
        @Size(max = 4000) String note,
        Long version) {}
