package vn.pcmt.localities.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;

/** Read-side SQL over key localities; a unit counts what it covers (beneath it and what it succeeded). */
@Repository
public class LocalityQueries {

    private final JdbcClient jdbc;

    LocalityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String covered(long unitId) {
        return "k.deleted_at is null and k.unit_id in (select c.unit_id from unit_coverage c where c.ancestor_id = "
                + unitId + ")";
    }

    public List<KeyLocalityRow> list(long unitId, LocalDate date) {
        return jdbc.sql("select k.id, u.code, u.full_name, v.name as village, k.locality_type, k.decision_number,"
                        + " k.decision_date, k.period_from, k.period_to, k.transformed_on, k.complex_again_on"
                        + " from key_locality k join admin_unit u on u.id = k.unit_id"
                        + " left join village v on v.id = k.village_id where " + covered(unitId)
                        + " and k.decision_date <= :d order by k.decision_date desc, k.id desc")
                .param("d", date)
                .query((rs, i) -> {
                    LocalDate transformed = rs.getObject("transformed_on", LocalDate.class);
                    LocalDate again = rs.getObject("complex_again_on", LocalDate.class);
                    KeyLocalityState state = again != null && !again.isAfter(date)
                            ? KeyLocalityState.COMPLEX_AGAIN
                            : transformed != null && !transformed.isAfter(date)
                                    ? KeyLocalityState.TRANSFORMED
                                    : KeyLocalityState.SELECTED;
                    return new KeyLocalityRow(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("full_name"),
                            rs.getString("village"),
                            rs.getString("locality_type"),
                            rs.getString("decision_number"),
                            rs.getObject("decision_date", LocalDate.class),
                            rs.getObject("period_from", LocalDate.class),
                            rs.getObject("period_to", LocalDate.class),
                            transformed,
                            again,
                            state);
                })
                .list();
    }

    public KeyLocalityFigures figures(long unitId, String code, String name, LocalDate from, LocalDate to) {
        long[] f = figures(List.of(unitId), from, to).get(unitId);
        return new KeyLocalityFigures(code, name, from, to, f[0], f[1], f[2], f[3]);
    }

    /**
     * For each unit (with what it covers), the key localities of the period: selected, transformed, complex again,
     * not complex again (in that order); one query.
     */
    public Map<Long, long[]> figures(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, long[]> figures = new HashMap<>();
        unitIds.forEach(id -> figures.put(id, new long[4]));
        if (unitIds.isEmpty()) {
            return figures;
        }
        jdbc.sql("select c.ancestor_id, count(*) as selected,"
                        + " count(*) filter (where k.transformed_on <= :to) as transformed,"
                        + " count(*) filter (where k.complex_again_on <= :to) as again,"
                        + " count(*) filter (where k.transformed_on <= :to"
                        + " and (k.complex_again_on is null or k.complex_again_on > :to)) as kept"
                        + " from key_locality k join unit_coverage c on c.unit_id = k.unit_id and c.ancestor_id in (:units)"
                        + " where k.deleted_at is null"
                        + " and k.decision_date <= :to and k.period_from <= :to and k.period_to >= :from"
                        // the commune lay in the unit on the last day of the selection within the period
                        + " and " + UnitCoverage.countsOn("c", "least(cast(:to as date), k.period_to)")
                        + " group by c.ancestor_id")
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    figures.put(rs.getLong(1), new long[] {
                        rs.getLong("selected"), rs.getLong("transformed"), rs.getLong("again"), rs.getLong("kept")
                    });
                });
        return figures;
    }

    /**
     * For each unit, the key localities in force on the date among those it covers: selected by a decision of that
     * date or before, the date within their period, and not transformed on the date (or complex again since). A
     * stock, every unit present; one query.
     */
    public Map<Long, Long> inForce(Collection<Long> unitIds, LocalDate date) {
        Map<Long, Long> counts = new HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0L));
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select c.ancestor_id, count(*) from key_locality k"
                        + " join unit_coverage c on c.unit_id = k.unit_id and c.ancestor_id in (:units)"
                        + " where k.deleted_at is null and k.decision_date <= :d and k.period_from <= :d"
                        + " and k.period_to >= :d and (k.transformed_on is null or k.transformed_on > :d"
                        + " or k.complex_again_on <= :d) and " + UnitCoverage.countsOn("c", ":d")
                        + " group by c.ancestor_id")
                .param("units", unitIds)
                .param("d", date)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** Whether the same commune (and village) is already selected, not yet transformed, over part of the period. */
    public boolean openSelectionOverlaps(long unitId, Long villageId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) > 0 from key_locality k where k.deleted_at is null and k.unit_id = :u"
                        + " and coalesce(k.village_id, -1) = coalesce(cast(:v as bigint), -1) and k.transformed_on is null"
                        + " and k.period_from <= :to and k.period_to >= :from")
                .param("u", unitId)
                .param("v", villageId)
                .param("from", from)
                .param("to", to)
                .query(Boolean.class)
                .single();
    }
}
