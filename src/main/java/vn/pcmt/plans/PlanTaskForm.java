package vn.pcmt.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A task given by a plan to a lead agency, with cooperating agencies, a due date and a recurrence. */
public record PlanTaskForm(
        @NotBlank @Size(max = 2000) String text,
        @NotNull Long leadAgencyId,
        List<Long> cooperatingAgencyIds,
        LocalDate dueOn,
        Recurrence recurrence) {

    public List<Long> cooperating() {
        return cooperatingAgencyIds == null
                ? List.of()
                : cooperatingAgencyIds.stream().distinct().toList();
    }
}
