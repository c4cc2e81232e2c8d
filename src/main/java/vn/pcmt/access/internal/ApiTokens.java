package vn.pcmt.access.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.platform.RuleViolationException;

/**
 * A user's personal access tokens for the API: created (the token is returned this once and never again),
 * listed without their secret, revoked. Every user manages their own only.
 */
@Service
@Transactional
public class ApiTokens {

    /** The longest a token may live. */
    public static final int MAX_DAYS = 366;

    /** The life of a token when none is asked. */
    public static final int DEFAULT_DAYS = 90;

    static final int MAX_ACTIVE = 20;

    private final ApiTokenRepository tokens;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    ApiTokens(ApiTokenRepository tokens, CurrentUsers currentUsers, java.time.Clock clock) {
        this.tokens = tokens;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Today, by the application's clock: a token is expired after its last day. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A token just created, with its secret: show it once. */
    public record Created(ApiToken token, String secret) {}

    /**
     * Creates a token for the current user, valid until the end of {@code expiresOn} (or for {@code days}
     * days from today, or {@link #DEFAULT_DAYS}).
     */
    public Created create(String name, LocalDate expiresOn, Integer days, boolean readOnly) {
        CurrentUser user = currentUsers.require();
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw new RuleViolationException("token.name.required");
        }
        if (cleaned.length() > 100) {
            throw new RuleViolationException("token.name.size");
        }
        LocalDate today = today();
        LocalDate until = expiresOn != null ? expiresOn : today.plusDays(days != null ? days : DEFAULT_DAYS);
        if (until.isBefore(today)) {
            throw new RuleViolationException("token.expiry.past");
        }
        if (until.isAfter(today.plusDays(MAX_DAYS))) {
            throw new RuleViolationException("token.expiry.tooLong", MAX_DAYS);
        }
        if (mine().stream().filter(t -> !t.isExpired(today)).count() >= MAX_ACTIVE) {
            throw new RuleViolationException("token.tooMany", MAX_ACTIVE);
        }
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.save(new ApiToken(
                user.id(),
                cleaned,
                ApiTokenSecrets.hash(secret),
                secret.substring(0, ApiTokenSecrets.SHOWN),
                readOnly,
                until,
                java.time.Instant.now(clock)));
        return new Created(token, secret);
    }

    /** The current user's tokens not revoked (expired ones included), newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(
                currentUsers.require().id());
    }

    /** Revokes one of the current user's tokens; another user's token is not found. */
    public void revoke(long id) {
        long user = currentUsers.require().id();
        ApiToken token = tokens.findById(id)
                .filter(t -> t.getUserId() == user && t.getRevokedAt() == null)
                .orElseThrow();
        token.revoke(java.time.Instant.now(clock));
        tokens.saveAndFlush(token);
    }
}
