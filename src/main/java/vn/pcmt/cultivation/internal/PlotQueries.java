package vn.pcmt.cultivation.internal;

import java.math.BigDecimal;
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

/**
 * Read-side SQL over the cultivation register. A unit counts the plots of every unit version it covers
 * ({@code unit_coverage}: what lies beneath it and what it succeeded), so a commune created on 1/7/2025 counts, for
 * 2024, the plots found in its predecessors.
 */
@Repository
public class PlotQueries {

    /** The figures of the register, by name. */
    public static final List<String> FIGURES = List.of(
            "plots_found",
            "area_found_m2",
            "plants_found",
            "plots_destroyed",
            "area_destroyed_m2",
            "plants_destroyed",
            "plots_replanted",
            "area_replanted_m2",
            "plots_found_destroyed",
            "area_found_destroyed_m2");

    private final JdbcClient jdbc;

    PlotQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plots of the unit (and what it covers) found in [from, to], in the state asked on {@code to}; newest first. */
    public List<PlotRow> list(
            long unitId, LocalDate from, LocalDate to, PlotState state, PlantSpecies species, int limit) {
        String stateSql =
                switch (state == null ? "ANY" : state.name()) {
                    case "STANDING" -> " and (p.destroyed_on is null or p.destroyed_on > :to)";
                    case "DESTROYED" -> " and p.destroyed_on <= :to";
                    default -> "";
                };
        return jdbc.sql("select p.id, u.code, u.full_name, p.species, p.area_m2, p.plants, p.found_on, p.found_by,"
                        + " p.latitude, p.longitude, p.destroyed_on, p.replanted_from_id, p.version from cultivation_plot p"
                        + " join admin_unit u on u.id = p.commune_id where p.deleted_at is null"
                        + " and p.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + " and p.found_on between :from and :to" + stateSql
                        + (species == null ? "" : " and p.species = :species")
                        + " order by p.found_on desc, p.id desc limit :limit")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("species", species == null ? "" : species.name())
                .param("limit", limit)
                .query((rs, i) -> {
                    LocalDate destroyed = rs.getObject("destroyed_on", LocalDate.class);
                    return new PlotRow(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("full_name"),
                            PlantSpecies.valueOf(rs.getString("species")),
                            rs.getBigDecimal("area_m2"),
                            rs.getInt("plants"),
                            rs.getObject("found_on", LocalDate.class),
                            rs.getString("found_by"),
                            rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"),
                            destroyed,
                            rs.getObject("replanted_from_id", Long.class),
                            destroyed != null && !destroyed.isAfter(to) ? PlotState.DESTROYED : PlotState.STANDING,
                            rs.getLong("version"));
                })
                .list();
    }

    /**
     * The {@link #FIGURES} over [from, to] for each of the units (with what each covers), in one query: found and
     * re-planted by the day found, destroyed by the day destroyed; "found destroyed" are the plots found in the
     * period and destroyed by its end (what a "100% of the area found is destroyed" target divides by the area found).
     * A unit without plots has zeros.
     */
    public Map<Long, Map<String, BigDecimal>> figures(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        Map<String, BigDecimal> none = new HashMap<>();
        FIGURES.forEach(f -> none.put(f, BigDecimal.ZERO));
        unitIds.forEach(id -> figures.put(id, Map.copyOf(none)));
        if (unitIds.isEmpty()) {
            return figures;
        }
        jdbc.sql(
                        """
                        select c.ancestor_id,
                          count(*) filter (where p.found_on between :from and :to and %1$s) as plots_found,
                          coalesce(sum(p.area_m2) filter (where p.found_on between :from and :to and %1$s), 0) as area_found_m2,
                          coalesce(sum(p.plants) filter (where p.found_on between :from and :to and %1$s), 0) as plants_found,
                          count(*) filter (where p.destroyed_on between :from and :to and %2$s) as plots_destroyed,
                          coalesce(sum(p.area_m2) filter (where p.destroyed_on between :from and :to and %2$s), 0)
                            as area_destroyed_m2,
                          coalesce(sum(p.plants) filter (where p.destroyed_on between :from and :to and %2$s), 0)
                            as plants_destroyed,
                          count(*) filter (where p.found_on between :from and :to and %1$s and p.replanted_from_id is not null)
                            as plots_replanted,
                          coalesce(sum(p.area_m2) filter (where p.found_on between :from and :to and %1$s
                                                          and p.replanted_from_id is not null), 0) as area_replanted_m2,
                          count(*) filter (where p.found_on between :from and :to and %1$s and p.destroyed_on <= :to)
                            as plots_found_destroyed,
                          coalesce(sum(p.area_m2) filter (where p.found_on between :from and :to and %1$s
                                                          and p.destroyed_on <= :to), 0) as area_found_destroyed_m2
                        from cultivation_plot p
                        join unit_coverage c on c.unit_id = p.commune_id and c.ancestor_id in (:units)
                        where p.deleted_at is null group by c.ancestor_id"""
                                .formatted(
                                        UnitCoverage.countsOn("c", "p.found_on"),
                                        UnitCoverage.countsOn("c", "p.destroyed_on")))
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    Map<String, BigDecimal> row = new HashMap<>();
                    for (String f : FIGURES) {
                        row.put(f, rs.getBigDecimal(f));
                    }
                    figures.put(rs.getLong("ancestor_id"), Map.copyOf(row));
                });
        return figures;
    }

    /** The first day a plot was found among what each unit covers (absent without plots). */
    public Map<Long, LocalDate> firstFound(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                "select c.ancestor_id, min(p.found_on) from unit_coverage c join cultivation_plot p"
                        + " on p.commune_id = c.unit_id and p.deleted_at is null"
                        + " where c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }
}
