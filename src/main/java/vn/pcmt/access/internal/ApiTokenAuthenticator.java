package vn.pcmt.access.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the user of a personal access token by its hash: a token not revoked, not expired, of an enabled
 * account. Keeps the time of last use (to the minute, so that a busy script does not write on every call).
 */
@Component
class ApiTokenAuthenticator {

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final java.time.Clock clock;

    ApiTokenAuthenticator(JdbcClient jdbc, UserAccountRepository accounts, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    private record Found(long id, long userId, boolean readOnly) {}

    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String token) {
        if (token == null || !token.startsWith(ApiTokenSecrets.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<Found> found = jdbc.sql("select id, user_id, read_only from api_token where token_hash = :h"
                        + " and revoked_at is null and expires_on >= :today")
                .param("h", ApiTokenSecrets.hash(token))
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("user_id"), rs.getBoolean("read_only")))
                .optional();
        return found.flatMap(f -> accounts.findById(f.userId())
                .filter(account -> account.isEnabled())
                .map(account -> {
                    jdbc.sql("update api_token set last_used_at = :now where id = :id"
                                    + " and (last_used_at is null or last_used_at < :recent)")
                            .param("now", Timestamp.from(now))
                            .param("recent", Timestamp.from(now.minusSeconds(60)))
                            .param("id", f.id())
                            .update();
                    return new ApiTokenAuthentication(new PcmtUserDetails(account, now), f.id(), f.readOnly());
                }));
    }
}
