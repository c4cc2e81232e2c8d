package vn.pcmt.plans;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as a plan file carries it: agencies by their standard code (CA, SYT, STP…), found again in the importing
 * province. A task whose lead agency the province does not have goes to its police (the standing office) instead.
 */
public record TaskSpec(
        @Size(max = 2000) String text,
        @Size(max = 40) String leadAgencyCode,
        @Size(max = 100) List<@Size(max = 40) String> cooperatingAgencyCodes,
        LocalDate dueOn,
        Recurrence recurrence) {

    TaskSpec shiftedBy(int years) {
        return new TaskSpec(
                text,
                leadAgencyCode,
                cooperatingAgencyCodes,
                dueOn == null ? null : dueOn.plusYears(years),
                recurrence);
    }
}
