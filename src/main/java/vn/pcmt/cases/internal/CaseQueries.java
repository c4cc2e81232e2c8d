package vn.pcmt.cases.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.metrics.MetricSource;

/**
 * Read-side SQL over the cases and violations. A unit counts the records of every unit version it covers (what lies
 * beneath it and what it succeeded, {@code unit_coverage}), so a commune created on 1/7/2025 counts, for 2024, the
 * cases of its predecessors, and a district of 2024 those of its communes of then.
 */
@Repository
public class CaseQueries {

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Article> articles() {
        return jdbc.sql("select code, name from drug_article order by sort_order")
                .query((rs, i) -> new Article(rs.getString(1), rs.getString(2)))
                .list();
    }

    public List<Substance> substances() {
        return jdbc.sql("select code, name, name_en, unit from drug_substance order by sort_order")
                .query((rs, i) -> new Substance(
                        rs.getString(1), rs.getString(2), rs.getString(3), SeizureUnit.valueOf(rs.getString(4))))
                .list();
    }

    /** A case counts in a figure of a unit its commune lay in on the day it was detected (ADR 034). */
    private static final String DETECTED = UnitCoverage.countsOn("c", "k.detected_on");

    /** Cases of the unit detected in [from, to], filtered, newest first. */
    public List<CaseRow> list(
            long unitId,
            LocalDate from,
            LocalDate to,
            String article,
            CaseStage stage,
            CaseFlag flag,
            Long agencyId,
            String substance,
            int limit) {
        String sql = "select k.id, k.detected_on, u.code, u.full_name, a.name as agency, k.summary, k.stage,"
                + " k.cyberspace, k.transnational, k.organised_ring, k.key_route,"
                + " (select string_agg(ca.article_code, ',' order by ca.article_code) from drug_case_article ca"
                + "   where ca.case_id = k.id) as articles,"
                + " (select count(*) from case_suspect s where s.case_id = k.id and s.deleted_at is null) as suspects,"
                + " (select count(*) from case_seizure z where z.case_id = k.id and z.deleted_at is null) as seizures"
                + " from drug_case k join admin_unit u on u.id = k.commune_id join agency a on a.id = k.agency_id"
                + " where k.deleted_at is null and k.detected_on between :from and :to"
                + " and k.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                + (article == null
                        ? ""
                        : " and exists (select 1 from drug_case_article ca where ca.case_id = k.id"
                                + " and ca.article_code = :article)")
                + (stage == null ? "" : " and k.stage = :stage")
                + (flag == null ? "" : " and k." + flag.column())
                + (agencyId == null ? "" : " and k.agency_id = :agency")
                + (substance == null
                        ? ""
                        : " and exists (select 1 from case_seizure z where z.case_id = k.id and z.deleted_at is null"
                                + " and z.substance_code = :substance)")
                + " order by k.detected_on desc, k.id desc limit :limit";
        var spec = jdbc.sql(sql)
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit);
        if (article != null) {
            spec = spec.param("article", article);
        }
        if (stage != null) {
            spec = spec.param("stage", stage.name());
        }
        if (agencyId != null) {
            spec = spec.param("agency", agencyId);
        }
        if (substance != null) {
            spec = spec.param("substance", substance);
        }
        return spec.query((rs, i) -> {
                    String articles = rs.getString("articles");
                    return new CaseRow(
                            rs.getLong("id"),
                            rs.getObject("detected_on", LocalDate.class),
                            rs.getString("code"),
                            rs.getString("full_name"),
                            rs.getString("agency"),
                            rs.getString("summary"),
                            CaseStage.valueOf(rs.getString("stage")),
                            articles == null ? List.of() : Arrays.asList(articles.split(",")),
                            rs.getBoolean("cyberspace"),
                            rs.getBoolean("transnational"),
                            rs.getBoolean("organised_ring"),
                            rs.getBoolean("key_route"),
                            rs.getLong("suspects"),
                            rs.getLong("seizures"));
                })
                .list();
    }

    /**
     * Cases of the unit detected in [from, to] for the map, newest first, with their point (or none), their articles
     * and their seizures (ADR 045).
     */
    public List<CasePoint> points(long unitId, LocalDate from, LocalDate to, int limit) {
        List<CasePoint> cases = jdbc.sql("select k.id, k.detected_on, k.latitude, k.longitude, u.full_name, k.summary,"
                        + " k.stage, (select string_agg(ca.article_code, ',' order by ca.article_code)"
                        + "   from drug_case_article ca where ca.case_id = k.id) as articles"
                        + " from drug_case k join admin_unit u on u.id = k.commune_id"
                        + " where k.deleted_at is null and k.detected_on between :from and :to"
                        + " and k.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + " order by k.detected_on desc, k.id desc limit :limit")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, i) -> {
                    String articles = rs.getString("articles");
                    return new CasePoint(
                            rs.getLong("id"),
                            rs.getObject("detected_on", LocalDate.class),
                            rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"),
                            rs.getString("full_name"),
                            rs.getString("summary"),
                            CaseStage.valueOf(rs.getString("stage")),
                            articles == null ? List.of() : Arrays.asList(articles.split(",")),
                            new java.util.ArrayList<>());
                })
                .list();
        if (cases.isEmpty()) {
            return cases;
        }
        Map<Long, CasePoint> byId = new HashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        jdbc.sql("select z.case_id, z.substance_code, z.quantity, z.unit, z.other_items from case_seizure z"
                        + " where z.deleted_at is null and z.case_id in (:ids) order by z.case_id, z.id")
                .param("ids", byId.keySet())
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    new CasePoint.Seized(
                            rs.getString(2),
                            rs.getBigDecimal(3),
                            rs.getString(4) == null ? null : SeizureUnit.valueOf(rs.getString(4)),
                            rs.getString(5))
                })
                .list()
                .forEach(r -> byId.get((Long) r[0]).seizures().add((CasePoint.Seized) r[1]));
        return cases;
    }

    /** Violations of the unit decided in [from, to], newest first, identification numbers masked. */
    public List<ViolationRow> violations(long unitId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("select v.id, v.decided_on, u.code, u.full_name as commune, v.person_id,"
                        + " coalesce(v.full_name, p.full_name) as name, coalesce(v.id_number, p.id_number) as id_number,"
                        + " v.decision_number, v.behaviour, v.fine, v.measure, v.version"
                        + " from drug_violation v join admin_unit u on u.id = v.commune_id"
                        + " left join person p on p.id = v.person_id"
                        + " where v.deleted_at is null and v.decided_on between :from and :to"
                        + " and v.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + " order by v.decided_on desc, v.id desc limit :limit")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, i) -> new ViolationRow(
                        rs.getLong("id"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("code"),
                        rs.getString("commune"),
                        rs.getObject("person_id", Long.class),
                        rs.getString("name"),
                        vn.pcmt.people.People.maskIdNumber(rs.getString("id_number")),
                        rs.getString("decision_number"),
                        rs.getString("behaviour"),
                        rs.getBigDecimal("fine"),
                        rs.getString("measure"),
                        rs.getLong("version")))
                .list();
    }

    /**
     * Cases detected in [from, to] for each unit (with what it covers), those carrying the flag only when given: one
     * query for all units.
     */
    public Map<Long, BigDecimal> casesDetected(Collection<Long> unitIds, LocalDate from, LocalDate to, CaseFlag flag) {
        return counted(
                "select c.ancestor_id, count(*) from drug_case k join unit_coverage c on c.unit_id = k.commune_id"
                        + " where k.deleted_at is null and c.ancestor_id in (:units)"
                        + " and k.detected_on between :from and :to and " + DETECTED
                        + (flag == null ? "" : " and k." + flag.column()) + " group by c.ancestor_id",
                unitIds,
                from,
                to,
                Map.of());
    }

    /** Suspects of the cases detected in [from, to], for each unit. */
    public Map<Long, BigDecimal> suspects(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return counted(
                "select c.ancestor_id, count(*) from case_suspect s join drug_case k on k.id = s.case_id"
                        + " join unit_coverage c on c.unit_id = k.commune_id"
                        + " where s.deleted_at is null and k.deleted_at is null and c.ancestor_id in (:units)"
                        + " and k.detected_on between :from and :to and " + DETECTED + " group by c.ancestor_id",
                unitIds,
                from,
                to,
                Map.of());
    }

    /**
     * The quantity of a substance seized in the cases detected in [from, to], in the substance's unit (kilograms
     * counted as 1000 grams; a quantity entered in another unit is not added), for each unit.
     */
    public Map<Long, BigDecimal> seized(Collection<Long> unitIds, LocalDate from, LocalDate to, Substance substance) {
        return counted(
                "select c.ancestor_id, sum(case when z.unit = 'KG' then z.quantity * 1000 else z.quantity end)"
                        + " from case_seizure z join drug_case k on k.id = z.case_id"
                        + " join unit_coverage c on c.unit_id = k.commune_id"
                        + " where z.deleted_at is null and k.deleted_at is null and c.ancestor_id in (:units)"
                        + " and k.detected_on between :from and :to and " + DETECTED
                        + " and z.substance_code = :substance"
                        + " and (z.unit = :unit or (:unit = 'G' and z.unit = 'KG')) group by c.ancestor_id",
                unitIds,
                from,
                to,
                Map.of("substance", substance.code(), "unit", substance.unit().name()));
    }

    /** Administrative violations decided in [from, to], for each unit. */
    public Map<Long, BigDecimal> violationsDecided(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return counted(
                "select c.ancestor_id, count(*) from drug_violation v join unit_coverage c on c.unit_id = v.commune_id"
                        + " where v.deleted_at is null and c.ancestor_id in (:units)"
                        + " and v.decided_on between :from and :to and " + UnitCoverage.countsOn("c", "v.decided_on")
                        + " group by c.ancestor_id",
                unitIds,
                from,
                to,
                Map.of());
    }

    private static final String CASES_OF_UNIT = "with k as (select k.id, k.agency_id from drug_case k"
            + " where k.deleted_at is null and k.detected_on between :from and :to"
            + " and k.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit and "
            + UnitCoverage.countsOn("c", "k.detected_on") + ")),"
            + " s as (select case_id, count(*) as n from case_suspect where deleted_at is null"
            + " and case_id in (select id from k) group by case_id) ";

    /** The cases of the unit detected in [from, to] and their suspects, in total. */
    public long[] totals(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql(CASES_OF_UNIT + "select count(*), coalesce(sum(s.n), 0) from k left join s on s.case_id = k.id")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** Cases and suspects by Penal Code article (a case under two articles counts under each), in article order. */
    public List<CaseSummary.Line> byArticle(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        CASES_OF_UNIT
                                + "select a.code, a.name, count(*), coalesce(sum(s.n), 0) from k"
                                + " join drug_case_article ca on ca.case_id = k.id join drug_article a on a.code = ca.article_code"
                                + " left join s on s.case_id = k.id group by a.code, a.name, a.sort_order order by a.sort_order")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new CaseSummary.Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Cases and suspects by detecting agency, the most cases first. */
    public List<CaseSummary.Line> byAgency(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql(CASES_OF_UNIT
                        + "select a.id, a.name, count(*), coalesce(sum(s.n), 0) from k join agency a on a.id = k.agency_id"
                        + " left join s on s.case_id = k.id group by a.id, a.name order by count(*) desc, a.name")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new CaseSummary.Line(
                        String.valueOf(rs.getLong(1)), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Quantities seized by substance and unit of measure (kilograms as grams), with the number of cases. */
    public List<CaseSummary.Seized> bySubstance(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql(CASES_OF_UNIT
                        + "select d.code, d.name, case when z.unit = 'KG' then 'G' else z.unit end as u,"
                        + " sum(case when z.unit = 'KG' then z.quantity * 1000 else z.quantity end),"
                        + " count(distinct z.case_id)"
                        + " from case_seizure z join k on k.id = z.case_id join drug_substance d on d.code = z.substance_code"
                        + " where z.deleted_at is null and z.quantity is not null"
                        + " group by d.code, d.name, d.sort_order, u order by d.sort_order, u")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new CaseSummary.Seized(
                        rs.getString(1),
                        rs.getString(2),
                        SeizureUnit.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4),
                        rs.getLong(5)))
                .list();
    }

    /** The first case detected or violation decided among what each unit covers. */
    public Map<Long, LocalDate> firstRecords(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                // the first of each commune covered read from the index by commune and day (joining every case of
                // the units took 190 ms for Hưng Yên on the national register, this 3 ms)
                "select c.ancestor_id, least("
                        + " min((select min(k.detected_on) from drug_case k"
                        + "      where k.commune_id = c.unit_id and k.deleted_at is null)),"
                        + " min((select min(v.decided_on) from drug_violation v"
                        + "      where v.commune_id = c.unit_id and v.deleted_at is null)))"
                        + " from unit_coverage c where c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }

    private Map<Long, BigDecimal> counted(
            String sql, Collection<Long> unitIds, LocalDate from, LocalDate to, Map<String, Object> params) {
        Map<Long, BigDecimal> values = new HashMap<>();
        unitIds.forEach(id -> values.put(id, BigDecimal.ZERO));
        if (unitIds.isEmpty()) {
            return values;
        }
        var spec = jdbc.sql(sql)
                .param("units", List.copyOf(unitIds))
                .param("from", from)
                .param("to", to);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query((ResultSet rs) -> {
            BigDecimal v = rs.getBigDecimal(2);
            values.put(rs.getLong(1), v == null ? BigDecimal.ZERO : v);
        });
        return values;
    }
}
