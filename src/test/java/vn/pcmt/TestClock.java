package vn.pcmt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import vn.pcmt.platform.internal.ClockConfiguration;

/**
 * The application's clock in tests (ADR 018): the system time in Vietnam until a test sets the date it means, then
 * that instant, standing still, until the test ends. {@link PcmtTest} puts it in place of the application's clock and
 * resets it after every test, so a test that sets it leaves the next one on the real time.
 *
 * <p>A test autowires it and calls {@code clock.setToday(LocalDate.of(2026, 12, 31))}; the services, controllers and
 * demo data then see that day. Set it in the test or in the class's {@code @BeforeEach} (not in {@code @BeforeAll}:
 * it is reset after each test). A test that writes records with a set clock should set a date after the records it
 * relies on, as the application would.
 */
public class TestClock extends Clock {

    private static final ZoneId ZONE = ClockConfiguration.ZONE;

    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(), ZONE);
    }

    private TestClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    /** From now on (until {@link #reset()}) it is noon of that day in Vietnam. */
    public TestClock setToday(LocalDate today) {
        return set(today.atTime(LocalTime.NOON).atZone(ZONE).toInstant());
    }

    /** From now on (until {@link #reset()}) it is that instant. */
    public TestClock set(Instant instant) {
        fixed.set(instant);
        return this;
    }

    /** Back to the system time. */
    public void reset() {
        fixed.set(null);
    }

    /** Today in Vietnam by this clock. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant set = fixed.get();
        return set != null ? set : Clock.systemUTC().instant();
    }

    /** The clock as the application's, in every {@link PcmtTest} context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** Puts the clock back on the system time after each test (registered by {@link PcmtTest}). */
    public static class Reset implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context)
                    .getBeanProvider(TestClock.class)
                    .ifAvailable(TestClock::reset);
        }
    }
}
