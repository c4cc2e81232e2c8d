package vn.pcmt.substitution.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A transfer of an open episode to another clinic on a day: the episode stops that day (TRANSFERRED) and the next one
 * starts there the same day, with the same medicine unless another is given; {@code version} is the open one's.
 */
public record TransferForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
        @NotNull Long clinicId,
        Medicine medicine,
        @Size(max = 200) String doseRegime,
        Long dispensingPointId,
        Long version) {}
