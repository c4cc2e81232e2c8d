package vn.pcmt.outreach.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** An industrial zone as entered: its communes by code (in force today), its workers and the day they were counted. */
public record ZoneForm(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 10) String> communeCodes,
        @NotNull @Min(0) @Max(10_000_000) Integer workers,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate workersCountedOn,
        Long version) {

    public List<String> codes() {
        return communeCodes == null
                ? List.of()
                : communeCodes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
