package vn.pcmt.geo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rebuilds {@code unit_coverage}: the reflexive, transitive closure of "lies beneath while both were in
 * force" and "succeeded". A partial succession on the path marks the pair {@code via_partial} unless a
 * full path also exists.
 */
final class UnitCoverageBuilder {

    private static final String REBUILD =
            """
            insert into unit_coverage (ancestor_id, unit_id, via_partial)
            with recursive edge (a, b, partial) as (
                select p.id, c.id, false
                from admin_unit p
                join admin_unit c
                  on ((p.level = 'PROVINCE' and c.level <> 'PROVINCE' and c.province_code = p.code)
                   or (p.level = 'DISTRICT' and c.level = 'COMMUNE' and c.district_code = p.code))
                 and coalesce(c.valid_from, '-infinity'::date) <= coalesce(p.valid_to, 'infinity'::date)
                 and coalesce(p.valid_from, '-infinity'::date) <= coalesce(c.valid_to, 'infinity'::date)
                union all
                select s.successor_id, s.predecessor_id, s.partial from unit_succession s
            ),
            closure (a, b, partial) as (
                select id, id, false from admin_unit
                union
                select c.a, e.b, c.partial or e.partial from closure c join edge e on e.a = c.b
            )
            select a, b, bool_and(partial) from closure group by a, b
            """;

    private UnitCoverageBuilder() {}

    static void rebuild(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("delete from unit_coverage");
            st.executeUpdate(REBUILD);
        }
    }
}
