package vn.pcmt.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;

/** Who the API caller is: role and jurisdiction. */
@RestController
@Tag(name = "Tài khoản", description = "The calling user")
class MeApiController {

    private final CurrentUsers currentUsers;

    MeApiController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The calling user, with role and jurisdiction")
    CurrentUser me() {
        return currentUsers.require();
    }
}
