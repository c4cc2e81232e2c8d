package vn.pcmt.plans.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A project (dự án) or sub-project (tiểu dự án) of a plan: its code, name, parent, lead and cooperating agencies. */
public record PlanProjectForm(
        @NotBlank(message = "{plan.project.code.required}")
                @Pattern(regexp = "\\s*[\\p{L}0-9._-]{1,20}\\s*", message = "{plan.project.code.pattern}")
                String code,
        @NotBlank(message = "{plan.project.name.required}") @Size(max = 500, message = "{plan.project.name.size}")
                String name,
        Long parentId,
        @NotNull(message = "{plan.project.lead.required}") Long leadAgencyId,
        List<Long> cooperatingAgencyIds,
        @Size(max = 4000, message = "{plan.project.description.size}") String description)
        implements java.io.Serializable {

    public List<Long> cooperating() {
        return cooperatingAgencyIds == null
                ? List.of()
                : cooperatingAgencyIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
    }
}
