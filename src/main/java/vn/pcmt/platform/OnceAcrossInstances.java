package vn.pcmt.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled work done by one instance only when several run (ADR 055): each instance's scheduler asks, and the job runs
 * where its row of {@code scheduled_job} is claimed first. The row is locked ({@code for update skip locked}) for as long
 * as the job runs, in the job's transaction, so another instance asking meanwhile skips it; the time of the last run,
 * committed with the job, keeps the others from running it again within the period. What ShedLock's JDBC provider does,
 * in twenty lines over a table of our own, with no dependency.
 */
@Component
public class OnceAcrossInstances {

    private final JdbcClient jdbc;
    private final Clock clock;

    OnceAcrossInstances(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Runs the job here unless another instance is running it or ran it less than {@code every} ago; true when it ran
     * here. A job that fails rolls back with its claim, to be tried again at the next turn.
     */
    @Transactional
    public boolean run(String name, Duration every, Runnable job) {
        jdbc.sql("insert into scheduled_job (name) values (:name) on conflict do nothing")
                .param("name", name)
                .update();
        var claimed = jdbc.sql("select last_run_at from scheduled_job where name = :name for update skip locked")
                .param("name", name)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)))
                .optional();
        Instant now = clock.instant();
        if (claimed.isEmpty()) {
            return false; // another instance is running it now
        }
        if (claimed.get().isPresent()
                && claimed.get().get().toInstant().plus(every).isAfter(now)) {
            return false; // ran within the period, here or elsewhere
        }
        job.run();
        jdbc.sql("update scheduled_job set last_run_at = :now where name = :name")
                .param("now", Timestamp.from(now))
                .param("name", name)
                .update();
        return true;
    }
}
