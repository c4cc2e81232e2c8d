package vn.pcmt.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.access.internal.ApiToken;
import vn.pcmt.access.internal.ApiTokens;

/** The caller's personal access tokens: the secret is in the answer to the creation only. */
@RestController
@Tag(name = "Tài khoản", description = "The calling user")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A token to create: an expiry date, or a number of days (90 when neither), and read-only or not. */
    record NewToken(
            @jakarta.validation.constraints.Size(max = 100, message = "{token.name.size}") String name,
            LocalDate expiresOn,
            Integer days,
            Boolean readOnly) {}

    /** A token as listed: never its secret. */
    record TokenDto(
            long id,
            String name,
            @Schema(description = "the first characters of the token, to tell it apart") String prefix,
            boolean readOnly,
            LocalDate expiresOn,
            boolean expired,
            Instant createdAt,
            Instant lastUsedAt) {

        static TokenDto of(ApiToken t, LocalDate today) {
            return new TokenDto(
                    t.getId(),
                    t.getName(),
                    t.getPrefix(),
                    t.isReadOnly(),
                    t.getExpiresOn(),
                    t.isExpired(today),
                    t.getCreatedAt(),
                    t.getLastUsedAt());
        }
    }

    /** A token just created: {@code token} is shown this once; keep it. */
    record CreatedTokenDto(
            long id,
            String name,
            String prefix,
            boolean readOnly,
            LocalDate expiresOn,
            @Schema(description = "the token, shown once: send it as `Authorization: Bearer <token>`") String token) {

        static CreatedTokenDto of(ApiTokens.Created created) {
            ApiToken t = created.token();
            return new CreatedTokenDto(
                    t.getId(), t.getName(), t.getPrefix(), t.isReadOnly(), t.getExpiresOn(), created.secret());
        }
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "The caller's personal access tokens (without their secret)")
    List<TokenDto> list() {
        return tokens.mine().stream().map(t -> TokenDto.of(t, tokens.today())).toList();
    }

    @PostMapping("/api/v1/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a personal access token",
            description = "The answer holds the token, shown this once. Expiry: `expiresOn`, or `days` from today"
                    + " (90 when neither, at most 366). A `readOnly` token may only GET.")
    CreatedTokenDto create(@jakarta.validation.Valid @RequestBody NewToken body) {
        ApiTokens.Created created =
                tokens.create(body.name(), body.expiresOn(), body.days(), Boolean.TRUE.equals(body.readOnly()));
        return CreatedTokenDto.of(created);
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
