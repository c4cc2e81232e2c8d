package vn.pcmt.access.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.access.Role;

/**
 * A user as the administrator enters it. {@code unitCode}: the official code of the jurisdiction as in force
 * today, blank for national users. {@code password}: only when creating.
 */
public record UserForm(
        @NotBlank(message = "{user.username.required}")
                @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "{user.username.pattern}")
                String username,
        @NotBlank(message = "{user.fullName.required}") @Size(max = 150, message = "{user.fullName.size}")
                String fullName,
        @Email(message = "{user.email.invalid}") @Size(max = 150, message = "{user.email.invalid}") String email,
        @Pattern(regexp = "[0-9 +.()-]{0,20}", message = "{user.phone.invalid}") String phone,
        @NotNull(message = "{user.role.required}") Role role,
        @Pattern(regexp = "|[0-9]{2}|[0-9]{5}", message = "{user.unit.pattern}") String unitCode,
        Long agencyId,
        @Size(max = 128) String password,
        Long version,
        Long facilityId) {

    public UserForm(
            String username,
            String fullName,
            String email,
            String phone,
            Role role,
            String unitCode,
            Long agencyId,
            String password,
            Long version) {
        this(username, fullName, email, phone, role, unitCode, agencyId, password, version, null);
    }

    public static UserForm empty() {
        return new UserForm("", "", "", "", null, "", null, "", null);
    }

    public static UserForm of(UserAccount account, String unitCode) {
        return new UserForm(
                account.getUsername(),
                account.getFullName(),
                account.getEmail(),
                account.getPhone(),
                account.getRole(),
                unitCode,
                account.getAgencyId(),
                null,
                account.getVersion(),
                account.getFacilityId());
    }
}
