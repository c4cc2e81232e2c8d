package vn.pcmt.platform.internal;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.pcmt.platform.OnceAcrossInstances;

/**
 * Sessions live in the database, shared by every instance (Spring Session JDBC, ADR 055). Expired ones are deleted
 * once a minute by one instance, not by each ({@code spring.session.jdbc.cleanup-cron=-} turns off the repository's own
 * cleanup, which every instance would run).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionCleanup {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final OnceAcrossInstances once;

    /** The repository is absent where sessions are kept in memory (the test profile). */
    SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions, OnceAcrossInstances once) {
        this.sessions = sessions;
        this.once = once;
    }

    @Scheduled(cron = "${pcmt.sessions.cleanup-cron:30 * * * * *}", zone = "Asia/Ho_Chi_Minh")
    void deleteExpired() {
        sessions.ifAvailable(
                repository -> once.run("sessions.cleanup", Duration.ofSeconds(50), repository::cleanUpExpiredSessions));
    }
}
