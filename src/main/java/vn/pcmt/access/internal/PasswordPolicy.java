package vn.pcmt.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Passwords: at least {@code passwordMinLength} characters with a lower-case letter, an upper-case letter, a
 * digit and a symbol, at most 128, and not containing the username. Returns message keys of what fails.
 */
@Component
public class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.passwordMinLength();
    }

    public List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add("password.policy.length");
            if (password == null) {
                return problems;
            }
        }
        if (password.length() > 128) {
            problems.add("password.policy.tooLong");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            problems.add("password.policy.lower");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            problems.add("password.policy.upper");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            problems.add("password.policy.digit");
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            problems.add("password.policy.symbol");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.policy.username");
        }
        return problems;
    }

    public int minLength() {
        return minLength;
    }
}
