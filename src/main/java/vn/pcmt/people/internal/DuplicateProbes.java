package vn.pcmt.people.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;

/**
 * Duplicate checks that found a record outside the caller's jurisdiction. A user learns only that such a record
 * exists, never whose it is; still, many such answers in a short time are what probing the register for identification
 * numbers looks like. Each one is written to the access log, and a user who reaches the limit within the window is
 * refused further duplicate checks (so further registrations) until the window has passed.
 */
@Component
public class DuplicateProbes {

    private final AccessLog accessLog;
    private final int limit;
    private final Cache<String, AtomicInteger> hits;

    DuplicateProbes(AccessLog accessLog, PeopleProperties properties) {
        this.accessLog = accessLog;
        this.limit = properties.duplicateProbeLimit();
        this.hits = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(properties.duplicateProbeWindowMinutes()))
                .maximumSize(100_000)
                .build();
    }

    /** Whether this user has used up the checks that may reach outside their jurisdiction in the window. */
    public boolean exhausted(String username) {
        AtomicInteger count = hits.getIfPresent(username);
        if (count != null && count.get() >= limit) {
            accessLog.record(AccessEventKind.DUPLICATE_PROBE, "Person", null, "throttled");
            return true;
        }
        return false;
    }

    /** Records a check that found a record outside the user's jurisdiction (the record's id goes only to the log). */
    public void found(String username, long personId) {
        hits.get(username, u -> new AtomicInteger()).incrementAndGet();
        accessLog.record(AccessEventKind.DUPLICATE_PROBE, "Person", personId, "identification number outside");
    }

    /** Forgets the counts (tests start from none). */
    public void reset() {
        hits.invalidateAll();
    }
}
