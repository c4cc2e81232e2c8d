package vn.pcmt.agencies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters for an agency. */
public record AgencyForm(
        @NotBlank(message = "{agency.code.required}")
                @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{agency.code.pattern}")
                String code,
        @NotBlank(message = "{agency.name.required}") @Size(max = 250, message = "{agency.name.size}") String name,
        @Size(max = 80, message = "{agency.shortName.size}") String shortName,
        @NotNull(message = "{agency.kind.required}") AgencyKind kind,
        Long version) {}
