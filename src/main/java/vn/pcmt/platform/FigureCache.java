package vn.pcmt.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures computed from the registers, kept under the register version: a number the database raises in the same
 * commit as any change to a table figures are read from ({@code register_version}, ADR 013). A figure is looked up
 * under the version read when it is asked for, so it is never served after a change has committed; entries of
 * older versions are simply never asked for again and age out.
 *
 * <p>Keys hold only what the figure depends on (unit ids, dates, a name of the computation); the caller checks the
 * jurisdiction before it asks, since the same figure serves every user allowed to see it.
 *
 * <p>A figure is computed in a transaction whose statements are each planned for their values ({@code plan_cache_mode
 * = force_custom_plan}, ADR 016): the same statement asks about one commune or the country's 3,321, and a generic
 * plan kept after a few small questions is up to twenty times slower for a large one.
 */
@Component
public class FigureCache {

    private final JdbcClient jdbc;
    private final boolean enabled;
    /** Values as optionals: a figure may be null (no data), which the cache cannot hold as such. */
    private final Cache<List<Object>, Optional<Object>> cache = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    /** {@code pcmt.figures.cache=false} computes every figure at each call (benchmarks compare both). */
    FigureCache(JdbcClient jdbc, @Value("${pcmt.figures.cache:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    /** The register version committed now. */
    public long version() {
        return jdbc.sql("select version from register_version where id = 1")
                .query(Long.class)
                .single();
    }

    /** The figure under the key for the registers as they are now, computed once per version. */
    @SuppressWarnings("unchecked")
    @Transactional(readOnly = true)
    public <T> T get(Supplier<T> compute, Object... key) {
        if (!enabled) {
            return computed(compute);
        }
        List<Object> full = new ArrayList<>(key.length + 1);
        full.add(scope().version(this));
        full.addAll(Arrays.asList(key));
        Optional<Object> kept = cache.getIfPresent(full);
        if (kept == null) {
            kept = Optional.ofNullable(computed(compute));
            cache.put(full, kept);
        }
        return (T) kept.orElse(null);
    }

    /**
     * Computes with every statement of the transaction planned for its values, from here to its end; the setting is
     * sent once per transaction (a dashboard computes a hundred figures in one).
     */
    private <T> T computed(Supplier<T> compute) {
        Scope scope = scope();
        if (!scope.customPlans) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            scope.customPlans = true;
        }
        return compute.get();
    }

    /** What this transaction has already asked the database, registered with it on first use. */
    private static Scope scope() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Scope scope) {
                return scope;
            }
        }
        Scope scope = new Scope();
        TransactionSynchronizationManager.registerSynchronization(scope);
        return scope;
    }

    /**
     * The register version read once per transaction (the figures of one page are of one version; a change committed
     * meanwhile is seen by the next page), and whether its statements are planned for their values. Suspended and
     * resumed with the transaction: an inner transaction of its own starts a scope of its own.
     */
    private static final class Scope implements TransactionSynchronization {
        private Long version;
        private boolean customPlans;

        long version(FigureCache cache) {
            if (version == null) {
                version = cache.version();
            }
            return version;
        }
    }
}
