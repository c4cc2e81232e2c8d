package vn.pcmt.people.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.people.TreatmentCompletions;
import vn.pcmt.platform.FigureCache;

/**
 * The person register's figures about services (ADR 048): communes with addicts (HY7b's denominator), communes
 * running voluntary rehab at home or in the community (HY7c), relapse after a completed treatment within 6 and 12
 * months, and high-risk people (psychosis after synthetic drugs) with and without a measure. Counts only; every unit
 * counts what it covers by {@link UnitCoverage#countsOn} (ADR 034).
 */
@Repository
public class ServiceFigures {

    /** The metrics answered here, by code. */
    public static final List<String> CODES = List.of(
            "people.communes_with_addicts",
            "people.communes_home_rehab",
            "people.completed_treatment",
            "people.relapsed_6m",
            "people.relapsed_12m",
            "people.high_risk_with_measure",
            "people.high_risk_without_measure");

    /** The statuses that are a measure (as {@code person_place_statuses} and {@code Classification} say). */
    static final String MEASURES = "('UNDER_MANAGEMENT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION', 'IN_PRISON')";

    /** Communes {@code u} in force on {@code :to} under each unit {@code c.ancestor_id}. */
    private static final String COMMUNES = "from unit_coverage c join admin_unit u on u.id = c.unit_id"
            + " where c.ancestor_id in (:units) and u.level = 'COMMUNE'"
            + " and (u.valid_from is null or u.valid_from <= :to) and (u.valid_to is null or u.valid_to >= :to)"
            + " and " + UnitCoverage.countsOn("c", "cast(:to as date)");

    /** Rehab completed in the person register: an episode of rehab ended as completed. */
    private static final String REHAB_COMPLETED = "select e.person_id, e.end_date as completed_on from episode e"
            + " where e.deleted_at is null and e.kind = 'REHAB' and e.end_reason = 'COMPLETED'"
            + " and e.end_date between :from and :to";

    /**
     * The metrics whose figure of a unit is the sum of its pieces' (ADR 064): communes, each counted once by its own
     * row, and people on a day, each living in one commune. Not the people who completed a treatment over a period
     * (one may have completed two in two communes).
     */
    static final Set<String> ADDITIVE = Set.of(
            "people.communes_with_addicts",
            "people.communes_home_rehab",
            "people.high_risk_with_measure",
            "people.high_risk_without_measure");

    private final JdbcClient jdbc;
    private final ObjectProvider<TreatmentCompletions> completions;
    private final FigureCache cache;

    ServiceFigures(JdbcClient jdbc, ObjectProvider<TreatmentCompletions> completions, FigureCache cache) {
        this.jdbc = jdbc;
        this.completions = completions;
        this.cache = cache;
    }

    /** The metric for each unit (every unit present, zero when nothing counts). */
    public Map<Long, Long> values(String code, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (ADDITIVE.contains(code)) {
            // the figures on a day leave the period's first day out of their key (only home rehab reads it)
            LocalDate since = code.equals("people.communes_home_rehab") ? from : null;
            return cache.summed(
                    List.copyOf(unitIds), (whole, units) -> values(code, units, from, to, whole), code, since, to);
        }
        return values(code, unitIds, from, to, null);
    }

    /** The metric for each unit, or with {@code whole} what each unit adds to its figure (ADR 064). */
    private Map<Long, Long> values(String code, Collection<Long> unitIds, LocalDate from, LocalDate to, Long whole) {
        Map<Long, Long> values = new HashMap<>();
        unitIds.forEach(id -> values.put(id, 0L));
        if (unitIds.isEmpty()) {
            return values;
        }
        String sql =
                switch (code) {
                    case "people.communes_with_addicts" -> "select c.ancestor_id, count(distinct u.id) " + COMMUNES
                            + " and exists (select 1 from person_place_status s"
                            + " join unit_coverage a on a.unit_id = s.commune_id and a.ancestor_id = u.id"
                            + " where s.status = 'ADDICT' and s.valid_from <= :to"
                            + " and (s.valid_to is null or s.valid_to >= :to)"
                            + " and " + UnitCoverage.countsOn("a", "cast(:to as date)") + ")"
                            + " group by c.ancestor_id";
                    case "people.communes_home_rehab" -> "select c.ancestor_id, count(distinct u.id) " + COMMUNES
                            + " and exists (select 1 from person_place_status s"
                            + " join unit_coverage a on a.unit_id = s.commune_id and a.ancestor_id = u.id"
                            + " where s.status in ('IN_REHAB_VOLUNTARY_HOME', 'IN_REHAB_VOLUNTARY_COMMUNITY')"
                            + " and s.valid_from <= :to and (s.valid_to is null or s.valid_to >= :from)"
                            + " and " + UnitCoverage.countsOn("a", "greatest(s.valid_from, cast(:from as date))")
                            + ")"
                            + " group by c.ancestor_id";
                    case "people.completed_treatment" -> completed(null);
                    case "people.relapsed_6m" -> completed(6);
                    case "people.relapsed_12m" -> completed(12);
                    case "people.high_risk_with_measure" -> highRisk(true);
                    case "people.high_risk_without_measure" -> highRisk(false);
                    default -> throw new IllegalArgumentException(code);
                };
        jdbc.sql(UnitCoverage.inPieces(sql, whole))
                .param("units", List.copyOf(unitIds))
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    values.put(rs.getLong(1), rs.getLong(2));
                });
        return values;
    }

    /**
     * People who completed a treatment in the period, counted where they lived that day; with {@code months}, only
     * those determined addicted again or tested positive within that many months after (the day itself excluded).
     */
    private String completed(Integer months) {
        String done = REHAB_COMPLETED
                + completions
                        .orderedStream()
                        .map(c -> " union all " + c.completionsSql())
                        .collect(Collectors.joining());
        String relapse = "";
        if (months != null) {
            String within =
                    " > d.completed_on and %s <= cast(d.completed_on + interval '" + months + " months' as date)";
            relapse = " and (exists (select 1 from episode x where x.person_id = d.person_id and x.deleted_at is null"
                    + " and x.kind = 'ADDICTION_DETERMINATION' and x.result = 'ADDICTED' and x.end_date"
                    + within.formatted("x.end_date") + ")"
                    + " or exists (select 1 from person_event v where v.person_id = d.person_id"
                    + " and v.deleted_at is null and v.kind = 'DRUG_TEST' and v.result = 'POSITIVE' and v.event_date"
                    + within.formatted("v.event_date") + "))";
        }
        return "select c.ancestor_id, count(distinct d.person_id) from (" + done + ") d"
                + " join person p on p.id = d.person_id and p.deleted_at is null and p.merged_into_id is null"
                + " join person_residence r on r.person_id = d.person_id and r.valid_from <= d.completed_on"
                + " and (r.valid_to is null or r.valid_to >= d.completed_on)"
                + " join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id in (:units)"
                + " where " + UnitCoverage.countsOn("c", "d.completed_on") + relapse
                + " group by c.ancestor_id";
    }

    /** High-risk people living in the unit on {@code :to}, under a measure that day or not. */
    private static String highRisk(boolean withMeasure) {
        return "select c.ancestor_id, count(distinct s.person_id) from person_place_status s"
                + " join unit_coverage c on c.unit_id = s.commune_id and c.ancestor_id in (:units)"
                + " where s.status = 'HIGH_RISK' and s.valid_from <= :to and (s.valid_to is null or s.valid_to >= :to)"
                + " and " + UnitCoverage.countsOn("c", "cast(:to as date)")
                + " and " + (withMeasure ? "" : "not ")
                + "exists (select 1 from person_place_status m where m.person_id = s.person_id and m.status in "
                + MEASURES + " and m.valid_from <= :to and (m.valid_to is null or m.valid_to >= :to))"
                + " group by c.ancestor_id";
    }
}
