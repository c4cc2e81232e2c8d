package vn.pcmt.substitution.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A treatment episode as entered: the person of the register, the clinic, the start, the medicine, the dose regime and
 * the dispensing point when known, a note; {@code version} is the one read. A clinic's staff may name the person by
 * identification number and year of birth instead (ADR 053).
 */
public record TreatmentForm(
        Long personId,
        @NotNull Long clinicId,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate startDate,
        @NotNull Medicine medicine,
        @Size(max = 200) String doseRegime,
        Long dispensingPointId,
        @Size(max = 4000) String note,
        Long version,
        @Size(max = 12) String idNumber,
        Integer birthYear) {

    public TreatmentForm(
            Long personId,
            Long clinicId,
            LocalDate startDate,
            Medicine medicine,
            String doseRegime,
            Long dispensingPointId,
            String note,
            Long version) {
        this(personId, clinicId, startDate, medicine, doseRegime, dispensingPointId, note, version, null, null);
    }

    /** The same form naming the person by their record. */
    public TreatmentForm forPerson(long id) {
        return new TreatmentForm(
                id, clinicId, startDate, medicine, doseRegime, dispensingPointId, note, version, idNumber, birthYear);
    }
}
