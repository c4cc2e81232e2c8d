package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.internal.RegisterStarts;

/**
 * What a module contributes to the catalogue: its metrics and their values. A stock is read on {@code to}; a flow
 * is counted from {@code from} to {@code to}, both included.
 */
public interface MetricSource {

    List<Metric> metrics();

    /**
     * The metric for each of the units (each counted with everything it covers, so a commune in force today over an
     * earlier period counts its predecessors), by unit id; absent or null where there is no value. {@link Metrics}
     * has checked the units against the caller's jurisdiction, and asks for one unit the same way as for many: a
     * source answers in one query per figure (one {@code GROUP BY} over the units), never one per unit.
     */
    Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to);

    /**
     * For each unit, the date of the first record of the register among what it covers (absent when there is none):
     * what stands for the register's start where none was entered ({@link RegisterStarts}). A source answers for the
     * registers it keeps, in one query.
     */
    default Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        return Map.of();
    }

    /**
     * The first records of {@link #firstRecords}, read by one query of the source: {@code sql} takes the unit ids as
     * {@code :units} and gives rows of (unit id, first day), grouped by unit over {@code unit_coverage}.
     */
    static Map<Long, LocalDate> firstDays(
            org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql, Collection<Long> unitIds) {
        Map<Long, LocalDate> first = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return first;
        }
        jdbc.sql(sql).param("units", List.copyOf(unitIds)).query((java.sql.ResultSet rs) -> {
            LocalDate day = rs.getObject(2, LocalDate.class);
            if (day != null) {
                first.put(rs.getLong(1), day);
            }
        });
        return first;
    }

    /**
     * The values of {@link #values} out of a source's figures counted together per unit (one query answers every
     * figure of each unit): the figure named {@code key} of each unit, as a decimal (null where the unit's figures
     * have none).
     */
    static Map<Long, BigDecimal> pick(Map<Long, ? extends Map<String, ? extends Number>> figuresByUnit, String key) {
        Map<Long, BigDecimal> values = new java.util.HashMap<>();
        figuresByUnit.forEach((unit, figures) -> {
            Number figure = figures.get(key);
            values.put(
                    unit,
                    figure == null || figure instanceof BigDecimal
                            ? (BigDecimal) figure
                            : BigDecimal.valueOf(figure.longValue()));
        });
        return values;
    }
}
