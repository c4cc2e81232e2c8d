package vn.pcmt.substitution.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A treatment episode as entered: the person of the register, the clinic, the start, the medicine, the dose regime and
 * the dispensing point when known, a note; {@code version} is the one read (a correction changes the medicine, the
 * dose regime, the dispensing point and the note only).
 */
public record TreatmentForm(
        @NotNull Long personId,
        @NotNull Long clinicId,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate startDate,
        @NotNull Medicine medicine,
        @Size(max = 200) String doseRegime,
        Long dispensingPointId,
        @Size(max = 4000) String note,
        Long version) {}
