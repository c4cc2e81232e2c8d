package vn.pcmt.facilities.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.platform.FigureCache;

/**
 * Read-side SQL over facilities; a unit counts the facilities of every unit version it covers, from the date the
 * version lay in it (ADR 034). Every figure is a stock on a day.
 */
@Repository
public class FacilityQueries {

    /** The figures, by name ({@code facilities.<name>}). */
    public static final List<String> FIGURES = List.of(
            "health_stations",
            "health_stations_qualified",
            "public_rehab",
            "public_rehab_qualified",
            "public_rehab_meeting_law",
            "communes_with_qualified_point",
            "stations_and_public_rehab",
            "determination_capable",
            "communes_with_addicts_and_point");

    /** Open on {@code :to}: the condition on a facility {@code f}. */
    private static final String OPEN =
            "f.deleted_at is null and f.valid_from <= :to" + " and (f.valid_to is null or f.valid_to >= :to)";

    /**
     * Qualified for {@code kind} on {@code :to}: probed facility by facility through the qualifications' index (a
     * scalar subquery, which the planner keeps as such), not a semi-join, which the planner made a hash of every
     * qualification of the country for the few communes of a figure in pieces (ADR 064: 2.8 ms against 0.3 ms; the
     * country's communes take the same time either way, ~195 ms).
     */
    private static String qualified(String kind) {
        return "coalesce((select true from facility_qualification q where q.facility_id = f.id"
                + " and q.deleted_at is null and q.kind = '" + kind + "' and q.since <= :to"
                + " and (q.until is null or q.until >= :to) limit 1), false)";
    }

    /** Every criterion's latest assessment on or before {@code :to} is met (a criterion never assessed is not). */
    static final String MEETS_LAW = "not exists (select 1 from facility_criterion k where not coalesce("
            + "(select a.met from facility_assessment a where a.facility_id = f.id and a.criterion = k.code"
            + " and a.deleted_at is null and a.assessed_on <= :to order by a.assessed_on desc, a.id desc limit 1),"
            + " false))";

    private final JdbcClient jdbc;
    private final FigureCache cache;

    FacilityQueries(JdbcClient jdbc, FigureCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    /**
     * The occupancy of a facility on a day (ADR 043): rehab episodes naming it, started on or before the day and not
     * ended before it, of people still on the register; a minor is under 18 on the day (by date of birth, else the age
     * reached that year).
     */
    public Occupancy occupancy(long facilityId, LocalDate day) {
        String minor = "(case when p.birth_date is not null then p.birth_date > cast(:d as date) - interval '18 years'"
                + " else p.birth_year + 18 > extract(year from cast(:d as date)) end)";
        return jdbc.sql("select"
                        + " count(*) filter (where e.form = 'VOLUNTARY_FACILITY' and not " + minor + ") as va,"
                        + " count(*) filter (where e.form = 'VOLUNTARY_FACILITY' and " + minor + ") as vm,"
                        + " count(*) filter (where e.form = 'COMPULSORY_ADULT') as ca,"
                        + " count(*) filter (where e.form = 'COMPULSORY_MINOR') as cm"
                        + " from episode e join person p on p.id = e.person_id"
                        + " where e.deleted_at is null and e.kind = 'REHAB' and e.facility_id = :f"
                        + " and p.deleted_at is null and p.merged_into_id is null"
                        + " and e.start_date <= :d and (e.end_date is null or e.end_date >= :d)")
                .param("f", facilityId)
                .param("d", day)
                .query((rs, n) ->
                        new Occupancy(day, rs.getLong("va"), rs.getLong("vm"), rs.getLong("ca"), rs.getLong("cm")))
                .single();
    }

    /** Facilities of the unit (and what it covers), of a kind or all, open on {@code day}, by kind and name. */
    public List<FacilityRow> list(long unitId, FacilityKind kind, LocalDate day, int limit) {
        return jdbc.sql("select f.id, f.name, f.kind, u.full_name, f.public_owned, f.valid_from, f.valid_to,"
                        + " exists (select 1 from facility_qualification q where q.facility_id = f.id"
                        + "   and q.deleted_at is null and q.since <= :to and (q.until is null or q.until >= :to))"
                        + " as qualified"
                        + " from facility f join admin_unit u on u.id = f.commune_id"
                        + " where " + OPEN + " and (cast(:kind as varchar) is null or f.kind = :kind)"
                        + " and f.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + " order by f.kind, f.name, f.id limit :limit")
                .param("unit", unitId)
                .param("kind", kind == null ? null : kind.name())
                .param("to", day)
                .param("limit", limit)
                .query((rs, i) -> new FacilityRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        FacilityKind.valueOf(rs.getString("kind")),
                        rs.getString("full_name"),
                        rs.getBoolean("public_owned"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getBoolean("qualified")))
                .list();
    }

    /** Whether a facility meets the law on a day (every criterion's latest assessment then is met). */
    public boolean meetsLaw(long facilityId, LocalDate day) {
        return jdbc.sql("select " + MEETS_LAW + " from facility f where f.id = :id")
                .param("id", facilityId)
                .param("to", day)
                .query(Boolean.class)
                .single();
    }

    /**
     * Communes with an addict living there on {@code :to}, read from the person register's places by status (ADR
     * 015): a count of communes, never a person. The one SQL read of another module's table in this module (ADR 048):
     * a Java dependency on {@code people} would tie the two modules for one condition.
     */
    private static final String ADDICT_IN_U = "u.id in (select a.ancestor_id from person_place_status s"
            + " join unit_coverage a on a.unit_id = s.commune_id"
            + " where s.status = 'ADDICT' and s.valid_from <= :to and (s.valid_to is null or s.valid_to >= :to)"
            + " and " + UnitCoverage.countsOn("a", "cast(:to as date)") + ")";

    /** The figures the first query reads, and those made of them. */
    private static final List<String> COUNTS = List.of(
            "health_stations",
            "health_stations_qualified",
            "public_rehab",
            "public_rehab_qualified",
            "public_rehab_meeting_law",
            "stations_and_public_rehab",
            "determination_capable");

    /**
     * The figures of each unit on {@code to}: HY6 = determination_capable ÷ stations_and_public_rehab; HY7a =
     * public_rehab_meeting_law ÷ public_rehab; HY7b = communes_with_addicts_and_point ÷ people.communes_with_addicts.
     * Only the figures named (and those read by the same query) are computed, the others stay 0: a target asks one
     * figure (the national benchmark of 07/12/2026). The communes with a point are found as a set of the day's
     * qualified points (a semi-join), not probed commune by commune.
     */
    public Map<Long, Map<String, Long>> figures(Collection<Long> unitIds, LocalDate to, Collection<String> wanted) {
        Map<Long, Map<String, Long>> figures = new HashMap<>();
        unitIds.forEach(id -> {
            Map<String, Long> zero = new HashMap<>();
            FIGURES.forEach(f -> zero.put(f, 0L));
            figures.put(id, zero);
        });
        if (unitIds.isEmpty()) {
            return figures;
        }
        List<Long> units = List.copyOf(unitIds);
        if (wanted.stream().anyMatch(COUNTS::contains)) {
            read(
                    """
                select c.ancestor_id,
                  count(*) filter (where f.kind = 'HEALTH_STATION') as health_stations,
                  count(*) filter (where f.kind = 'HEALTH_STATION' and %1$s) as health_stations_qualified,
                  count(*) filter (where f.kind = 'PUBLIC_REHAB') as public_rehab,
                  count(*) filter (where f.kind = 'PUBLIC_REHAB' and %1$s) as public_rehab_qualified,
                  count(*) filter (where f.kind = 'PUBLIC_REHAB' and %2$s) as public_rehab_meeting_law
                from facility f join unit_coverage c on c.unit_id = f.commune_id and c.ancestor_id in (:units)
                where %3$s and %4$s
                group by c.ancestor_id"""
                            .formatted(
                                    qualified("DETERMINE_ADDICTION"),
                                    MEETS_LAW,
                                    OPEN,
                                    UnitCoverage.countsOn("c", "cast(:to as date)")),
                    units,
                    to,
                    figures,
                    "health_stations",
                    "health_stations_qualified",
                    "public_rehab",
                    "public_rehab_qualified",
                    "public_rehab_meeting_law");
        }
        if (wanted.contains("communes_with_qualified_point")) {
            read(
                    """
                select c.ancestor_id, count(distinct u.id) as communes_with_qualified_point
                from unit_coverage c join admin_unit u on u.id = c.unit_id
                where c.ancestor_id in (:units) and u.level = 'COMMUNE'
                  and (u.valid_from is null or u.valid_from <= :to) and (u.valid_to is null or u.valid_to >= :to)
                  and %1$s
                  and u.id in (select r.ancestor_id from facility f
                               join unit_coverage r on r.unit_id = f.commune_id
                               where %2$s and %3$s and %4$s)
                group by c.ancestor_id"""
                            .formatted(
                                    UnitCoverage.countsOn("c", "cast(:to as date)"),
                                    OPEN,
                                    qualified("RECEPTION_COUNSELLING"),
                                    UnitCoverage.countsOn("r", "cast(:to as date)")),
                    units,
                    to,
                    figures,
                    "communes_with_qualified_point");
        }
        if (wanted.contains("communes_with_addicts_and_point")) {
            read(
                    """
                select c.ancestor_id, count(distinct u.id) as communes_with_addicts_and_point
                from unit_coverage c join admin_unit u on u.id = c.unit_id
                where c.ancestor_id in (:units) and u.level = 'COMMUNE'
                  and (u.valid_from is null or u.valid_from <= :to) and (u.valid_to is null or u.valid_to >= :to)
                  and %1$s
                  and u.id in (select r.ancestor_id from facility f
                               join unit_coverage r on r.unit_id = f.commune_id
                               where %2$s and %3$s and %4$s)
                  and %5$s
                group by c.ancestor_id"""
                            .formatted(
                                    UnitCoverage.countsOn("c", "cast(:to as date)"),
                                    OPEN,
                                    qualified("RECEPTION_COUNSELLING"),
                                    UnitCoverage.countsOn("r", "cast(:to as date)"),
                                    ADDICT_IN_U),
                    units,
                    to,
                    figures,
                    "communes_with_addicts_and_point");
        }
        figures.values().forEach(f -> {
            f.put("stations_and_public_rehab", f.get("health_stations") + f.get("public_rehab"));
            f.put("determination_capable", f.get("health_stations_qualified") + f.get("public_rehab_qualified"));
        });
        return figures;
    }

    private void read(
            String sql, List<Long> units, LocalDate to, Map<Long, Map<String, Long>> figures, String... columns) {
        // kept: the first query counts five figures, each asked on its own by a target; a unit's are the sums of its
        // pieces' (ADR 064): a facility lies in one commune, and a commune is counted once, by its own row
        cache.counts(sql, whole -> UnitCoverage.inPieces(sql, whole), units, Map.of("to", to), columns)
                .forEach((id, row) -> figures.get(id).putAll(row));
    }

    /** The first day a facility of the register was open among what each unit covers (absent without any). */
    public Map<Long, LocalDate> firstOpened(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                "select c.ancestor_id, min(f.valid_from) from facility f"
                        + " join unit_coverage c on c.unit_id = f.commune_id"
                        + " where f.deleted_at is null and c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }
}
