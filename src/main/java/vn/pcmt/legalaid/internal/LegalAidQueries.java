package vn.pcmt.legalaid.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.metrics.MetricSource;

/** Read-side SQL over legal-aid requests; a unit counts the requests of every unit version it covers. */
@Repository
public class LegalAidQueries {

    /** The figures, by name ({@code legalaid.<name>}). */
    public static final List<String> FIGURES = List.of("requests", "eligible", "served");

    private final JdbcClient jdbc;

    LegalAidQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests made in the unit (and what it covers) in [from, to], newest first; the person's name joined. */
    public List<LegalAidRow> list(long unitId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("select r.id, u.full_name, r.requested_on, r.person_id, p.full_name as person_name, r.subject,"
                        + " r.eligible, r.served_on, coalesce(a.name, r.provider_name) as provider"
                        + " from legal_aid_request r join admin_unit u on u.id = r.commune_id"
                        + " left join person p on p.id = r.person_id left join agency a on a.id = r.provider_agency_id"
                        + " where r.deleted_at is null and r.requested_on between :from and :to and r.commune_id in"
                        + " (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + " order by r.requested_on desc, r.id desc limit :limit")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, i) -> new LegalAidRow(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getObject("requested_on", LocalDate.class),
                        (Long) rs.getObject("person_id"),
                        rs.getString("person_name"),
                        rs.getString("subject"),
                        (Boolean) rs.getObject("eligible"),
                        rs.getObject("served_on", LocalDate.class),
                        rs.getString("provider")))
                .list();
    }

    /**
     * Requests made in [from, to]; those found eligible; those of them served by {@code to} (HY9: served ÷
     * eligible).
     */
    public Map<Long, Map<String, Long>> figures(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Long>> figures = new HashMap<>();
        unitIds.forEach(id -> {
            Map<String, Long> zero = new HashMap<>();
            FIGURES.forEach(f -> zero.put(f, 0L));
            figures.put(id, zero);
        });
        if (unitIds.isEmpty()) {
            return figures;
        }
        jdbc.sql(
                        """
                        select c.ancestor_id, count(*) as requests,
                          count(*) filter (where r.eligible) as eligible,
                          count(*) filter (where r.eligible and r.served_on <= :to) as served
                        from legal_aid_request r
                        join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id in (:units)
                        where r.deleted_at is null and r.requested_on between :from and :to and %s
                        group by c.ancestor_id"""
                                .formatted(UnitCoverage.countsOn("c", "r.requested_on")))
                .param("units", List.copyOf(unitIds))
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    Map<String, Long> f = figures.get(rs.getLong("ancestor_id"));
                    FIGURES.forEach(name -> {
                        try {
                            f.put(name, rs.getLong(name));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
        return figures;
    }

    /** The first request among what each unit covers (absent without requests). */
    public Map<Long, LocalDate> firstRequested(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                "select c.ancestor_id, min(r.requested_on) from legal_aid_request r"
                        + " join unit_coverage c on c.unit_id = r.commune_id"
                        + " where r.deleted_at is null and c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }
}
