package vn.pcmt.hotspots.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;

/**
 * Read-side SQL over the hotspot register. A unit counts the hotspots of every unit version it covers (what lies
 * beneath it and what it succeeded), so a commune created on 1/7/2025 counts, for 2024, its predecessors' ones.
 */
@Repository
public class HotspotQueries {

    private static final String LIVE = "h.deleted_at is null";

    private final JdbcClient jdbc;

    HotspotQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String covered(long unitId) {
        return "h.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = " + unitId + ")";
    }

    /** Hotspots of the unit detected by the date, in the state asked (any when null), newest first. */
    public List<HotspotRow> list(long unitId, LocalDate date, HotspotState state, HotspotActivity activity, int limit) {
        String stateSql =
                switch (state == null ? "ANY" : state.name()) {
                    case "ACTIVE" -> " and (h.eliminated_on is null or h.eliminated_on > :d)";
                    case "ELIMINATED" -> " and h.eliminated_on <= :d";
                    default -> "";
                };
        String activitySql = activity == null ? "" : " and h.activity = '" + activity.name() + "'";
        return jdbc.sql("select h.id, h.name, h.shape, h.activity, u.code as commune_code,"
                        + " u.full_name as commune_name, v.name as village_name, h.address, h.latitude, h.longitude,"
                        + " h.detected_on, h.eliminated_on, h.reformed_from_id from hotspot h"
                        + " join admin_unit u on u.id = h.commune_id left join village v on v.id = h.village_id"
                        + " where " + LIVE + " and " + covered(unitId) + " and h.detected_on <= :d" + stateSql
                        + activitySql + " order by h.detected_on desc, h.id desc limit :limit")
                .param("d", date)
                .param("limit", limit)
                .query((rs, i) -> row(rs, date))
                .list();
    }

    private static HotspotRow row(ResultSet rs, LocalDate date) throws SQLException {
        LocalDate eliminated = rs.getObject("eliminated_on", LocalDate.class);
        Long reformedFrom = rs.getObject("reformed_from_id", Long.class);
        return new HotspotRow(
                rs.getLong("id"),
                rs.getString("name"),
                HotspotShape.valueOf(rs.getString("shape")),
                HotspotActivity.valueOf(rs.getString("activity")),
                rs.getString("commune_code"),
                rs.getString("commune_name"),
                rs.getString("village_name"),
                rs.getString("address"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                rs.getObject("detected_on", LocalDate.class),
                eliminated,
                reformedFrom,
                eliminated != null && !eliminated.isAfter(date) ? HotspotState.ELIMINATED : HotspotState.ACTIVE);
    }

    /** The figures of {@code HotspotFigures} for the unit over [from, to], in one pass. */
    public Map<String, Long> figures(long unitId, LocalDate from, LocalDate to) {
        return figures(List.of(unitId), from, to).get(unitId);
    }

    /** {@link #figures(long, LocalDate, LocalDate)} for each of the units (with what each covers), in one query. */
    public Map<Long, Map<String, Long>> figures(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Long>> figures = new HashMap<>();
        Map<String, Long> none = Map.of(
                "arisen", 0L,
                "reformed", 0L,
                "eliminated", 0L,
                "arisenEliminated", 0L,
                "activeAtStart", 0L,
                "activeAtEnd", 0L,
                "placesOfUse", 0L);
        unitIds.forEach(id -> figures.put(id, none));
        if (unitIds.isEmpty()) {
            return figures;
        }
        jdbc.sql(
                        """
                        select c.ancestor_id,
                          count(*) filter (where h.detected_on between :from and :to and %1$s) as arisen,
                          count(*) filter (where h.detected_on between :from and :to and %1$s
                                           and h.reformed_from_id is not null) as reformed,
                          count(*) filter (where h.eliminated_on between :from and :to and %2$s) as eliminated,
                          count(*) filter (where h.detected_on between :from and :to and %1$s
                                           and h.eliminated_on <= :to) as arisen_eliminated,
                          count(*) filter (where h.detected_on < :from and %3$s
                                           and (h.eliminated_on is null or h.eliminated_on >= :from)) as active_at_start,
                          count(*) filter (where h.detected_on <= :to and %4$s
                                           and (h.eliminated_on is null or h.eliminated_on > :to)) as active_at_end,
                          count(*) filter (where h.detected_on <= :to and h.activity <> 'SELLING' and %4$s
                                           and (h.eliminated_on is null or h.eliminated_on > :to)) as places_of_use
                        from hotspot h join unit_coverage c on c.unit_id = h.commune_id and c.ancestor_id in (:units)
                        where\s"""
                                        .formatted(
                                                UnitCoverage.countsOn("c", "h.detected_on"),
                                                UnitCoverage.countsOn("c", "h.eliminated_on"),
                                                UnitCoverage.countsOn("c", "cast(:from as date) - 1"),
                                                UnitCoverage.countsOn("c", "cast(:to as date)"))
                                + LIVE + " group by c.ancestor_id")
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    figures.put(
                            rs.getLong("ancestor_id"),
                            Map.of(
                                    "arisen", rs.getLong("arisen"),
                                    "reformed", rs.getLong("reformed"),
                                    "eliminated", rs.getLong("eliminated"),
                                    "arisenEliminated", rs.getLong("arisen_eliminated"),
                                    "activeAtStart", rs.getLong("active_at_start"),
                                    "activeAtEnd", rs.getLong("active_at_end"),
                                    "placesOfUse", rs.getLong("places_of_use")));
                });
        return figures;
    }

    /**
     * For each of the given units (current communes), hotspots active at some time in [from, to]; only places of
     * use (organising or harbouring) when asked. One query for all units.
     */
    public Map<Long, Long> activeDuringByUnit(
            Collection<Long> unitIds, LocalDate from, LocalDate to, boolean placesOfUse) {
        Map<Long, Long> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select c.ancestor_id, count(distinct h.id) as n from hotspot h"
                        + " join unit_coverage c on c.unit_id = h.commune_id where " + LIVE
                        + " and c.ancestor_id in (:units) and h.detected_on <= :to"
                        + " and (h.eliminated_on is null or h.eliminated_on >= :from)"
                        // on the last day of the period it was active: least() leaves out a null elimination
                        + " and " + UnitCoverage.countsOn("c", "least(cast(:to as date), h.eliminated_on)")
                        + (placesOfUse ? " and h.activity <> 'SELLING'" : "") + " group by c.ancestor_id")
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The live hotspots of a commune version, of the versions it covers, or of a unit covering it (so a commune of
     * 2025 finds the hotspots of its predecessors and a former commune those of its successor); newest first.
     */
    public List<Long> idsNear(long communeId) {
        return jdbc.sql("select h.id from hotspot h where h.deleted_at is null and (h.commune_id = :c"
                        + " or h.commune_id in (select unit_id from unit_coverage where ancestor_id = :c)"
                        + " or exists (select 1 from unit_coverage c where c.ancestor_id = h.commune_id"
                        + " and c.unit_id = :c)"
                        + " or exists (select 1 from unit_coverage a join unit_coverage b on b.ancestor_id = a.ancestor_id"
                        + " join admin_unit u on u.id = a.ancestor_id and u.level = 'COMMUNE'"
                        + " where a.unit_id = :c and b.unit_id = h.commune_id))"
                        + " order by h.detected_on desc, h.id desc limit 200")
                .param("c", communeId)
                .query(Long.class)
                .list();
    }
}
