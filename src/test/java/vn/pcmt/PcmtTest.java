package vn.pcmt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test configuration of the application: a real PostgreSQL, the real units, the demo accounts, a
 * server on a random port (for the browser) and MockMvc, and the {@link TestClock} as the application's clock (put
 * back on the system time after each test), passwords hashed at bcrypt's lowest cost ({@link TestPasswords}) and
 * planner statistics once the demo data are in ({@link TestDatabase}). One shape, so Spring caches one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestDatabase.class, TestClock.Registration.class, TestAccounts.class, TestTokens.class, TestPasswords.class})
@ExtendWith({TestClock.Reset.class, ThrottleReset.class})
public @interface PcmtTest {}
