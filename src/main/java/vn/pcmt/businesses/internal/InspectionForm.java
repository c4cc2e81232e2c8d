package vn.pcmt.businesses.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** An inspection of a business: when, who, what was found (the checklist), the result and the sanction if any. */
public record InspectionForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate inspectedOn,
        @NotBlank @Size(max = 200) String team,
        @Size(max = 500) String agencies,
        Set<Violation> violations,
        @NotBlank @Size(max = 1000) String result,
        @Size(max = 500) String sanction,
        @Min(0) @Max(10_000_000_000L) Long fineVnd) {

    public Set<Violation> violationsFound() {
        return violations == null ? Set.of() : violations;
    }
}
