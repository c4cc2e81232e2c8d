package vn.pcmt.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(
            10, java.time.Duration.ofMinutes(5), 10, null, null, 5, 30, java.time.Duration.ofMinutes(15)));

    @Test
    void a_long_mixed_password_is_accepted() {
        assertThat(policy.violations("Demo@12345", "xa1")).isEmpty();
    }

    @Test
    void a_short_password_is_refused() {
        assertThat(policy.violations("De@1", "xa1")).contains("password.policy.length");
    }

    @Test
    void each_missing_class_of_character_is_named() {
        assertThat(policy.violations("demo@123456", "u")).containsExactly("password.policy.upper");
        assertThat(policy.violations("DEMO@123456", "u")).containsExactly("password.policy.lower");
        assertThat(policy.violations("Demo@abcdef", "u")).containsExactly("password.policy.digit");
        assertThat(policy.violations("Demo1234567", "u")).containsExactly("password.policy.symbol");
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThat(policy.violations("Nguyenvana@1", "nguyenvana")).containsExactly("password.policy.username");
    }

    @Test
    void null_is_refused_as_too_short() {
        assertThat(policy.violations(null, "u")).containsExactly("password.policy.length");
    }
}
