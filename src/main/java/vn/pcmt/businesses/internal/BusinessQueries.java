package vn.pcmt.businesses.internal;

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
 * Read-side SQL over the businesses register. A unit counts the businesses of every unit version it covers
 * ({@code unit_coverage}), so a commune formed on 1/7/2025 counts, for 2024, the inspections of its predecessors'
 * businesses.
 */
@Repository
public class BusinessQueries {

    /** The figures of the register, by name. */
    public static final List<String> FIGURES = List.of(
            "inspected", "inspections", "inspections_with_violations", "licences_suspended", "licences_revoked");

    private final JdbcClient jdbc;

    BusinessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Businesses of the unit (and what it covers), of a kind when asked, by name. */
    public List<BusinessRow> list(long unitId, BusinessKind kind, int limit) {
        return jdbc.sql("select b.id, u.code, u.full_name, b.kind, b.name, b.address, b.owner_name,"
                        + " b.licence_number, b.licence_status, (select max(i.inspected_on) from business_inspection i"
                        + " where i.business_id = b.id and i.deleted_at is null) as last_inspected"
                        + " from business b join admin_unit u on u.id = b.commune_id where b.deleted_at is null"
                        + " and b.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + (kind == null ? "" : " and b.kind = :kind")
                        + " order by b.name, b.id limit :limit")
                .param("unit", unitId)
                .param("kind", kind == null ? "" : kind.name())
                .param("limit", limit)
                .query((rs, i) -> new BusinessRow(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("full_name"),
                        BusinessKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getString("owner_name"),
                        rs.getString("licence_number"),
                        LicenceStatus.valueOf(rs.getString("licence_status")),
                        rs.getObject("last_inspected", LocalDate.class)))
                .list();
    }

    /**
     * The {@link #FIGURES} over [from, to] for each unit (with what it covers), two queries in all: businesses
     * inspected at least once, inspections, inspections that found a violation (by the day inspected), licences
     * suspended and revoked (by the day of the decision).
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
                        select c.ancestor_id, count(distinct i.business_id) as inspected, count(*) as inspections,
                          count(*) filter (where exists (select 1 from business_inspection_violation v
                                                         where v.inspection_id = i.id)) as inspections_with_violations
                        from business_inspection i
                        join business b on b.id = i.business_id and b.deleted_at is null
                        join unit_coverage c on c.unit_id = b.commune_id and c.ancestor_id in (:units)
                        where i.deleted_at is null and i.inspected_on between :from and :to and %s
                        group by c.ancestor_id"""
                                .formatted(UnitCoverage.countsOn("c", "i.inspected_on")))
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    Map<String, Long> f = figures.get(rs.getLong("ancestor_id"));
                    f.put("inspected", rs.getLong("inspected"));
                    f.put("inspections", rs.getLong("inspections"));
                    f.put("inspections_with_violations", rs.getLong("inspections_with_violations"));
                });
        jdbc.sql(
                        """
                        select c.ancestor_id,
                          count(*) filter (where s.action = 'SUSPEND') as licences_suspended,
                          count(*) filter (where s.action = 'REVOKE') as licences_revoked
                        from business_licence_step s
                        join business b on b.id = s.business_id and b.deleted_at is null
                        join unit_coverage c on c.unit_id = b.commune_id and c.ancestor_id in (:units)
                        where s.taken_on between :from and :to and %s
                        group by c.ancestor_id"""
                                .formatted(UnitCoverage.countsOn("c", "s.taken_on")))
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    Map<String, Long> f = figures.get(rs.getLong("ancestor_id"));
                    f.put("licences_suspended", rs.getLong("licences_suspended"));
                    f.put("licences_revoked", rs.getLong("licences_revoked"));
                });
        return figures;
    }

    /** The first inspection day among what each unit covers (absent without inspections). */
    public Map<Long, LocalDate> firstInspected(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                "select c.ancestor_id, min(i.inspected_on) from business_inspection i"
                        + " join business b on b.id = i.business_id and b.deleted_at is null"
                        + " join unit_coverage c on c.unit_id = b.commune_id"
                        + " where i.deleted_at is null and c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }
}
