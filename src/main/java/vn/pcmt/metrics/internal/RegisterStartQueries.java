package vn.pcmt.metrics.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.metrics.Register;

/** The starts of registers that apply to units, in one query for a batch of units. */
@Repository
public class RegisterStartQueries {

    private final JdbcClient jdbc;

    RegisterStartQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each unit, the start that applies to it: its own, else that of the nearest unit covering it (a commune's
     * district, then its province; a successor's for the units it took over), the later one when two are as near.
     * Units no start applies to are absent.
     */
    public Map<Long, LocalDate> explicit(Register register, Collection<Long> unitIds) {
        Map<Long, LocalDate> starts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return starts;
        }
        jdbc.sql(
                        """
                        select distinct on (c.unit_id) c.unit_id, s.since
                        from register_start s
                        join unit_coverage c on c.ancestor_id = s.unit_id
                        join admin_unit a on a.id = s.unit_id
                        where c.unit_id in (:units) and s.register = :register and s.deleted_at is null
                        order by c.unit_id, (c.ancestor_id = c.unit_id) desc,
                                 case a.level when 'COMMUNE' then 3 when 'DISTRICT' then 2 else 1 end desc,
                                 s.since desc""")
                .param("units", List.copyOf(unitIds))
                .param("register", register.name())
                .query((ResultSet rs) -> {
                    starts.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return starts;
    }

    /** The ids of the units a unit covers (itself included). */
    public List<Long> covered(long unitId) {
        return jdbc.sql("select unit_id from unit_coverage where ancestor_id = :u")
                .param("u", unitId)
                .query(Long.class)
                .list();
    }
}
