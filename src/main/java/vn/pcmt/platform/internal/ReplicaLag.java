package vn.pcmt.platform.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far behind the primary the replica may be, measured by each instance every {@code checkEvery} (ADR 059),
 * without comparing the two servers' clocks: the instance notes the primary's WAL position with the time it asked
 * ({@code pg_current_wal_lsn()}: every commit answered before then is at or before it), then asks the replica which
 * position it has replayed ({@code pg_last_wal_replay_lsn()}). The replica holds every commit answered before the
 * latest noted time whose position it has replayed; "now" minus that time bounds how stale a read on it can be, and
 * only grows until the next measure. The replica is read while that bound is at most {@code maxLag}: a read on it
 * then misses at most the commits of the last {@code maxLag}. A server that is not in recovery (the URL names a
 * primary, or a promoted replica) is not behind.
 *
 * <p>Times are the JVM's monotonic {@link System#nanoTime()} (a duration, not a date: the injected clock of ADR 018
 * is for "today"); an unreachable replica, or one that answers nothing, is never fresh.
 */
class ReplicaLag implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);
    /** Positions noted longer ago than this are forgotten: a replica further behind is simply stale. */
    private static final long HISTORY = TimeUnit.SECONDS.toNanos(30);

    private final DataSource primary;
    private final DataSource replica;
    private final long maxLag;
    private final long checkEvery;
    /** (time asked, primary position) pairs, oldest first; only the checking thread touches them. */
    private final ArrayDeque<long[]> noted = new ArrayDeque<>();
    /** The replica holds every commit answered before this time (nanoTime); Long.MIN_VALUE: not known yet. */
    private volatile long coveredUntil = Long.MIN_VALUE;

    private boolean reportedFresh = true;
    private ScheduledExecutorService checks;

    ReplicaLag(DataSource primary, DataSource replica, Duration maxLag, Duration checkEvery) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = maxLag.toNanos();
        this.checkEvery = checkEvery.toNanos();
    }

    /** Measures every {@code checkEvery} on a thread of its own, from now until {@link #close()}. */
    ReplicaLag start() {
        checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pcmt-replica-lag");
            t.setDaemon(true);
            return t;
        });
        checks.scheduleWithFixedDelay(this::checkQuietly, 0, checkEvery, TimeUnit.NANOSECONDS);
        return this;
    }

    /** Whether a read started now may go to the replica. */
    boolean fresh() {
        return fresh(System.nanoTime());
    }

    boolean fresh(long now) {
        long covered = coveredUntil;
        return covered != Long.MIN_VALUE && now - covered <= maxLag;
    }

    /** The bound on a replica read's staleness now; null when not known (never measured, or unreachable since). */
    Duration lag() {
        long covered = coveredUntil;
        return covered == Long.MIN_VALUE ? null : Duration.ofNanos(Math.max(0, System.nanoTime() - covered));
    }

    void check() throws SQLException {
        long asked = System.nanoTime();
        long position;
        try (Connection c = primary.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery("select pg_current_wal_lsn() - '0/0'::pg_lsn")) {
                rs.next();
                position = rs.getLong(1);
            }
        }
        noted(asked, position);
        try (Connection c = replica.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs =
                    s.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn() - '0/0'::pg_lsn")) {
                rs.next();
                boolean standby = rs.getBoolean(1);
                long replayed = rs.getLong(2);
                boolean none = rs.wasNull();
                long answered = System.nanoTime();
                if (!standby) {
                    coveredUntil = asked;
                } else if (!none) {
                    replayed(replayed, answered);
                }
            }
        }
    }

    /** The primary was at {@code position} when asked at {@code asked}. */
    void noted(long asked, long position) {
        noted.addLast(new long[] {asked, position});
        while (!noted.isEmpty() && asked - noted.peekFirst()[0] > HISTORY) {
            noted.removeFirst();
        }
    }

    /** The replica had replayed up to {@code position}: it covers the latest noted time at or below it. */
    void replayed(long position, long answered) {
        long covered = Long.MIN_VALUE;
        for (Iterator<long[]> it = noted.descendingIterator(); it.hasNext(); ) {
            long[] n = it.next();
            if (n[1] <= position) {
                covered = n[0];
                break;
            }
        }
        if (covered != Long.MIN_VALUE && (coveredUntil == Long.MIN_VALUE || covered > coveredUntil)) {
            coveredUntil = covered;
        }
        // noted times the replica has passed are no longer needed but the last of them
        while (noted.size() > 1 && noted.peekFirst()[0] < covered) {
            noted.removeFirst();
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (SQLException | RuntimeException e) {
            coveredUntil = Long.MIN_VALUE;
            if (reportedFresh) {
                log.warn("Replica lag not measured ({}): figures read on the primary", e.getMessage());
                reportedFresh = false;
            }
            return;
        }
        boolean fresh = fresh();
        if (fresh != reportedFresh) {
            Duration lag = lag();
            if (fresh) {
                log.info("Replica within {} ms of the primary: figure pages read it again", lag.toMillis());
            } else {
                log.warn(
                        "Replica {} behind the primary (more than {} ms): figures read on the primary",
                        lag == null ? "not known to be" : lag.toMillis() + " ms",
                        Duration.ofNanos(maxLag).toMillis());
            }
            reportedFresh = fresh;
        }
    }

    @Override
    public void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }
}
