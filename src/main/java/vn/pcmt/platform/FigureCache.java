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
import java.util.Set;
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
    /** Figures with the tables they were read from; a figure may be null (no data). */
    private final Cache<List<Object>, Figure> cache = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();
    /**
     * The last values kept of each part of a figure of many units, by the part's key without the versions ({@link
     * #getEach}): after a change, the units it left alone are taken from here.
     */
    private final Cache<List<Object>, Kept> latest = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();
    /**
     * The last figure kept under each key without the versions ({@link #kept}): after a change to tables it was not
     * read from, it is taken from here.
     */
    private final Cache<List<Object>, Kept> latestOne = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    /**
     * A figure (null: no data) and the tables of the registers its statements read, those of the kept figures it was
     * made of included (ADR 063).
     */
    private record Figure(Object value, Set<String> tables) {}

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
        return getEach(unitIds, null, compute, key);
    }

    /**
     * The same, where a unit's figure also depends on something of its provinces that is not a row lying in the unit
     * ({@code stampOfPart}, given a part's provinces in id order, answers it: the year of each province's first
     * record, which starts the registers of units without a start of their own), kept in the part's key.
     *
     * <p>A part kept under older versions of its provinces is not computed again whole (ADR 063): the units each
     * change since touched ({@code province_register_change}) are, with the units covering them or covered by them,
     * and the others' values are kept. When a version between is not logged (more than 200 changes since, or a change
     * of more than about 2,000 units), the part is computed whole.
     */
    @Transactional(readOnly = true)
    public <V> Map<Long, V> getEach(
            Collection<Long> unitIds,
            Function<List<Long>, Object> stampOfPart,
            Function<List<Long>, Map<Long, V>> compute,
            Object... key) {
        if (!enabled || scope().wrote(this)) {
            return plain(() -> compute.apply(List.copyOf(unitIds)));
        }
        Versions versions = scope().versions(this);
        Coverage coverage = coverage(versions.other());
        Map<Long, V> values = new HashMap<>(unitIds.size() * 2);
        List<Missing> missing = new ArrayList<>();
        partsOf(unitIds, coverage).forEach((provinces, units) -> {
            boolean all = ALL.equals(provinces);
            List<Object> name = new ArrayList<>(key.length + 3);
            name.add("each");
            name.addAll(Arrays.asList(key));
            name.add(all || stampOfPart == null ? null : stampOfPart.apply(provinces));
            name.add(units);
            List<Long> stamp = all ? versions.all() : versions.ofProvinces(provinces);
            List<Object> full = new ArrayList<>(name.size() + 1);
            full.add(stamp);
            full.addAll(name);
            Figure kept = cache.getIfPresent(full);
            if (kept != null) {
                @SuppressWarnings("unchecked")
                Map<Long, V> part = (Map<Long, V>) kept.value();
                values.putAll(part);
                scope().read(kept);
                return;
            }
            Kept earlier = all ? null : latest.getIfPresent(name);
            missing.add(new Missing(
                    full, name, stamp, units, earlier != null && earlier.other() == versions.other() ? earlier : null));
        });
        if (missing.isEmpty()) {
            return values;
        }
        // of the parts kept under older versions, the units changed since (null: the whole part)
        Map<Missing, Set<Long>> touched = touched(missing, coverage);
        List<Long> asked = new ArrayList<>();
        for (Missing m : missing) {
            Set<Long> units = touched.get(m);
            if (units == null) {
                asked.addAll(m.units());
            } else {
                m.units().stream().filter(units::contains).forEach(asked::add);
            }
        }
        Scope scope = scope();
        Frame frame = asked.isEmpty() ? null : scope.enter(this);
        Map<Long, V> computed;
        try {
            computed = frame == null ? Map.of() : compute.apply(List.copyOf(asked));
        } finally {
            if (frame != null) {
                scope.leave(frame, this);
            }
        }
        for (Missing m : missing) {
            Set<Long> units = touched.get(m);
            Map<Long, V> part;
            boolean fresh = units == null;
            if (units == null) {
                part = new HashMap<>(m.units().size() * 2);
                for (Long u : m.units()) {
                    part.put(u, computed.get(u));
                }
            } else {
                // the earlier values, those of the units computed again replaced (a few of hundreds)
                @SuppressWarnings("unchecked")
                Map<Long, V> before = (Map<Long, V>) m.earlier().figure().value();
                part = new HashMap<>(before);
                for (Long u : units) {
                    if (part.containsKey(u)) {
                        part.put(u, computed.get(u));
                        fresh = true;
                    }
                }
            }
            // read from the tables of this computation, and of the earlier one for the values kept from it
            Set<String> tables =
                    units == null ? frame.tables : m.earlier().figure().tables();
            if (units != null && fresh) {
                tables = union(tables, frame.tables);
            }
            Figure figure = new Figure(Collections.unmodifiableMap(part), tables);
            cache.put(m.full(), figure);
            latest.asMap().merge(m.name(), new Kept(m.stamp(), versions.other(), figure), Kept::newer);
            scope.read(figure);
            @SuppressWarnings("unchecked")
            Map<Long, V> frozen = (Map<Long, V>) figure.value();
            values.putAll(frozen);
        }
        return values;
    }

    /**
     * The units by the provinces covering them (every province where none is found: the whole country's versions),
     * each part's units in id order; kept per units version and question, as every target of a plan asks about the
     * same 3,321 communes.
     */
    private Map<List<Long>, List<Long>> partsOf(Collection<Long> unitIds, Coverage coverage) {
        List<Object> asked = List.of(coverage.version(), List.copyOf(unitIds));
        return grouped.get(asked, k -> {
            Map<List<Long>, List<Long>> parts = new HashMap<>();
            for (Long unit : unitIds) {
                List<Long> provinces = coverage.provinces().getOrDefault(unit, ALL);
                parts.computeIfAbsent(provinces, p -> new ArrayList<>()).add(unit);
            }
            Map<List<Long>, List<Long>> sorted = new HashMap<>(parts.size() * 2);
            parts.forEach((p, units) -> sorted.put(p, units.stream().sorted().toList()));
            return Map.copyOf(sorted);
        });
    }

    /** The parts of the units asked about, by units version and units ({@link #partsOf}). */
    private final Cache<List<Object>, Map<List<Long>, List<Long>>> grouped =
            Caffeine.newBuilder().maximumSize(500).build();

    /** A part of a figure of many units not kept under the versions of now, and what was kept of it earlier. */
    private record Missing(List<Object> full, List<Object> name, List<Long> stamp, List<Long> units, Kept earlier) {}

    /**
     * What each logged version of a province changed ({@code province_register_change}, by province id and version),
     * read once: the rows of the log never change once committed.
     */
    private final Cache<List<Long>, Logged> logged = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** The units a change lay in and the tables it wrote (each null when not listed). */
    private record Logged(long[] units, Set<String> tables) {}

    /** How many versions of a province the log keeps (R__metrics_bump_register_version.sql). */
    private static final int LOGGED = 200;

    /** The last figure kept of a key (a part's values), under the versions it was computed for. */
    private record Kept(List<Long> stamp, long other, Figure figure) {

        /** Versions only rise: the later of two computations of the same part. */
        static Kept newer(Kept a, Kept b) {
            if (a.other != b.other) {
                return a.other > b.other ? a : b;
            }
            long sa = a.stamp.stream().mapToLong(Long::longValue).sum();
            long sb = b.stamp.stream().mapToLong(Long::longValue).sum();
            return sa >= sb ? a : b;
        }
    }

    /**
     * For each part kept under older versions of its provinces, the units of it to compute again: none when no table
     * it was read from has been written since; else those a logged change since touched, or that cover or are covered
     * by a unit one touched (null, the whole part, when a version between is not logged or did not list its units);
     * null for the parts with nothing kept. One query for them all, the log's rows being kept once read.
     */
    private Map<Missing, Set<Long>> touched(List<Missing> missing, Coverage coverage) {
        Map<Missing, Set<Long>> touched = new java.util.IdentityHashMap<>();
        List<List<Long>> before = new ArrayList<>();
        List<List<Long>> now = new ArrayList<>();
        for (Missing m : missing) {
            if (m.earlier() != null) {
                before.add(m.earlier().stamp());
                now.add(m.stamp());
            }
        }
        if (before.isEmpty()) {
            return touched;
        }
        readLog(before, now);
        for (Missing m : missing) {
            if (m.earlier() == null) {
                continue;
            }
            Change change = since(m.earlier().stamp(), m.stamp());
            if (change == null) {
                continue;
            }
            Set<String> read = m.earlier().figure().tables();
            if (read != null && change.tables() != null && java.util.Collections.disjoint(change.tables(), read)) {
                touched.put(m, Set.of());
            } else if (change.units() != null) {
                touched.put(m, coverage.around(change.units()));
            }
        }
        return touched;
    }

    /** What the changes logged between two stamps did: the units and the tables written (each null when unknown). */
    private record Change(Set<Long> units, Set<String> tables) {}

    /**
     * The changes between two stamps of the same provinces (everything else's version, then each province's id and
     * version), from the log kept in memory; null when a version between is not there.
     */
    private Change since(List<Long> before, List<Long> now) {
        Set<Long> units = new java.util.HashSet<>();
        Set<String> tables = new java.util.HashSet<>();
        boolean unitsKnown = true;
        boolean tablesKnown = true;
        for (int i = 1; i + 1 < before.size(); i += 2) {
            long from = before.get(i + 1);
            long to = now.get(i + 1);
            if (to < from || to - from > LOGGED) {
                return null;
            }
            for (long v = from + 1; v <= to; v++) {
                Logged change = logged.getIfPresent(List.of(before.get(i), v));
                if (change == null) {
                    return null;
                }
                if (change.units() == null) {
                    unitsKnown = false;
                } else {
                    for (long u : change.units()) {
                        units.add(u);
                    }
                }
                if (change.tables() == null) {
                    tablesKnown = false;
                } else {
                    tables.addAll(change.tables());
                }
            }
        }
        return new Change(unitsKnown ? units : null, tablesKnown ? tables : null);
    }

    /** Reads the versions of the log between each pair of stamps not read yet, in one query. */
    private void readLog(List<List<Long>> before, List<List<Long>> now) {
        List<Long> ps = new ArrayList<>();
        List<Long> since = new ArrayList<>();
        List<Long> upTo = new ArrayList<>();
        for (int k = 0; k < before.size(); k++) {
            List<Long> b = before.get(k);
            List<Long> n = now.get(k);
            for (int i = 1; i + 1 < b.size(); i += 2) {
                long from = b.get(i + 1);
                long to = n.get(i + 1);
                if (to <= from || to - from > LOGGED) {
                    continue;
                }
                for (long v = from + 1; v <= to; v++) {
                    if (logged.getIfPresent(List.of(b.get(i), v)) == null) {
                        ps.add(b.get(i));
                        since.add(from);
                        upTo.add(to);
                        break;
                    }
                }
            }
        }
        if (ps.isEmpty()) {
            return;
        }
        jdbc.sql("select c.province_id, c.version, c.units, c.tables from unnest(:ps, :since, :upto) as w(p, o, n)"
                        + " join province_register_change c on c.province_id = w.p and c.version > w.o"
                        + " and c.version <= w.n")
                .param("ps", ps.toArray(Long[]::new))
                .param("since", since.toArray(Long[]::new))
                .param("upto", upTo.toArray(Long[]::new))
                .query(rs -> {
                    long[] units = null;
                    java.sql.Array unitArray = rs.getArray(3);
                    if (unitArray != null) {
                        Object[] ids = (Object[]) unitArray.getArray();
                        units = new long[ids.length];
                        for (int j = 0; j < ids.length; j++) {
                            units[j] = ((Number) ids[j]).longValue();
                        }
                    }
                    Set<String> tables = null;
                    java.sql.Array tableArray = rs.getArray(4);
                    if (tableArray != null) {
                        tables = Set.of((String[]) tableArray.getArray());
                    }
                    logged.put(List.of(rs.getLong(1), rs.getLong(2)), new Logged(units, tables));
                });
    }

    /**
     * The provinces covering each unit ({@code unit_coverage}: a unit beneath a province or succeeded into one), as
     * the figures are kept under: read once per version of the units, not at each question (a dashboard asked at
     * every figure whose register start defaults to its province's first record). Units no province covers are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<Long>> provincesCovering(Collection<Long> unitIds) {
        Map<Long, List<Long>> byUnit = coverage(scope().versions(this).other()).provinces();
        Map<Long, java.util.Set<Long>> covering = new HashMap<>();
        for (Long unit : unitIds) {
            List<Long> ps = byUnit.get(unit);
            if (ps != null) {
                covering.put(unit, Set.copyOf(ps));
            }
        }
        return covering;
    }

    /**
     * The units just beneath each province: the units it covers that no other unit it covers covers (its communes of
     * today, the provinces of before 2025 it took over; a province of before 2025, its districts), which together
     * cover all it covers. Read from the coverage kept per units version.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> topsBeneath(Collection<Long> provinces) {
        Coverage coverage = coverage(scope().versions(this).other());
        Map<Long, List<Long>> tops = new HashMap<>();
        for (Long p : provinces) {
            tops.put(p, coverage.tops().computeIfAbsent(p, coverage::topsOf));
        }
        return tops;
    }

    /**
     * A unit's figure as what the rows lying in each unit it covers add to it (ADR 064): the unit itself and every unit
     * it covers ({@code unit_coverage}: its districts and communes, the units it succeeded and theirs) are its pieces,
     * kept like the parts of a figure of many units ({@link #getEach}), so after a change only the pieces the change
     * touched are computed again; the caller adds them up. Only for a figure that is a sum over rows each lying in one
     * unit (a count of rows, of events, of people on a day, each living in one commune). {@code compute}, given some
     * of the pieces' ids, answers what the rows lying in each add to the unit's figure (counted as the unit counts
     * them: by its own {@code unit_coverage} row to the piece, whose dates say which rows it counts, ADR 034). The
     * caller checks the jurisdiction before it asks; the key names the computation.
     */
    @Transactional(readOnly = true)
    public <V> Map<Long, V> pieces(long unitId, Function<List<Long>, Map<Long, V>> compute, Object... key) {
        Coverage coverage = coverage(scope().versions(this).other());
        List<Long> pieces = coverage.pieces().computeIfAbsent(unitId, coverage::piecesOf);
        Object[] named = new Object[key.length + 2];
        named[0] = "pieces";
        named[1] = unitId;
        System.arraycopy(key, 0, named, 2, key.length);
        return getEach(pieces, null, compute, named);
    }

    /**
     * Several figures of a unit added up from its pieces at once ({@link #pieces}): {@code compute} answers, for some of
     * the pieces, {@code width} numbers each (absent: zeros); the unit's are their sums, in the same order.
     */
    @Transactional(readOnly = true)
    public long[] sumOfPieces(long unitId, int width, Function<List<Long>, Map<Long, long[]>> compute, Object... key) {
        long[] sum = new long[width];
        for (long[] row : pieces(unitId, compute, key).values()) {
            for (int i = 0; row != null && i < width; i++) {
                sum[i] += row[i];
            }
        }
        return sum;
    }

    /**
     * A figure of each of the units from a query that adds up over the units its rows lie in (ADR 064): asked for one
     * unit, its pieces ({@link #pieces}) are each kept and added up; for several (a breakdown of communes, each kept by
     * {@link #getEach} already), {@code count} answers them at once. {@code count}, given the whole unit (null for the
     * units as they are) and units, answers the figure of each (absent: 0).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> summed(
            List<Long> unitIds, java.util.function.BiFunction<Long, List<Long>, Map<Long, Long>> count, Object... key) {
        if (unitIds.size() != 1) {
            return count.apply(null, unitIds);
        }
        long unit = unitIds.get(0);
        long sum = 0;
        for (Long n : pieces(unit, asked -> count.apply(unit, asked), key).values()) {
            sum += n == null ? 0 : n;
        }
        return Map.of(unit, sum);
    }

    /**
     * The counts a query of figures reads for each unit (the unit's id first, then the named columns), kept like a
     * figure of those units under the query and its parameters: a query that counts several figures at once (a
     * province's health stations, qualified stations, rehab facilities...) runs once for all of them, though each
     * figure is asked on its own. The caller checks the jurisdiction before it asks.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Long>> counts(String sql, List<Long> units, Map<String, ?> params, String... columns) {
        return counts(sql, null, units, params, columns);
    }

    /**
     * The same for counts that add up over the units their rows lie in (ADR 064): asked for one unit, they are the sums
     * of its pieces ({@link #pieces}), each kept, read by {@code inPieces} (given the unit, the query in its pieces:
     * {@code UnitCoverage.inPieces}); null, or several units, reads {@code sql} as it is.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Long>> counts(
            String sql, Function<Long, String> inPieces, List<Long> units, Map<String, ?> params, String... columns) {
        List<Object> key = new ArrayList<>(4);
        key.add("counts");
        key.add(sql);
        key.add(new TreeMap<>(params));
        key.add(units);
        return kept(
                units,
                () -> {
                    if (inPieces != null && units.size() == 1) {
                        long whole = units.get(0);
                        String piecesSql = inPieces.apply(whole);
                        long[] sum = sumOfPieces(
                                whole,
                                columns.length,
                                asked -> {
                                    Map<Long, long[]> each = new HashMap<>(asked.size() * 2);
                                    asked.forEach(p -> each.put(p, new long[columns.length]));
                                    query(piecesSql, asked, params).query((java.sql.ResultSet rs) -> {
                                        long[] row = each.get(rs.getLong(1));
                                        for (int i = 0; i < columns.length; i++) {
                                            row[i] = rs.getLong(columns[i]);
                                        }
                                    });
                                    return each;
                                },
                                "counts",
                                sql,
                                new TreeMap<>(params));
                        Map<String, Long> row = new HashMap<>(columns.length * 2);
                        for (int i = 0; i < columns.length; i++) {
                            row.put(columns[i], sum[i]);
                        }
                        return Map.of(whole, Collections.unmodifiableMap(row));
                    }
                    Map<Long, Map<String, Long>> rows = new HashMap<>();
                    query(sql, units, params).query((java.sql.ResultSet rs) -> {
                        Map<String, Long> row = new HashMap<>(columns.length * 2);
                        for (String column : columns) {
                            row.put(column, rs.getLong(column));
                        }
                        rows.put(rs.getLong(1), Collections.unmodifiableMap(row));
                    });
                    return Collections.unmodifiableMap(rows);
                },
                key.toArray());
    }

    private JdbcClient.StatementSpec query(String sql, List<Long> units, Map<String, ?> params) {
        var statement = jdbc.sql(sql).param("units", units);
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement;
    }

    /** The part of the units no province is found for. */
    private static final List<Long> ALL = List.of(-1L);

    /**
     * The figure under the key and the versions of the provinces covering the units; when not kept under them, the
     * figure kept under earlier versions if no table it was read from has been written since (ADR 063), else computed.
     */
    @SuppressWarnings("unchecked")
    private <T> T kept(Collection<Long> unitIds, Supplier<T> compute, Object... key) {
        if (!enabled || scope().wrote(this)) {
            return plain(compute);
        }
        Versions versions = scope().versions(this);
        List<Long> stamp = versions.of(unitIds, this);
        List<Object> full = new ArrayList<>(key.length + 1);
        full.add(stamp);
        full.addAll(Arrays.asList(key));
        // the last one kept of this question, whatever the versions: the key and the units asked about
        List<Object> name = new ArrayList<>(key.length + 1);
        name.add(unitIds == null ? null : List.copyOf(unitIds));
        name.addAll(Arrays.asList(key));
        Figure figure = cache.getIfPresent(full);
        if (figure == null) {
            Kept earlier = latestOne.getIfPresent(name);
            if (earlier != null && untouched(earlier, stamp, versions)) {
                figure = earlier.figure();
            } else {
                Scope scope = scope();
                Frame frame = scope.enter(this);
                Object value;
                try {
                    value = compute.get();
                } finally {
                    scope.leave(frame, this);
                }
                figure = new Figure(value, frame.tables);
            }
            cache.put(full, figure);
            latestOne.asMap().merge(name, new Kept(stamp, versions.other(), figure), Kept::newer);
        }
        scope().read(figure);
        return (T) figure.value();
    }

    /**
     * Whether a figure kept under earlier versions still holds under the versions of now: the same version of
     * everything else, the same provinces, and no table it was read from written by a change logged since.
     */
    private boolean untouched(Kept earlier, List<Long> stamp, Versions versions) {
        Set<String> read = earlier.figure().tables();
        if (read == null
                || earlier.other() != versions.other()
                || earlier.stamp().size() != stamp.size()) {
            return false;
        }
        for (int i = 1; i < stamp.size(); i += 2) {
            if (!earlier.stamp().get(i).equals(stamp.get(i))) {
                return false;
            }
        }
        readLog(List.of(earlier.stamp()), List.of(stamp));
        Change change = since(earlier.stamp(), stamp);
        return change != null && change.tables() != null && java.util.Collections.disjoint(change.tables(), read);
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
     * The coverage of the units ({@code unit_coverage}: a unit beneath another or succeeded into it), read once per
     * version of the units (they change only with {@code register_version}).
     */
    private volatile Coverage coverage;

    private Coverage coverage(long unitsVersion) {
        Coverage known = coverage;
        if (known == null || known.version() != unitsVersion) {
            Map<Long, List<Long>> provinces = new HashMap<>();
            Map<Long, List<Long>> above = new HashMap<>();
            Map<Long, List<Long>> below = new HashMap<>();
            jdbc.sql("select c.unit_id, c.ancestor_id, a.level = 'PROVINCE' from unit_coverage c"
                            + " join admin_unit a on a.id = c.ancestor_id")
                    .query(rs -> {
                        long unit = rs.getLong(1);
                        long ancestor = rs.getLong(2);
                        if (rs.getBoolean(3)) {
                            provinces
                                    .computeIfAbsent(unit, u -> new ArrayList<>(2))
                                    .add(ancestor);
                        }
                        if (unit != ancestor) {
                            above.computeIfAbsent(unit, u -> new ArrayList<>(4)).add(ancestor);
                            below.computeIfAbsent(ancestor, u -> new ArrayList<>())
                                    .add(unit);
                        }
                    });
            // each unit's provinces in id order, one list per set of provinces (the key of a part)
            Map<Long, List<Long>> lists = new HashMap<>(provinces.size() * 2);
            Map<List<Long>, List<Long>> same = new HashMap<>();
            provinces.forEach((u, ps) -> {
                List<Long> list = ps.stream().sorted().toList();
                lists.put(u, same.computeIfAbsent(list, l -> l));
            });
            known = new Coverage(
                    unitsVersion,
                    Map.copyOf(lists),
                    sorted(above),
                    sorted(below),
                    new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
            coverage = known;
        }
        return known;
    }

    private static Map<Long, long[]> sorted(Map<Long, List<Long>> lists) {
        Map<Long, long[]> map = new HashMap<>(lists.size() * 2);
        lists.forEach((u, ps) ->
                map.put(u, ps.stream().mapToLong(Long::longValue).sorted().toArray()));
        return Map.copyOf(map);
    }

    /**
     * The units covering each unit (its district and province, the commune that took it over and its province) and
     * covered by each (a province's districts and communes, a commune's former communes), and the provinces covering
     * each unit in id order, for one version of the units.
     */
    private record Coverage(
            long version,
            Map<Long, List<Long>> provinces,
            Map<Long, long[]> above,
            Map<Long, long[]> below,
            Map<Long, List<Long>> tops,
            Map<Long, List<Long>> pieces) {

        /** A unit and every unit it covers, in id order ({@link #pieces}). */
        List<Long> piecesOf(long unit) {
            long[] beneath = below.getOrDefault(unit, NONE);
            List<Long> all = new ArrayList<>(beneath.length + 1);
            all.add(unit);
            for (long b : beneath) {
                all.add(b);
            }
            all.sort(null);
            return List.copyOf(all);
        }

        /** The units beneath a unit that no other unit beneath it covers, in id order ({@link #topsBeneath}). */
        List<Long> topsOf(long unit) {
            Set<Long> beneath = new java.util.HashSet<>();
            for (long b : below.getOrDefault(unit, NONE)) {
                beneath.add(b);
            }
            List<Long> tops = new ArrayList<>();
            for (Long b : beneath) {
                boolean top = true;
                for (long a : above.getOrDefault(b, NONE)) {
                    if (a != unit && beneath.contains(a)) {
                        top = false;
                        break;
                    }
                }
                if (top) {
                    tops.add(b);
                }
            }
            tops.sort(null);
            return List.copyOf(tops);
        }

        /**
         * The units whose figures a change to rows lying in the given units may move: those units, the units covering
         * them (a commune's figure counts its former communes' rows) and the units they cover (a row recorded at a
         * district or province level, such as a register start, bears on its communes).
         */
        Set<Long> around(Set<Long> changed) {
            Set<Long> around = new java.util.HashSet<>(changed);
            for (Long u : changed) {
                for (long a : above.getOrDefault(u, NONE)) {
                    around.add(a);
                }
                for (long b : below.getOrDefault(u, NONE)) {
                    around.add(b);
                }
            }
            return around;
        }

        private static final long[] NONE = {};
    }

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
            Map<Long, List<Long>> byUnit = cache.coverage(other).provinces();
            TreeSet<Long> covering = new TreeSet<>();
            for (Long unit : unitIds) {
                List<Long> ps = byUnit.get(unit);
                if (ps == null) {
                    return all();
                }
                covering.addAll(ps);
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
     * Sets, once per transaction, every statement from here to its end to be planned for its values (a dashboard
     * computes a hundred figures in one) and costed for data read from memory or solid-state storage ({@code
     * random_page_cost} 1.1, ADR 063: with the default of 4, written for spinning disks, a province's figure scanned
     * the whole coverage table and every case of the country, 48 ms, rather than probe the province's 637 units
     * through their indexes, 2 ms).
     */
    private void plannedForValues(Scope scope) {
        if (!scope.customPlans) {
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                            + " set_config('random_page_cost', '1.1', true)")
                    .query(rs -> {});
            scope.customPlans = true;
        }
    }

    /** Computes a figure that is not kept ({@code pcmt.figures.cache=false}). */
    private <T> T plain(Supplier<T> compute) {
        plannedForValues(scope());
        return compute.get();
    }

    /**
     * How many times this transaction has scanned each table of the registers so far, by index or not (the tables
     * whose statement triggers note the provinces a change lay in, R__metrics_note_changed_provinces.sql: the only ones
     * a logged change can name); the tables a figure was read from are those whose count rose while it was computed.
     * One call of {@code pg_stat_get_xact_numscans} per table and index (~0.1 ms), not the statistics view (~2 ms).
     */
    private Map<String, Long> scans(Scope scope) {
        // nothing has run on this thread since the counters were last read in this transaction: they are the same
        // (a figure entered right after another left, a computation entered right after the one it is part of)
        if (scope.scans != null && Statements.counted() && scope.statements == Statements.count()) {
            return scope.scans;
        }
        Map<String, Long> scans = readScans();
        scope.scans = scans;
        scope.statements = Statements.count();
        return scans;
    }

    private Map<String, Long> readScans() {
        Tracked tracked = this.tracked;
        if (tracked == null) {
            Map<Long, String> tableOf = new HashMap<>();
            jdbc.sql("select c.oid, t.relname from pg_class t"
                            + " join pg_class c on c.oid = t.oid or c.oid in (select indexrelid from pg_index"
                            + " where indrelid = t.oid)"
                            + " where t.oid in (select tgrelid from pg_trigger g join pg_proc p on p.oid = g.tgfoid"
                            + " where p.proname = 'note_changed_provinces')")
                    .query(rs -> {
                        tableOf.put(rs.getLong(1), rs.getString(2));
                    });
            tracked = new Tracked(
                    tableOf.keySet().stream().map(Long::intValue).toArray(Integer[]::new), Map.copyOf(tableOf));
            this.tracked = tracked;
        }
        Map<String, Long> scans = new HashMap<>();
        Map<Long, String> tableOf = tracked.tableOf();
        jdbc.sql("select o, n from (select o, pg_stat_get_xact_numscans(o) as n"
                        + " from unnest(cast(:oids as oid[])) o) x where n > 0")
                .param("oids", tracked.oids())
                .query(rs -> {
                    scans.merge(tableOf.get(rs.getLong(1)), rs.getLong(2), Long::sum);
                });
        return scans;
    }

    /** The tables of the registers and their indexes, by object id (read once: they change with a migration). */
    private record Tracked(Integer[] oids, Map<Long, String> tableOf) {}

    private volatile Tracked tracked;

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
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
        /** The scan counters last read in this transaction, and the thread's statements counted right after. */
        private Map<String, Long> scans;

        private long statements;
        /** The computation going on (the innermost), if any. */
        private Frame frame;

        Versions versions(FigureCache cache) {
            if (versions == null) {
                versions = cache.versions();
            }
            return versions;
        }

        /** Whether this transaction has written anything yet (once it has, it stays so). */
        private boolean wrote;

        /**
         * Whether this transaction has written rows: its figures see its own changes, which no version stamps yet
         * (the versions rise at its commit), so they are neither looked up nor kept (a drug-free alert checked by the
         * transaction that records an addict, ADR 063). A read-only transaction has not.
         */
        boolean wrote(FigureCache cache) {
            if (!wrote && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                wrote = Boolean.TRUE.equals(cache.jdbc
                        .sql("select pg_current_xact_id_if_assigned() is not null")
                        .query(Boolean.class)
                        .single());
            }
            return wrote;
        }

        /** A computation starts: how often each table of the registers has been scanned so far. */
        Frame enter(FigureCache cache) {
            cache.plannedForValues(this);
            frame = new Frame(cache.scans(this), frame);
            return frame;
        }

        /**
         * A computation ends: the tables it scanned, and those of the kept figures it used; the computation it was
         * part of read them too.
         */
        void leave(Frame left, FigureCache cache) {
            Map<String, Long> after = cache.scans(this);
            Set<String> tables = new java.util.HashSet<>(left.read);
            after.forEach((table, n) -> {
                if (n > left.before.getOrDefault(table, 0L)) {
                    tables.add(table);
                }
            });
            left.tables = Set.copyOf(tables);
            frame = left.parent;
            if (frame != null) {
                frame.read.addAll(left.tables);
            }
        }

        /** A kept figure is used: its tables are read by the computation going on, if any. */
        void read(Figure figure) {
            if (frame != null) {
                frame.read.addAll(figure.tables());
            }
        }
    }

    /** A computation of a figure going on: the scans counted when it started, the kept figures' tables it used. */
    private static final class Frame {
        final Map<String, Long> before;
        final Frame parent;
        final Set<String> read = new java.util.HashSet<>();
        Set<String> tables = Set.of();

        Frame(Map<String, Long> before, Frame parent) {
            this.before = before;
            this.parent = parent;
        }
    }
}
