package vn.pcmt.cultivation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The destruction of a plot: when and by whom; {@code version} is the plot's as read. */
public record DestructionForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate destroyedOn,
        @NotBlank @Size(max = 200) String destroyedBy,
        Long version) {}
