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

/**
 * An outreach activity as entered: the communes reached by code (in force on the day), the schools and zones reached,
 * the medium of an article or broadcast, the organising agency; {@code version} is the one read when correcting.
 */
public record ActivityForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heldOn,
        @NotNull OutreachForm form,
        @NotNull Audience audience,
        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 10) String> communeCodes,
        @Size(max = 500) List<@NotNull Long> schoolIds,
        @Size(max = 100) List<@NotNull Long> zoneIds,
        Long mediumId,
        @Min(0) @Max(10_000_000) Integer participants,
        Long agencyId,
        @Size(max = 4000) String note,
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

    public List<Long> schools() {
        return schoolIds == null ? List.of() : schoolIds.stream().distinct().toList();
    }

    public List<Long> zones() {
        return zoneIds == null ? List.of() : zoneIds.stream().distinct().toList();
    }
}
