package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Rebuilds {@code unit_coverage}: the reflexive, transitive closure of "lies beneath while both were in force" and
 * "succeeded". A partial succession on the path marks the pair {@code via_partial} unless a full path also exists.
 * From V58 each pair also carries its date (ADR 034): {@code since}, the latest succession on the earliest path (none
 * for "lies beneath" only, or when not after the ancestor's own first day, {@code ancestor_from}); figures use it
 * through {@code UnitCoverage.countsOn}, jurisdiction does not.
 *
 * <p>The edges are read with two plain queries; the closure is walked in memory from each unit and written with
 * one statement over arrays. A recursive SQL query gave the same rows but took ~7 s over the units of 2004–2025 (it hashes every
 * edge again at each step of the longest chain of versions); this takes about a second: the insert of ~90,000 rows
 * as three arrays in one statement, with the key, the foreign keys and the index made again after it (row by row
 * checks took 2.5 s). Callers after V23 switch off the register version's per-row trigger while they rebuild.
 */
final class UnitCoverageBuilder {

    /** "Lies beneath while both were in force", as two equality joins (one OR-ed join took a nested loop, ~1 s). */
    private static final String BENEATH =
            """
            select p.id, c.id
            from admin_unit p
            join admin_unit c on c.province_code = p.code and c.level <> 'PROVINCE'
            where p.level = 'PROVINCE'
              and coalesce(c.valid_from, '-infinity'::date) <= coalesce(p.valid_to, 'infinity'::date)
              and coalesce(p.valid_from, '-infinity'::date) <= coalesce(c.valid_to, 'infinity'::date)
            union all
            select p.id, c.id
            from admin_unit p
            join admin_unit c on c.district_code = p.code and c.level = 'COMMUNE'
            where p.level = 'DISTRICT'
              and coalesce(c.valid_from, '-infinity'::date) <= coalesce(p.valid_to, 'infinity'::date)
              and coalesce(p.valid_from, '-infinity'::date) <= coalesce(c.valid_to, 'infinity'::date)
            """;

    private UnitCoverageBuilder() {}

    /** "No date": a unit reached by "lies beneath" only, or a unit in force since before the first snapshot. */
    private static final long NONE = Long.MIN_VALUE;

    /**
     * An edge from a unit to one it covers directly: since {@code since} (an epoch day, the succession's date), or
     * {@link #NONE} for "lies beneath while both were in force".
     */
    private record Edge(long to, boolean partial, long since) {}

    static void rebuild(Connection connection) throws SQLException {
        List<Long> units = new ArrayList<>();
        Map<Long, Long> from = new HashMap<>();
        Map<Long, List<Edge>> edges = new HashMap<>();
        boolean dated = dated(connection);
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id, valid_from from admin_unit")) {
                while (rs.next()) {
                    units.add(rs.getLong(1));
                    java.time.LocalDate validFrom = rs.getObject(2, java.time.LocalDate.class);
                    from.put(rs.getLong(1), validFrom == null ? NONE : validFrom.toEpochDay());
                }
            }
            try (ResultSet rs = st.executeQuery(BENEATH)) {
                while (rs.next()) {
                    edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Edge(rs.getLong(2), false, NONE));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "select successor_id, predecessor_id, partial, effective_date from unit_succession")) {
                while (rs.next()) {
                    edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Edge(
                                    rs.getLong(2),
                                    rs.getBoolean(3),
                                    rs.getObject(4, java.time.LocalDate.class).toEpochDay()));
                }
            }
            st.executeUpdate("delete from unit_coverage");
            // checked and indexed once after the insert rather than row by row: 0.5 s instead of 2.5 s
            st.executeUpdate("alter table unit_coverage drop constraint unit_coverage_ancestor_id_fkey,"
                    + " drop constraint unit_coverage_unit_id_fkey, drop constraint unit_coverage_pkey");
            st.executeUpdate("drop index unit_coverage_unit");
        }
        Coverage rows = new Coverage();
        for (long unit : units) {
            walk(unit, edges, rows);
            since(unit, from.get(unit), edges, rows);
        }
        String insert = dated
                ? "insert into unit_coverage (ancestor_id, unit_id, via_partial, since, ancestor_from) select * from"
                        + " unnest(?::bigint[], ?::bigint[], ?::boolean[], ?::date[], ?::date[])"
                : "insert into unit_coverage (ancestor_id, unit_id, via_partial) select * from"
                        + " unnest(?::bigint[], ?::bigint[], ?::boolean[])";
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            ps.setArray(1, connection.createArrayOf("bigint", rows.ancestors.toArray()));
            ps.setArray(2, connection.createArrayOf("bigint", rows.units.toArray()));
            ps.setArray(3, connection.createArrayOf("boolean", rows.partial.toArray()));
            if (dated) {
                ps.setArray(4, connection.createArrayOf("date", dates(rows.since)));
                ps.setArray(5, connection.createArrayOf("date", dates(rows.ancestorFrom)));
            }
            ps.executeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("alter table unit_coverage add constraint unit_coverage_pkey primary key (ancestor_id,"
                    + " unit_id), add constraint unit_coverage_ancestor_id_fkey foreign key (ancestor_id) references"
                    + " admin_unit (id), add constraint unit_coverage_unit_id_fkey foreign key (unit_id) references"
                    + " admin_unit (id)");
            st.executeUpdate("create index unit_coverage_unit on unit_coverage (unit_id)");
        }
    }

    /**
     * Whether the coverage has its dates ({@code since}, {@code ancestor_from}, V58): the migrations before it (V2,
     * V35) rebuild the coverage of their time.
     */
    private static boolean dated(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from information_schema.columns where table_name ="
                        + " 'unit_coverage' and column_name = 'since' and table_schema = current_schema()")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static java.sql.Date[] dates(List<Long> days) {
        java.sql.Date[] out = new java.sql.Date[days.size()];
        for (int i = 0; i < out.length; i++) {
            long day = days.get(i);
            out[i] = day == NONE ? null : java.sql.Date.valueOf(java.time.LocalDate.ofEpochDay(day));
        }
        return out;
    }

    /** The rows to insert, column by column. */
    private static final class Coverage {
        final List<Long> ancestors = new ArrayList<>();
        final List<Long> units = new ArrayList<>();
        final List<Boolean> partial = new ArrayList<>();
        final List<Long> since = new ArrayList<>();
        final List<Long> ancestorFrom = new ArrayList<>();
    }

    /**
     * The date from which each unit reached from {@code ancestor} (in the order {@link #walk} added them) lies in it:
     * over every path, the latest succession on the path, and of the paths the earliest (a path of "lies beneath"
     * only: no date). A bottleneck shortest path (Dijkstra with max instead of sum). No date either when the
     * ancestor itself began on or after that date ({@code ancestor_from}): a record dated before the ancestor began
     * counts in it anyway (its territory, ADR 034).
     */
    private static void since(long ancestor, long ancestorFrom, Map<Long, List<Edge>> edges, Coverage out) {
        Map<Long, Long> best = new HashMap<>();
        PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong((long[] a) -> a[0]));
        best.put(ancestor, NONE);
        queue.add(new long[] {NONE, ancestor});
        while (!queue.isEmpty()) {
            long[] at = queue.poll();
            if (at[0] > best.get(at[1])) {
                continue;
            }
            for (Edge e : edges.getOrDefault(at[1], List.of())) {
                long since = Math.max(at[0], e.since());
                Long known = best.get(e.to());
                if (known == null || since < known) {
                    best.put(e.to(), since);
                    queue.add(new long[] {since, e.to()});
                }
            }
        }
        int rows = out.ancestors.size();
        for (int i = out.since.size(); i < rows; i++) {
            long since = best.get(out.units.get(i));
            out.since.add(since != NONE && since > ancestorFrom ? since : NONE);
            out.ancestorFrom.add(ancestorFrom);
        }
    }

    /**
     * Every unit reachable from {@code ancestor}, partial only when no path to it is free of partial links: a unit
     * reached by a full path is walked again on (once) even when a partial path reached it first.
     */
    private static void walk(long ancestor, Map<Long, List<Edge>> edges, Coverage out) {
        Set<Long> full = new HashSet<>();
        Set<Long> reached = new HashSet<>();
        ArrayDeque<long[]> queue = new ArrayDeque<>();
        full.add(ancestor);
        reached.add(ancestor);
        queue.add(new long[] {ancestor, 0});
        while (!queue.isEmpty()) {
            long[] at = queue.poll();
            boolean partial = at[1] == 1;
            for (Edge e : edges.getOrDefault(at[0], List.of())) {
                boolean viaPartial = partial || e.partial();
                if (!viaPartial) {
                    if (full.add(e.to())) {
                        reached.add(e.to());
                        queue.add(new long[] {e.to(), 0});
                    }
                } else if (reached.add(e.to())) {
                    queue.add(new long[] {e.to(), 1});
                }
            }
        }
        for (long unit : reached) {
            out.ancestors.add(ancestor);
            out.units.add(unit);
            out.partial.add(!full.contains(unit));
        }
    }
}
