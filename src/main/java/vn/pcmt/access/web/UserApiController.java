package vn.pcmt.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.access.internal.UserAccount;
import vn.pcmt.access.internal.UserAdministration;
import vn.pcmt.access.internal.UserForm;

/** Users inside the administrator's jurisdiction (no password hashes, ever). */
@RestController
@Tag(name = "Người dùng", description = "User administration")
class UserApiController {

    private final UserAdministration users;

    UserApiController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "Users in the administrator's jurisdiction, by username or name")
    List<UserDto> list(@RequestParam(defaultValue = "") String q) {
        return users.search(q).stream()
                .map(u -> UserDto.of(u, users.unitCode(u)))
                .toList();
    }

    @GetMapping("/api/v1/users/{id}")
    UserDto get(@PathVariable long id) {
        UserAccount account = users.find(id).orElseThrow();
        return UserDto.of(account, users.unitCode(account));
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user; the password must meet the policy")
    UserDto create(@Valid @RequestBody UserForm form) {
        UserAccount account = users.create(form);
        return UserDto.of(account, users.unitCode(account));
    }

    @PutMapping("/api/v1/users/{id}")
    @Operation(summary = "Change a user's profile, role or jurisdiction; `version` must be the one read")
    UserDto update(@PathVariable long id, @Valid @RequestBody UserForm form) {
        UserAccount account = users.update(id, form);
        return UserDto.of(account, users.unitCode(account));
    }

    /** A user as the API shows it. */
    record UserDto(
            long id,
            String username,
            String fullName,
            String email,
            String phone,
            String role,
            String unitCode,
            Long agencyId,
            boolean enabled,
            long version) {

        static UserDto of(UserAccount u, String unitCode) {
            return new UserDto(
                    u.getId(),
                    u.getUsername(),
                    u.getFullName(),
                    u.getEmail(),
                    u.getPhone(),
                    u.getRole().name(),
                    unitCode,
                    u.getAgencyId(),
                    u.isEnabled(),
                    u.getVersion());
        }
    }
}
