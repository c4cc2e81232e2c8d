package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An admission to a rehab facility (ADR 043): who (by {@code personId} for an officer who covers the person, or by
 * identification number and birth year for the facility's staff, as on the papers the person arrives with), in which
 * form of rehab, from which day, on which decision; the planned end follows the legal bounds as for any rehab episode.
 */
public record AdmissionForm(
        Long personId,
        @Size(max = 12) String idNumber,
        Integer birthYear,
        @NotNull(message = "{placement.form.required}") RehabForm form,
        @NotNull(message = "{placement.date.required}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate startDate,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate plannedEndDate,
        @Size(max = 60) String decisionNumber,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate decisionDate,
        @Size(max = 1000) String note) {

    public static AdmissionForm empty(LocalDate today) {
        return new AdmissionForm(null, "", null, RehabForm.VOLUNTARY_FACILITY, today, null, "", null, "");
    }
}
