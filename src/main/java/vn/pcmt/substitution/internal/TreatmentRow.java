package vn.pcmt.substitution.internal;

import java.time.LocalDate;

/** An episode in a list: the person (masked birth data only: name and year), the clinic, the commune of residence. */
public record TreatmentRow(
        long id,
        long personId,
        String personName,
        int birthYear,
        String clinicName,
        String communeName,
        LocalDate startDate,
        Medicine medicine,
        LocalDate stopDate,
        StopReason stopReason) {}
