package vn.pcmt.businesses.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A business as entered: the commune by code (in force today, or on the licence date for an older one). */
public record BusinessForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotNull BusinessKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @Size(max = 200) String ownerName,
        @Size(max = 100) String licenceNumber,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate licenceDate,
        @Size(max = 2000) String note,
        Long version) {}
