package vn.pcmt;

import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords in tests are hashed with bcrypt at its lowest cost ({@value #STRENGTH}, 16 rounds) instead of the
 * application's 10 (1024 rounds): every login, HTTP Basic request and account a test creates costs a hash, and at
 * the application's cost each takes about 0.1 s of a core (ADR 042). The hashes are real bcrypt hashes with the
 * same {@code {bcrypt}} prefix, checked by the same code; only the work factor differs, and hashes of any other
 * strength or encoder still match through the application's own encoder. {@code PasswordEncoderStrengthTests}
 * checks that the application itself still hashes at 10.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPasswords {

    /** bcrypt's lowest work factor. */
    public static final int STRENGTH = 4;

    @Bean
    static BeanPostProcessor cheapPasswordHashes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof PasswordEncoder application && "passwordEncoder".equals(name)) {
                    DelegatingPasswordEncoder cheap = new DelegatingPasswordEncoder(
                            "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(STRENGTH)));
                    // any other stored hash ({noop}, {pbkdf2}...) is read as the application reads it
                    cheap.setDefaultPasswordEncoderForMatches(application);
                    return cheap;
                }
                return bean;
            }
        };
    }
}
