package vn.pcmt.businesses.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision on a business's licence; {@code version} is the business's as read. */
public record LicenceForm(
        @NotNull LicenceAction action,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate takenOn,
        @Size(max = 200) String decision,
        Long version) {}
