package vn.pcmt.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcmt.platform.Created;
import vn.pcmt.platform.Recorded;

/**
 * Fills {@code created_at}/{@code created_by} of {@link Created} and {@link Recorded} records on insert: the user
 * signed in to the request ("system" for start-up work, as the audit history names it) and the instant from the
 * application's {@link Clock} (ADR 018), so a test's clock sets it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "creator", dateTimeProviderRef = "creationTime")
public class JpaAuditingConfiguration {

    /** The name written as {@code created_by}. */
    @Bean
    AuditorAware<String> creator() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return Optional.of(auth == null ? "system" : auth.getName());
        };
    }

    /** The instant written as {@code created_at}. */
    @Bean
    DateTimeProvider creationTime(Clock clock) {
        return () -> Optional.of(Instant.now(clock));
    }
}
