package vn.pcmt.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.pcmt.TestPasswords;

/**
 * The tests hash passwords at bcrypt's lowest cost ({@link TestPasswords}, ADR 042); the application itself must
 * not: its encoder hashes with bcrypt at cost 10, and reads what the tests' encoder writes.
 */
class PasswordEncoderStrengthTests {

    private final PasswordEncoder application = new SecurityConfiguration().passwordEncoder();

    @Test
    void the_application_hashes_passwords_with_bcrypt_at_cost_10() {
        assertThat(application.encode("Demo@12345")).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void a_hash_written_in_tests_is_a_hash_the_application_reads() {
        String cheap = "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(TestPasswords.STRENGTH)
                        .encode("Demo@12345");
        assertThat(application.matches("Demo@12345", cheap)).isTrue();
        assertThat(application.matches("Demo@12346", cheap)).isFalse();
    }
}
