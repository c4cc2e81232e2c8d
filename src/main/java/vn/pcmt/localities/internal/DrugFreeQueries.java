package vn.pcmt.localities.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.localities.DrugFreeAlert;

/** SQL over criteria sets, workflow steps, assessments, alerts and programme figures. */
@Repository
public class DrugFreeQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    DrugFreeQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final org.springframework.jdbc.core.RowMapper<DrugFreeCriterion> CRITERION =
            (rs, i) -> new DrugFreeCriterion(
                    rs.getLong("id"),
                    rs.getLong("set_id"),
                    rs.getInt("ordinal"),
                    rs.getString("code"),
                    rs.getString("text"),
                    CriterionMethod.valueOf(rs.getString("method")),
                    rs.getBigDecimal("threshold"),
                    rs.getString("metric_code"),
                    rs.getString("denominator"),
                    rs.getString("comparison") == null
                            ? null
                            : vn.pcmt.metrics.Comparison.valueOf(rs.getString("comparison")));

    /** Every live criteria set (templates and every province's), in order of date and id. */
    public List<CriteriaSet> criteriaSets() {
        Map<Long, List<DrugFreeCriterion>> criteria = new LinkedHashMap<>();
        jdbc.sql("select * from drugfree_criterion order by set_id, ordinal")
                .query(CRITERION)
                .list()
                .forEach(c -> criteria.computeIfAbsent(c.setId(), k -> new ArrayList<>())
                        .add(c));
        return jdbc.sql("select * from drugfree_criteria_set where deleted_at is null order by valid_from, id")
                .query((rs, i) -> new CriteriaSet(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getString("source"),
                        rs.getBoolean("confirmed"),
                        List.copyOf(criteria.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getString("province_code"),
                        vn.pcmt.localities.internal.CriteriaLevel.valueOf(rs.getString("level")),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getInt("revision"),
                        (Long) rs.getObject("revises_id", Long.class),
                        (Long) rs.getObject("copied_from_id", Long.class),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Optional<CriteriaSet> criteriaSet(long id) {
        return criteriaSets().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Criteria by id, whatever their set (an assessment made under an earlier revision names its own). */
    public Map<Long, DrugFreeCriterion> criteria(java.util.Collection<Long> ids) {
        Map<Long, DrugFreeCriterion> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from drugfree_criterion where id in (:ids)")
                    .param("ids", ids)
                    .query(CRITERION)
                    .list()
                    .forEach(c -> byId.put(c.id(), c));
        }
        return byId;
    }

    /** The next revision number of a province's set code (1 for a new code). */
    public int nextRevision(String provinceCode, String code) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from drugfree_criteria_set"
                        + " where province_code = :p and upper(code) = upper(:c)")
                .param("p", provinceCode)
                .param("c", code)
                .query(Integer.class)
                .single();
    }

    /** Whether a live set of the province already has the code (another revision, or another set). */
    public boolean codeTaken(String provinceCode, String code) {
        return jdbc.sql("select count(*) > 0 from drugfree_criteria_set where province_code = :p"
                        + " and upper(code) = upper(:c) and deleted_at is null")
                .param("p", provinceCode)
                .param("c", code)
                .query(Boolean.class)
                .single();
    }

    /** A new revision of a set with its criteria; its id. */
    public long insertSet(
            vn.pcmt.localities.internal.CriteriaSetForm form,
            String provinceCode,
            String code,
            int revision,
            Long revisesId,
            Long copiedFromId,
            String by) {
        long id = jdbc.sql("insert into drugfree_criteria_set (code, name, valid_from, valid_to, source, confirmed,"
                        + " province_code, level, revision, revises_id, copied_from_id, created_by, created_at)"
                        + " values (:code, :name, :from, :to, :source, :confirmed, :p, :level, :rev, :revises,"
                        + " :copied, :by, :at) returning id")
                .param("code", code)
                .param("name", form.name().strip())
                .param("from", form.validFrom())
                .param("to", form.validTo())
                .param("source", form.source().strip())
                .param("confirmed", form.isConfirmed())
                .param("p", provinceCode)
                .param("level", form.levelOrCommune().name())
                .param("rev", revision)
                .param("revises", revisesId)
                .param("copied", copiedFromId)
                .param("by", by)
                .param("at", Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        int ordinal = 1;
        for (vn.pcmt.localities.internal.CriterionForm c : form.criteria()) {
            jdbc.sql("insert into drugfree_criterion (set_id, ordinal, code, text, method, threshold, metric_code,"
                            + " denominator, comparison) values (:s, :o, :code, :text, :m, :t, :metric, :den, :cmp)")
                    .param("s", id)
                    .param("o", ordinal++)
                    .param("code", c.code().strip())
                    .param("text", c.text().strip())
                    .param("m", c.method().name())
                    .param("t", c.threshold())
                    .param("metric", blankToNull(c.metricCode()))
                    .param("den", blankToNull(c.denominator()))
                    .param("cmp", c.comparison() == null ? null : c.comparison().name())
                    .update();
        }
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether a live programme uses the set. */
    public boolean setUsed(long setId) {
        return jdbc.sql("select count(*) > 0 from drugfree_programme where criteria_set_id = :s and deleted_at is null")
                .param("s", setId)
                .query(Boolean.class)
                .single();
    }

    /** Marks a set deleted; 0 when it was changed meanwhile. */
    public int deleteSet(long setId, String by) {
        return jdbc.sql("update drugfree_criteria_set set deleted_at = :at, deleted_by = :by"
                        + " where id = :s and deleted_at is null")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .param("s", setId)
                .update();
    }

    public void step(long entryId, DrugFreeAction step, DrugFreeStatus status, LocalDate on, String note, String by) {
        jdbc.sql("insert into drugfree_step (commune_id, step, status, on_date, note, by_user)"
                        + " values (:c, :s, :st, :d, :n, :b)")
                .param("c", entryId)
                .param("s", step.name())
                .param("st", status.name())
                .param("d", on)
                .param("n", note)
                .param("b", by)
                .update();
    }

    public List<DrugFreeStep> steps(long entryId) {
        return jdbc.sql("select * from drugfree_step where commune_id = :c order by id")
                .param("c", entryId)
                .query((rs, i) -> new DrugFreeStep(
                        rs.getString("step"),
                        DrugFreeStatus.valueOf(rs.getString("status")),
                        rs.getObject("on_date", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("by_user"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    public long saveAssessment(
            long entryId, AssessmentKind kind, LocalDate on, List<CriterionResult> items, String comment, String by) {
        boolean allMet = items.stream().allMatch(CriterionResult::met);
        long id = jdbc.sql("insert into drugfree_assessment (commune_id, kind, assessed_on, all_met, comment, by_user)"
                        + " values (:c, :k, :d, :m, :n, :b) returning id")
                .param("c", entryId)
                .param("k", kind.name())
                .param("d", on)
                .param("m", allMet)
                .param("n", comment)
                .param("b", by)
                .query(Long.class)
                .single();
        for (CriterionResult item : items) {
            jdbc.sql("insert into drugfree_assessment_item (assessment_id, criterion_id, automatic, value, total, met,"
                            + " evidence, comment) values (:a, :c, :auto, :v, :t, :m, :e, :n)")
                    .param("a", id)
                    .param("c", item.criterion().id())
                    .param("auto", item.automatic())
                    .param("v", item.value())
                    .param("t", item.total())
                    .param("m", item.met())
                    .param("e", item.evidence())
                    .param("n", item.comment())
                    .update();
        }
        return id;
    }

    public List<Assessment> assessments(long entryId, CriteriaSet set) {
        Map<Long, DrugFreeCriterion> byId = new LinkedHashMap<>();
        set.criteria().forEach(c -> byId.put(c.id(), c));
        byId.putAll(criteria(jdbc.sql("select distinct i.criterion_id from drugfree_assessment_item i"
                        + " join drugfree_assessment a on a.id = i.assessment_id where a.commune_id = :c")
                .param("c", entryId)
                .query(Long.class)
                .list()));
        Map<Long, List<CriterionResult>> items = new LinkedHashMap<>();
        jdbc.sql("select i.* from drugfree_assessment_item i join drugfree_assessment a on a.id = i.assessment_id"
                        + " where a.commune_id = :c")
                .param("c", entryId)
                .query((rs, n) -> Map.entry(
                        rs.getLong("assessment_id"),
                        new CriterionResult(
                                byId.get(rs.getLong("criterion_id")),
                                rs.getBigDecimal("value"),
                                rs.getBigDecimal("total"),
                                rs.getBoolean("met"),
                                rs.getString("evidence"),
                                rs.getString("comment"))))
                .list()
                .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return jdbc.sql("select * from drugfree_assessment where commune_id = :c order by id desc")
                .param("c", entryId)
                .query((rs, n) -> new Assessment(
                        rs.getLong("id"),
                        AssessmentKind.valueOf(rs.getString("kind")),
                        rs.getObject("assessed_on", LocalDate.class),
                        rs.getBoolean("all_met"),
                        rs.getString("comment"),
                        rs.getString("by_user"),
                        rs.getTimestamp("at").toInstant(),
                        items.getOrDefault(rs.getLong("id"), List.of()).stream()
                                .sorted(java.util.Comparator.comparingInt(
                                        r -> r.criterion().ordinal()))
                                .toList()))
                .list();
    }

    /** Recognised entries whose commune covers the unit (a commune, or a former commune it succeeded). */
    public List<Long> recognisedCovering(long unitId) {
        return jdbc.sql("select dc.id from drugfree_commune dc join unit_coverage c on c.ancestor_id = dc.unit_id"
                        + " where c.unit_id = :u and dc.status = 'RECOGNISED'")
                .param("u", unitId)
                .query(Long.class)
                .list();
    }

    /** Opens an alert unless one is already open for the entry and criterion; true when a new one was opened. */
    public boolean raise(long entryId, long criterionId, String detail) {
        return jdbc.sql("insert into drugfree_alert (commune_id, criterion_id, detail) values (:c, :k, :d)"
                                + " on conflict (commune_id, criterion_id) where closed_at is null do nothing")
                        .param("c", entryId)
                        .param("k", criterionId)
                        .param("d", detail)
                        .update()
                > 0;
    }

    public int close(long alertId, long entryId, String by, String note) {
        return jdbc.sql("update drugfree_alert set closed_at = :at, closed_by = :b, closing_note = :n"
                        + " where id = :id and commune_id = :c and closed_at is null")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("b", by)
                .param("n", note)
                .param("id", alertId)
                .param("c", entryId)
                .update();
    }

    /** Open alerts of the entries whose commune lies in the jurisdiction condition (SQL on {@code dc.unit_id}). */
    public List<DrugFreeAlert> openAlerts(String jurisdiction, Long entryId) {
        return jdbc.sql("select a.id, dc.id as entry_id, u.code, u.full_name, p.name as programme, k.code as criterion,"
                        + " k.ordinal, a.detail, a.raised_at from drugfree_alert a"
                        + " join drugfree_commune dc on dc.id = a.commune_id"
                        + " join drugfree_programme p on p.id = dc.programme_id"
                        + " join drugfree_criterion k on k.id = a.criterion_id"
                        + " join admin_unit u on u.id = dc.unit_id"
                        + " where a.closed_at is null and (" + jurisdiction + ")"
                        + (entryId == null ? "" : " and dc.id = " + entryId.longValue())
                        + " order by a.raised_at desc")
                .query((rs, i) -> new DrugFreeAlert(
                        rs.getLong("id"),
                        rs.getLong("entry_id"),
                        rs.getString("code"),
                        rs.getString("full_name"),
                        rs.getString("programme"),
                        rs.getString("criterion"),
                        rs.getInt("ordinal"),
                        rs.getString("detail"),
                        rs.getObject("raised_at", Timestamp.class).toInstant()))
                .list();
    }

    /**
     * Communes of the province on the programme's start date, registered and recognised, grouped by the district
     * of the day (one group for the province when it has no districts).
     */
    public List<DrugFreeFigures> figures(long programmeId, String provinceCode, LocalDate startsOn) {
        return jdbc.sql(
                        """
                        with communes as (
                            select u.id, coalesce(u.district_code, u.province_code) as grp
                            from admin_unit u
                            where u.level = 'COMMUNE' and u.province_code = :p
                              and (u.valid_from is null or u.valid_from <= :d) and (u.valid_to is null or u.valid_to >= :d)
                        ),
                        entries as (
                            select dc.unit_id, dc.status from drugfree_commune dc where dc.programme_id = :prog
                        )
                        select c.grp, g.full_name,
                               count(*) as communes,
                               count(e.unit_id) as registered,
                               count(e.unit_id) filter (where e.status = 'RECOGNISED') as recognised
                        from communes c
                        left join entries e on e.unit_id = c.id
                        left join lateral (
                            select full_name from admin_unit g where g.code = c.grp
                            order by (coalesce(g.valid_from, '-infinity'::date) <= :d
                                      and coalesce(g.valid_to, 'infinity'::date) >= :d) desc,
                                     g.valid_from desc nulls last
                            limit 1) g on true
                        group by c.grp, g.full_name
                        order by c.grp
                        """)
                .param("p", provinceCode)
                .param("d", startsOn)
                .param("prog", programmeId)
                .query((rs, i) -> new DrugFreeFigures(
                        rs.getString("grp"),
                        rs.getString("full_name"),
                        rs.getLong("communes"),
                        rs.getLong("registered"),
                        rs.getLong("recognised")))
                .list();
    }

    /**
     * For each unit, the communes of its coverage registered (in any programme) by the date, and recognised on it;
     * one query.
     */
    public Map<Long, Map<String, Long>> stock(java.util.Collection<Long> unitIds, LocalDate date) {
        Map<Long, Map<String, Long>> stocks = new java.util.HashMap<>();
        unitIds.forEach(id -> stocks.put(id, Map.of("registered", 0L, "recognised", 0L)));
        if (unitIds.isEmpty()) {
            return stocks;
        }
        jdbc.sql("select c.ancestor_id, count(distinct dc.unit_id) filter (where dc.registered_on <= :d) as registered,"
                        + " count(distinct dc.unit_id) filter (where dc.recognised_on <= :d"
                        + " and (dc.revoked_on is null or dc.revoked_on > :d)) as recognised"
                        + " from drugfree_commune dc join unit_coverage c on c.unit_id = dc.unit_id"
                        + " join admin_unit du on du.id = dc.unit_id and du.level = 'COMMUNE'"
                        + " where c.ancestor_id in (:u) and " + UnitCoverage.countsOn("c", ":d")
                        + " group by c.ancestor_id")
                .param("u", unitIds)
                .param("d", date)
                .query((java.sql.ResultSet rs) -> {
                    stocks.put(rs.getLong(1), Map.of("registered", rs.getLong(2), "recognised", rs.getLong(3)));
                });
        return stocks;
    }

    /**
     * For each unit, the communes of its coverage whose recognition was revoked over the period (in any programme);
     * a flow, every unit present; one query.
     */
    public Map<Long, Long> revoked(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0L));
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select c.ancestor_id, count(distinct dc.unit_id) from drugfree_commune dc"
                        + " join unit_coverage c on c.unit_id = dc.unit_id"
                        + " join admin_unit du on du.id = dc.unit_id and du.level = 'COMMUNE'"
                        + " where c.ancestor_id in (:u) and dc.revoked_on between :f and :t"
                        + " and " + UnitCoverage.countsOn("c", "dc.revoked_on") + " group by c.ancestor_id")
                .param("u", unitIds)
                .param("f", from)
                .param("t", to)
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    public long addEvidence(long entryId, long criterionId, String name, String type, byte[] content, String by) {
        return jdbc.sql("insert into drugfree_evidence (commune_id, criterion_id, file_name, content_type, size_bytes,"
                        + " content, uploaded_by) values (:e, :c, :n, :t, :s, :b, :u) returning id")
                .param("e", entryId)
                .param("c", criterionId)
                .param("n", name)
                .param("t", type)
                .param("s", content.length)
                .param("b", content)
                .param("u", by)
                .query(Long.class)
                .single();
    }

    public List<vn.pcmt.localities.internal.Evidence> evidence(long entryId) {
        return jdbc.sql("select id, criterion_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
                        + " from drugfree_evidence where commune_id = :e and deleted_at is null order by id")
                .param("e", entryId)
                .query((rs, i) -> new vn.pcmt.localities.internal.Evidence(
                        rs.getLong("id"),
                        rs.getLong("criterion_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The bytes of a live evidence file of the entry, if any. */
    public java.util.Optional<byte[]> evidenceContent(long entryId, long evidenceId) {
        return jdbc.sql(
                        "select content from drugfree_evidence where id = :id and commune_id = :e and deleted_at is null")
                .param("id", evidenceId)
                .param("e", entryId)
                .query(byte[].class)
                .optional();
    }
}
