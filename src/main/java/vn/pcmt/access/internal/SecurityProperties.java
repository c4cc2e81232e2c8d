package vn.pcmt.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules. Failed logins are throttled per client address before they can lock an account: one address
 * gets {@code addressAccountAttempts} tries at one account and {@code addressAttempts} tries in all per
 * {@code throttleWindow} (refilled gradually), fewer than the {@code maxFailedAttempts} that lock the account,
 * so that nobody locks an account from one machine; an account attacked from many addresses is locked only
 * for {@code lockDuration}.
 *
 * @param maxFailedAttempts failed logins in a row, from any addresses, before the account is locked
 * @param lockDuration how long a locked account stays locked (failures while locked do not extend it)
 * @param passwordMinLength shortest password accepted
 * @param adminUsername first administrator created at start when no administrator exists (production)
 * @param adminPassword that administrator's initial password; must meet the password policy
 * @param addressAccountAttempts failed logins from one address at one account per window before that address
 *     is refused for that account
 * @param addressAttempts failed logins from one address at any accounts per window before it is refused
 * @param throttleWindow the window over which the address budgets refill
 */
@ConfigurationProperties("pcmt.security")
public record SecurityProperties(
        @DefaultValue("10") int maxFailedAttempts,
        @DefaultValue("5m") Duration lockDuration,
        @DefaultValue("10") int passwordMinLength,
        String adminUsername,
        String adminPassword,
        @DefaultValue("5") int addressAccountAttempts,
        @DefaultValue("30") int addressAttempts,
        @DefaultValue("15m") Duration throttleWindow) {}
