package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds {@code unit_coverage}: the reflexive, transitive closure of "lies beneath while both were in force" and
 * "succeeded". A partial succession on the path marks the pair {@code via_partial} unless a full path also exists.
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

    /** An edge from a unit to one it covers directly. */
    private record Edge(long to, boolean partial) {}

    static void rebuild(Connection connection) throws SQLException {
        List<Long> units = new ArrayList<>();
        Map<Long, List<Edge>> edges = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id from admin_unit")) {
                while (rs.next()) {
                    units.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery(BENEATH)) {
                while (rs.next()) {
                    edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Edge(rs.getLong(2), false));
                }
            }
            try (ResultSet rs = st.executeQuery("select successor_id, predecessor_id, partial from unit_succession")) {
                while (rs.next()) {
                    edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Edge(rs.getLong(2), rs.getBoolean(3)));
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
        }
        try (PreparedStatement ps = connection.prepareStatement("insert into unit_coverage (ancestor_id, unit_id,"
                + " via_partial) select * from unnest(?::bigint[], ?::bigint[], ?::boolean[])")) {
            ps.setArray(1, connection.createArrayOf("bigint", rows.ancestors.toArray()));
            ps.setArray(2, connection.createArrayOf("bigint", rows.units.toArray()));
            ps.setArray(3, connection.createArrayOf("boolean", rows.partial.toArray()));
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

    /** The rows to insert, column by column. */
    private static final class Coverage {
        final List<Long> ancestors = new ArrayList<>();
        final List<Long> units = new ArrayList<>();
        final List<Boolean> partial = new ArrayList<>();
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
