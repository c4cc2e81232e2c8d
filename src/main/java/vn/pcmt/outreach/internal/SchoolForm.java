package vn.pcmt.outreach.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A school as entered: the commune by code (in force today, or on the day it opened for a code that ended). */
public record SchoolForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull SchoolLevel level,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validTo,
        Long version) {}
