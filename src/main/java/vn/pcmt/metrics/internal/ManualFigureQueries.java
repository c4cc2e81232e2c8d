package vn.pcmt.metrics.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.metrics.FigureStatus;

/**
 * Values of manual figures: accepted figures only, of every unit version the unit covers (so a commune created
 * on 1/7/2025 sums, for 2024, what its predecessors entered). A figure belongs to the period asked when that period
 * holds more than half of the figure's days ({@link #BELONGS}): a figure of the calendar year counts in an annual
 * report from 1/1 to 15/12 or from 15/12 of the year before to 14/12, a figure of December in the next year's
 * report with a 15/12 cut-off, and a figure never counts in two periods that do not overlap. A flow sums the figures
 * that belong to the period; a stock (a value on the last day of its period) takes, for each unit in force on the
 * date, its latest figure on or before the date, and sums those (a commune dissolved in 2025 no longer counts in 2026,
 * its successor does).
 */
@Repository
public class ManualFigureQueries {

    /** Accepted figures of the metric for units covered by one of {@code :units} ({@code c.ancestor_id}). */
    private static final String ACCEPTED =
            """
            from manual_figure f join manual_metric m on m.id = f.metric_id
            join unit_coverage c on c.unit_id = f.unit_id and c.ancestor_id in (:units)
            where m.code = :code and m.deleted_at is null and f.deleted_at is null and f.status = 'ACCEPTED'
            """;

    /**
     * The figure's period [period_from, period_to] has more than half of its days in [:from, :to] (a figure inside
     * the period always does). Days are counted inclusive on both ends.
     */
    static final String BELONGS =
            """
             (least(f.period_to, :to) - greatest(f.period_from, :from) + 1) * 2
                > (f.period_to - f.period_from + 1)
            """;

    private final JdbcClient jdbc;

    ManualFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each unit (with what it covers), the sum of the accepted figures that belong to the period asked; a unit
     * no accepted figure answers for is absent (no data, not zero).
     */
    public Map<Long, BigDecimal> flows(String code, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return byUnit(
                "select c.ancestor_id, sum(f.value) " + ACCEPTED + " and" + BELONGS + " and "
                        + UnitCoverage.countsOn("c", "f.period_to") + " group by c.ancestor_id",
                code,
                unitIds,
                Map.of("from", from, "to", to));
    }

    /**
     * For each unit (with what it covers), the sum over the units in force on the date of each one's latest accepted
     * figure on or before it; a unit no accepted figure answers for is absent (no data, not zero). A figure of an
     * earlier version of a unit before 1/7/2025 (the same code, a new name, type or district, ADR 026) is that unit's:
     * Huế's wards moved to new districts on 1/1/2025 and a stock of 2024 is still theirs in June 2025. Across the
     * reform a code may name another unit, so there only the unit itself answers, as before.
     */
    public Map<Long, BigDecimal> stocks(String code, Collection<Long> unitIds, LocalDate on) {
        return byUnit(
                """
                select x.ancestor_id, sum(x.value) from (
                    select distinct on (c.ancestor_id, cur.id) c.ancestor_id, cur.id, f.value
                    from manual_figure f join manual_metric m on m.id = f.metric_id
                    join unit_coverage c on c.unit_id = f.unit_id and c.ancestor_id in (:units)
                    join admin_unit fu on fu.id = f.unit_id
                    join admin_unit cur on cur.level = fu.level and cur.code = fu.code
                     and (cur.valid_from is null or cur.valid_from <= :on)
                     and (cur.valid_to is null or cur.valid_to >= :on)
                     and (cur.id = fu.id or coalesce(cur.valid_from, '-infinity'::date) < date '2025-07-01')
                    join unit_coverage same on same.ancestor_id = cur.id and same.unit_id = fu.id
                    where m.code = :code and m.deleted_at is null and f.deleted_at is null and f.status = 'ACCEPTED'
                      and f.period_to <= :on and %s
                    order by c.ancestor_id, cur.id, f.period_to desc) x
                group by x.ancestor_id
                """
                        .formatted(UnitCoverage.countsOn("c", ":on")),
                code,
                unitIds,
                Map.of("on", on));
    }

    /**
     * For each unit, the sum of the accepted figures entered for that very unit (not for what it covers) that belong
     * to the period; absent where none.
     */
    public Map<Long, BigDecimal> ownFlows(String code, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return byUnit(
                "select f.unit_id, sum(f.value) " + OWN + " and" + BELONGS + " group by f.unit_id",
                code,
                unitIds,
                Map.of("from", from, "to", to));
    }

    /** For each unit, its latest accepted figure (entered for that very unit) on or before the date; absent if none. */
    public Map<Long, BigDecimal> ownStocks(String code, Collection<Long> unitIds, LocalDate on) {
        return byUnit(
                "select distinct on (f.unit_id) f.unit_id, f.value " + OWN
                        + " and f.period_to <= :on order by f.unit_id, f.period_to desc",
                code,
                unitIds,
                Map.of("on", on));
    }

    /** Accepted figures of the metric entered for one of {@code :units} itself. */
    private static final String OWN =
            """
            from manual_figure f join manual_metric m on m.id = f.metric_id
            where f.unit_id in (:units)
              and m.code = :code and m.deleted_at is null and f.deleted_at is null and f.status = 'ACCEPTED'
            """;

    private Map<Long, BigDecimal> byUnit(String sql, String code, Collection<Long> unitIds, Map<String, Object> dates) {
        Map<Long, BigDecimal> values = new HashMap<>();
        if (unitIds.isEmpty()) {
            return values;
        }
        var spec = jdbc.sql(sql).param("code", code).param("units", unitIds);
        for (var e : dates.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query((ResultSet rs) -> {
            values.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return values;
    }

    /** For each metric of the province, how many live figures are in each status. */
    public Map<Long, Map<FigureStatus, Long>> statusCounts(String provinceCode) {
        Map<Long, Map<FigureStatus, Long>> counts = new HashMap<>();
        jdbc.sql(
                        """
                        select f.metric_id, f.status, count(*) as n
                        from manual_figure f join manual_metric m on m.id = f.metric_id
                        where m.province_code = :p and m.deleted_at is null and f.deleted_at is null
                        group by f.metric_id, f.status""")
                .param("p", provinceCode)
                .query((rs, i) -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(FigureStatus.class))
                            .put(FigureStatus.valueOf(rs.getString(2)), rs.getLong(3));
                    return null;
                })
                .list();
        return counts;
    }

    /** How many figures of these metrics are in each status (the review queue and the returned ones). */
    public long count(Collection<Long> metricIds, FigureStatus status) {
        if (metricIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from manual_figure where deleted_at is null and status = :s"
                        + " and metric_id in (:ids)")
                .param("s", status.name())
                .param("ids", List.copyOf(metricIds))
                .query(Long.class)
                .single();
    }
}
