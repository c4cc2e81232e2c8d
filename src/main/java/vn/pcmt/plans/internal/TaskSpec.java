package vn.pcmt.plans.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as a plan file carries it: agencies by their standard code (CA, SYT, STP…), found again in the importing
 * province (or through the importer's mapping); or a unit of the province by its official code ({@code
 * leadUnitCode}: a commune, or a district before 1/7/2025), found again as in force at the end of the plan's period.
 * Exactly one lead.
 */
public record TaskSpec(
        @Size(max = 2000) String text,
        @Size(max = 40) String leadAgencyCode,
        @Size(max = 100) List<@Size(max = 40) String> cooperatingAgencyCodes,
        LocalDate dueOn,
        Recurrence recurrence,
        @Pattern(regexp = "\\d{2,5}") String leadUnitCode) {

    /** A task led by an agency. */
    public TaskSpec(
            String text,
            String leadAgencyCode,
            List<String> cooperatingAgencyCodes,
            LocalDate dueOn,
            Recurrence recurrence) {
        this(text, leadAgencyCode, cooperatingAgencyCodes, dueOn, recurrence, null);
    }

    /** Whether the lead is a unit of the province. */
    public boolean toUnit() {
        return leadUnitCode != null && !leadUnitCode.isBlank();
    }

    TaskSpec shiftedBy(int years) {
        return new TaskSpec(
                text,
                leadAgencyCode,
                cooperatingAgencyCodes,
                dueOn == null ? null : dueOn.plusYears(years),
                recurrence,
                leadUnitCode);
    }
}
