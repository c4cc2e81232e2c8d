package vn.pcmt.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.Role;

/**
 * On a server with no administrator yet, creates one from {@code PCMT_SECURITY_ADMIN_USERNAME} and
 * {@code PCMT_SECURITY_ADMIN_PASSWORD}. Refuses to start with a password that breaks the policy.
 */
@Component
@Order(40)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Clock clock;

    FirstAdministrator(
            UserAccountRepository accounts,
            SecurityProperties properties,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.policy = policy;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByRoleAndEnabledTrue(Role.SYSTEM_ADMIN)) {
            return;
        }
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (username == null || username.isBlank() || password == null) {
            log.warn("No administrator exists. Set PCMT_SECURITY_ADMIN_USERNAME and PCMT_SECURITY_ADMIN_PASSWORD"
                    + " and restart to create the first one.");
            return;
        }
        List<String> problems = policy.violations(password, username);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PCMT_SECURITY_ADMIN_PASSWORD breaks the password policy: " + problems);
        }
        UserAccount admin = new UserAccount(username.strip(), encoder.encode(password), Instant.now(clock));
        admin.setProfile("Quản trị hệ thống", null, null, Role.SYSTEM_ADMIN, null, null);
        accounts.save(admin);
        log.info("Created the first administrator '{}'", username.strip());
    }
}
