package vn.pcmt.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures computed from the registers, kept under the register versions: numbers the database raises in the same
 * commit as any change to a table figures are read from (ADR 013). Since ADR 055 there is one version per province
 * ({@code province_register_version}), raised for each province whose territory covers a changed row, and the
 * version of everything else ({@code register_version}: units, rules, the tables no province is found for). A figure
 * over some units is looked up under the latter and the versions of the provinces covering its units (a figure of
 * the whole country under every province's), read when it is asked for, so it is never served after a change has
 * committed, on any instance, and a change in one province leaves the other provinces' figures kept; entries of older
 * versions are simply never asked for again and age out.
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

    /** The version of everything no province is found for ({@code register_version}), committed now. */
    public long version() {
        return jdbc.sql("select version from register_version where id = 1")
                .query(Long.class)
                .single();
    }

    /** The register version of a province (any version of one: {@code admin_unit.id}), committed now. */
    public long provinceVersion(long provinceId) {
        return jdbc.sql("select version from province_register_version where province_id = :id")
                .param("id", provinceId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The figure of the whole country under the key for the registers as they are now, computed once per version. */
    @Transactional(readOnly = true)
    public <T> T get(Supplier<T> compute, Object... key) {
        return kept(null, compute, key);
    }

    /**
     * The figure under the key for the registers as they are now in the provinces covering the units (each counting
     * what it covers), computed once per version of those provinces.
     */
    @Transactional(readOnly = true)
    public <T> T getIn(Collection<Long> unitIds, Supplier<T> compute, Object... key) {
        return kept(unitIds, compute, key);
    }

    /** The same for one unit. */
    @Transactional(readOnly = true)
    public <T> T getIn(long unitId, Supplier<T> compute, Object... key) {
        return kept(List.of(unitId), compute, key);
    }

    /**
     * A figure of each unit, kept per part of the units that the same provinces cover (ADR 061): each part is looked
     * up under the versions of its provinces, and the parts not kept are computed together in one call of {@code
     * compute} (given their unit ids, it answers a value by unit id; absent or null is no value). So after a change in
     * one province a breakdown of the country's 3,321 communes computes that province's communes again and looks the
     * others up, and a province's breakdown and the country's share what they computed. The caller checks the
     * jurisdiction before it asks; the key names the computation (not the units, which each part adds).
     */
    @Transactional(readOnly = true)
    public <V> Map<Long, V> getEach(
            Collection<Long> unitIds, Function<List<Long>, Map<Long, V>> compute, Object... key) {
        if (!enabled) {
            return computed(() -> compute.apply(List.copyOf(unitIds)));
        }
        Versions versions = scope().versions(this);
        Map<Long, long[]> byUnit = provincesOf(versions.other());
        // the units by the provinces covering them (every province where none is found: the whole country's versions)
        Map<List<Long>, List<Long>> parts = new HashMap<>();
        for (Long unit : unitIds) {
            long[] ps = byUnit.get(unit);
            List<Long> provinces = ps == null ? ALL : Arrays.stream(ps).boxed().toList();
            parts.computeIfAbsent(provinces, p -> new ArrayList<>()).add(unit);
        }
        Map<Long, V> values = new HashMap<>(unitIds.size() * 2);
        Map<List<Object>, List<Long>> missing = new HashMap<>();
        parts.forEach((provinces, units) -> {
            List<Object> full = new ArrayList<>(key.length + 3);
            full.add(ALL.equals(provinces) ? versions.all() : versions.ofProvinces(provinces));
            full.add("each");
            full.addAll(Arrays.asList(key));
            full.add(units.stream().sorted().toList());
            Optional<Object> kept = cache.getIfPresent(full);
            if (kept == null) {
                missing.put(full, units);
            } else {
                @SuppressWarnings("unchecked")
                Map<Long, V> part = (Map<Long, V>) kept.orElseThrow();
                values.putAll(part);
            }
        });
        if (missing.isEmpty()) {
            return values;
        }
        List<Long> asked = missing.values().stream().flatMap(List::stream).toList();
        Map<Long, V> computed = computed(() -> compute.apply(asked));
        missing.forEach((full, units) -> {
            Map<Long, V> part = new HashMap<>(units.size() * 2);
            units.forEach(u -> part.put(u, computed.get(u)));
            cache.put(full, Optional.of(Collections.unmodifiableMap(part)));
            values.putAll(part);
        });
        return values;
    }

    /**
     * The provinces covering each unit ({@code unit_coverage}: a unit beneath a province or succeeded into one), as
     * the figures are kept under: read once per version of the units, not at each question (a dashboard asked at
     * every figure whose register start defaults to its province's first record). Units no province covers are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<Long>> provincesCovering(Collection<Long> unitIds) {
        Map<Long, long[]> byUnit = provincesOf(scope().versions(this).other());
        Map<Long, java.util.Set<Long>> covering = new HashMap<>();
        for (Long unit : unitIds) {
            long[] ps = byUnit.get(unit);
            if (ps != null) {
                covering.put(unit, Arrays.stream(ps).boxed().collect(java.util.stream.Collectors.toSet()));
            }
        }
        return covering;
    }

    /** The part of the units no province is found for. */
    private static final List<Long> ALL = List.of(-1L);

    @SuppressWarnings("unchecked")
    private <T> T kept(Collection<Long> unitIds, Supplier<T> compute, Object... key) {
        if (!enabled) {
            return computed(compute);
        }
        List<Object> full = new ArrayList<>(key.length + 1);
        full.add(scope().versions(this).of(unitIds, this));
        full.addAll(Arrays.asList(key));
        Optional<Object> kept = cache.getIfPresent(full);
        if (kept == null) {
            kept = Optional.ofNullable(computed(compute));
            cache.put(full, kept);
        }
        return (T) kept.orElse(null);
    }

    /** The versions committed now: everything else's, then each province's. */
    private Versions versions() {
        Map<Long, Long> provinces = new TreeMap<>();
        long[] other = {0};
        jdbc.sql("select 0 as province_id, version from register_version where id = 1"
                        + " union all select province_id, version from province_register_version")
                .query(rs -> {
                    long province = rs.getLong(1);
                    if (province == 0) {
                        other[0] = rs.getLong(2);
                    } else {
                        provinces.put(province, rs.getLong(2));
                    }
                });
        return new Versions(other[0], provinces);
    }

    /**
     * The provinces covering each unit (by {@code unit_coverage}: a unit beneath a province or succeeded into one),
     * read once per version of the units (they change only with {@code register_version}).
     */
    private volatile Provinces provinces;

    private Map<Long, long[]> provincesOf(long unitsVersion) {
        Provinces known = provinces;
        if (known == null || known.version() != unitsVersion) {
            Map<Long, List<Long>> byUnit = new HashMap<>();
            jdbc.sql("select c.unit_id, c.ancestor_id from unit_coverage c"
                            + " join admin_unit a on a.id = c.ancestor_id and a.level = 'PROVINCE'")
                    .query(rs -> {
                        byUnit.computeIfAbsent(rs.getLong(1), u -> new ArrayList<>(2))
                                .add(rs.getLong(2));
                    });
            Map<Long, long[]> map = new HashMap<>(byUnit.size() * 2);
            byUnit.forEach((u, ps) ->
                    map.put(u, ps.stream().mapToLong(Long::longValue).sorted().toArray()));
            known = new Provinces(unitsVersion, Map.copyOf(map));
            provinces = known;
        }
        return known.byUnit();
    }

    private record Provinces(long version, Map<Long, long[]> byUnit) {}

    /**
     * The versions read once per transaction. A figure's part of the key: everything else's version and, for the
     * provinces covering its units in id order, each one's id and version (every province for the country, or for a
     * unit no province covers).
     */
    private record Versions(long other, Map<Long, Long> provinces) {

        /** The stamp of the given provinces (ids in order). */
        List<Long> ofProvinces(List<Long> covering) {
            List<Long> stamp = new ArrayList<>(1 + 2 * covering.size());
            stamp.add(other);
            for (Long p : covering) {
                stamp.add(p);
                stamp.add(provinces.getOrDefault(p, 0L));
            }
            return stamp;
        }

        List<Long> of(Collection<Long> unitIds, FigureCache cache) {
            if (unitIds == null) {
                return all();
            }
            Map<Long, long[]> byUnit = cache.provincesOf(other);
            TreeSet<Long> covering = new TreeSet<>();
            for (Long unit : unitIds) {
                long[] ps = byUnit.get(unit);
                if (ps == null) {
                    return all();
                }
                for (long p : ps) {
                    covering.add(p);
                }
            }
            return ofProvinces(List.copyOf(covering));
        }

        List<Long> all() {
            List<Long> stamp = new ArrayList<>(1 + 2 * provinces.size());
            stamp.add(other);
            provinces.forEach((p, v) -> {
                stamp.add(p);
                stamp.add(v);
            });
            return stamp;
        }
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
     * The register versions read once per transaction (the figures of one page are of one version; a change committed
     * meanwhile is seen by the next page), and whether its statements are planned for their values. Suspended and
     * resumed with the transaction: an inner transaction of its own starts a scope of its own.
     */
    private static final class Scope implements TransactionSynchronization {
        private Versions versions;
        private boolean customPlans;

        Versions versions(FigureCache cache) {
            if (versions == null) {
                versions = cache.versions();
            }
            return versions;
        }
    }
}
