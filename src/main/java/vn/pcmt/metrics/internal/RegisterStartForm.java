package vn.pcmt.metrics.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.pcmt.metrics.Register;

/** A unit (by code, in force today or on {@code since}) keeps a register from a date; {@code version} to change one. */
public record RegisterStartForm(
        @NotBlank @Size(max = 10) String unitCode,
        @NotNull Register register,
        @NotNull LocalDate since,
        Long version) {}
