package vn.pcmt.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" (ADR 018): every date and instant the application takes for today or the present moment
 * comes from this {@link Clock}, injected where it is needed, never from a no-argument {@code now()}. Days are cut in
 * Vietnam's time whatever the server's zone. Tests put a clock of their own in its place to set the date they mean.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The application's zone: days begin and end in Vietnam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
