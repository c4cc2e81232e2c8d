package vn.pcmt.geo.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.pcmt.geo.AdminUnit;

/**
 * The unit with a code on a date, the versions of a code, and whether a unit covers another, kept per version of the units (ADR 060): the
 * unit tables change only with {@code register_version}, raised in the commit that changes them (ADR 013; the bulk
 * loads raise it once at their end), so an answer read under a version holds as long as that version does. A page
 * that computes a hundred figures of one unit asks for it a hundred times and reads it once.
 *
 * <p>The version is read once per read-only transaction (the figures of one page are of one version, as in {@code
 * FigureCache}); in a transaction that writes, or outside any, every question goes to the database: a transaction
 * that changes units must see its own changes, and an answer read there is never kept for others.
 */
@Component
public class KeptUnits {

    private final UnitQueries queries;
    private final JdbcClient jdbc;

    private final Cache<CodeKey, Optional<AdminUnit>> byCode = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    private final Cache<CodeKey, List<AdminUnit>> versions = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    private final Cache<CoverKey, Boolean> covers = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    KeptUnits(UnitQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    private record CodeKey(long version, String code, LocalDate date) {}

    private record CoverKey(long version, long ancestorId, long unitId) {}

    /** {@link UnitQueries#byCode}, read once per version of the units. */
    public Optional<AdminUnit> byCode(String code, LocalDate date) {
        Long version = version();
        if (version == null) {
            return queries.byCode(code, date);
        }
        CodeKey key = new CodeKey(version, code, date);
        Optional<AdminUnit> kept = byCode.getIfPresent(key);
        if (kept == null) {
            kept = queries.byCode(code, date);
            byCode.put(key, kept);
        }
        return kept;
    }

    /** {@link UnitQueries#versions}, read once per version of the units. */
    public List<AdminUnit> versions(String code) {
        Long version = version();
        if (version == null) {
            return queries.versions(code);
        }
        CodeKey key = new CodeKey(version, code, null);
        List<AdminUnit> kept = versions.getIfPresent(key);
        if (kept == null) {
            kept = List.copyOf(queries.versions(code));
            versions.put(key, kept);
        }
        return kept;
    }

    /** {@link UnitQueries#covers}, read once per version of the units. */
    public boolean covers(long ancestorId, long unitId) {
        Long version = version();
        if (version == null) {
            return queries.covers(ancestorId, unitId);
        }
        CoverKey key = new CoverKey(version, ancestorId, unitId);
        Boolean kept = covers.getIfPresent(key);
        if (kept == null) {
            kept = queries.covers(ancestorId, unitId);
            covers.put(key, kept);
        }
        return kept;
    }

    /** The version of the units, read once per read-only transaction; null in any other. */
    private Long version() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Scope scope = null;
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Scope mine) {
                scope = mine;
                break;
            }
        }
        if (scope == null) {
            scope = new Scope(jdbc.sql("select version from register_version where id = 1")
                    .query(Long.class)
                    .single());
            TransactionSynchronizationManager.registerSynchronization(scope);
        }
        return scope.version;
    }

    /** The version of the units a transaction read; suspended and resumed with it. */
    private record Scope(long version) implements TransactionSynchronization {}
}
