package vn.pcmt.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;

/**
 * Counts failed logins and locks the account for a while after too many in a row; logs every attempt. The counters
 * are written with SQL, not through the entity, so that they do not fill the change history.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, AccessLog accessLog, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    /** Any successful authentication (form or HTTP Basic) clears the failure counter. */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null"
                        + " where lower(username) = lower(:u) and (failed_attempts > 0 or locked_until is not null)")
                .param("u", event.getAuthentication().getName())
                .update();
    }

    /** A login through the login page; API calls authenticate on every request and are not logged as logins. */
    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("update user_account set last_login_at = :at where lower(username) = lower(:u)")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("u", username)
                .update();
        accessLog.recordFor(username, AccessEventKind.LOGIN, null, null, null);
    }

    /**
     * A wrong password for an account that is not locked counts towards its lock; reaching the limit locks it
     * for the lock duration and starts the count again. Failures while it is locked change nothing, so that
     * nobody keeps an account locked by going on failing.
     */
    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Instant now = Instant.now(clock);
        List<Boolean> locked = jdbc.sql("update user_account set"
                        + " locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,"
                        + " failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end"
                        + " where lower(username) = lower(:u) and (locked_until is null or locked_until <= :now)"
                        + " returning locked_until is not null and locked_until > :now")
                .param("u", username)
                .param("max", properties.maxFailedAttempts())
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(properties.lockDuration())))
                .query(Boolean.class)
                .list();
        boolean lockedNow = !locked.isEmpty() && locked.get(0);
        accessLog.recordFor(
                username, lockedNow ? AccessEventKind.LOGIN_LOCKED : AccessEventKind.LOGIN_FAILED, null, null, null);
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LockedException) {
            String username = String.valueOf(event.getAuthentication().getPrincipal());
            accessLog.recordFor(username, AccessEventKind.LOGIN_FAILED, null, null, "locked");
        }
    }
}
