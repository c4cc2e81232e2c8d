package vn.pcmt.agencies.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.pcmt.agencies.AgencyKind;

/**
 * What a user enters for an agency; {@code validFrom}/{@code validTo} (inclusive, optional) bound the period it
 * exists in (a department merged in 2025 ends on its last day).
 */
public record AgencyForm(
        @NotBlank(message = "{agency.code.required}")
                @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{agency.code.pattern}")
                String code,
        @NotBlank(message = "{agency.name.required}") @Size(max = 250, message = "{agency.name.size}") String name,
        @Size(max = 80, message = "{agency.shortName.size}") String shortName,
        @NotNull(message = "{agency.kind.required}") AgencyKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        Long version)
        implements java.io.Serializable {

    /** An agency without validity dates (in force throughout). */
    public AgencyForm(String code, String name, String shortName, AgencyKind kind, Long version) {
        this(code, name, shortName, kind, null, null, version);
    }
}
