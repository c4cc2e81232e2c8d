package vn.pcmt.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.platform.RuleViolationException;

/** What every user does with their own account. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUsers currentUsers;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccessLog accessLog;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            CurrentUsers currentUsers,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AccessLog accessLog,
            Clock clock) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.policy = policy;
        this.encoder = encoder;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public void changePassword(String currentPassword, String newPassword) {
        CurrentUser user = currentUsers.require();
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("password.current.wrong");
        }
        List<String> problems = policy.violations(newPassword, account.getUsername());
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.get(0), policy.minLength());
        }
        account.setPasswordHash(encoder.encode(newPassword), Instant.now(clock));
        accounts.save(account);
        accessLog.record(AccessEventKind.PASSWORD_CHANGED, "UserAccount", account.getId(), null);
    }
}
