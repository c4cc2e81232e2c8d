package vn.pcmt.plans.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A task given by a plan to a lead agency ({@code leadAgencyId}) or to a unit of the province ({@code leadUnitCode}:
 * a commune, or a district before 1/7/2025, whose steering committee or people's committee carries it out), with
 * cooperating agencies, a due date and a recurrence. Exactly one lead.
 */
public record PlanTaskForm(
        @NotBlank @Size(max = 2000) String text,
        Long leadAgencyId,
        List<Long> cooperatingAgencyIds,
        LocalDate dueOn,
        Recurrence recurrence,
        @Pattern(regexp = "\\d{2,5}") String leadUnitCode) {

    /** A task for an agency. */
    public PlanTaskForm(
            String text, Long leadAgencyId, List<Long> cooperatingAgencyIds, LocalDate dueOn, Recurrence recurrence) {
        this(text, leadAgencyId, cooperatingAgencyIds, dueOn, recurrence, null);
    }

    public List<Long> cooperating() {
        return cooperatingAgencyIds == null
                ? List.of()
                : cooperatingAgencyIds.stream().distinct().toList();
    }

    /** Whether the lead is a unit. */
    public boolean toUnit() {
        return leadUnitCode != null && !leadUnitCode.isBlank();
    }
}
