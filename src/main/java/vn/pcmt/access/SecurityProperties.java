package vn.pcmt.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules.
 *
 * @param maxFailedAttempts failed logins in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 * @param passwordMinLength shortest password accepted
 * @param adminUsername first administrator created at start when no administrator exists (production)
 * @param adminPassword that administrator's initial password; must meet the password policy
 */
@ConfigurationProperties("pcmt.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int passwordMinLength,
        String adminUsername,
        String adminPassword) {}
