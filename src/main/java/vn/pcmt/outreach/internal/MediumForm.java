package vn.pcmt.outreach.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A medium of a province: major or not, and the drug column it runs (since, until). */
public record MediumForm(
        @NotBlank @Size(max = 10) String provinceCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull MediumKind kind,
        Boolean major,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate columnSince,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate columnUntil,
        Long version) {

    public boolean isMajor() {
        return Boolean.TRUE.equals(major);
    }
}
