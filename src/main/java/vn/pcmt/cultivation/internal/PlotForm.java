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

/** A plot as entered: the commune by code (the version in force on the day found), what grew and how much. */
public record PlotForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotNull PlantSpecies species,
        @Size(max = 200) String speciesNote,
        @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") BigDecimal areaM2,
        @NotNull @Min(0) @Max(100_000_000) Integer plants,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate foundOn,
        @NotBlank @Size(max = 200) String foundBy,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Size(max = 300) String address,
        @Size(max = 2000) String note,
        Long version) {}
