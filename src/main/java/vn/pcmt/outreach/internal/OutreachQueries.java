package vn.pcmt.outreach.internal;

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
import vn.pcmt.text.VietnameseText;

/**
 * Read-side SQL over the outreach registers. A unit counts what lies in every unit version it covers
 * ({@code unit_coverage}), so a commune formed on 1/7/2025 counts, for 2024, the activities in its predecessors.
 */
@Repository
public class OutreachQueries {

    /** The figures of the register, by name (each {@code outreach.<name>} in the catalogue). */
    public static final List<String> FIGURES = List.of(
            "activities",
            "communes_reached",
            "articles_broadcasts",
            "schools",
            "schools_reached",
            "zones",
            "zones_reached",
            "workers",
            "workers_reached",
            "major_media",
            "major_media_with_column");

    private static final String COVERED = " in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)";

    private final JdbcClient jdbc;
    private final FigureCache cache;

    OutreachQueries(JdbcClient jdbc, FigureCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    public List<SchoolRow> schools(long unitId, int limit) {
        return jdbc.sql("select s.id, u.code, u.full_name, s.name, s.level, s.valid_from, s.valid_to from school s"
                        + " join admin_unit u on u.id = s.commune_id where s.deleted_at is null and s.commune_id"
                        + COVERED + " order by u.full_name, s.name, s.id limit :limit")
                .param("unit", unitId)
                .param("limit", limit)
                .query((rs, i) -> new SchoolRow(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("full_name"),
                        rs.getString("name"),
                        SchoolLevel.valueOf(rs.getString("level")),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    public List<ZoneRow> zones(long unitId, int limit) {
        return jdbc.sql("select z.id, z.name, z.workers, z.workers_counted_on, (select string_agg(u.full_name, ', '"
                        + " order by u.full_name) from industrial_zone_commune zc join admin_unit u on u.id ="
                        + " zc.commune_id where zc.zone_id = z.id) as communes from industrial_zone z"
                        + " where z.deleted_at is null and exists (select 1 from industrial_zone_commune zc"
                        + " where zc.zone_id = z.id and zc.commune_id" + COVERED
                        + ") order by z.name, z.id limit :limit")
                .param("unit", unitId)
                .param("limit", limit)
                .query((rs, i) -> new ZoneRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("communes"),
                        rs.getInt("workers"),
                        rs.getObject("workers_counted_on", LocalDate.class)))
                .list();
    }

    /** The media of the provinces the unit covers, or of the province the unit lies in. */
    public List<MediumRow> media(long unitId, int limit) {
        return jdbc.sql("select m.id, u.full_name, m.name, m.kind, m.major, m.column_since, m.column_until"
                        + " from outreach_medium m join admin_unit u on u.id = m.province_id where m.deleted_at is null"
                        + " and (m.province_id" + COVERED + " or exists (select 1 from unit_coverage c"
                        + " where c.ancestor_id = m.province_id and c.unit_id = :unit))"
                        + " order by m.major desc, m.name, m.id limit :limit")
                .param("unit", unitId)
                .param("limit", limit)
                .query((rs, i) -> new MediumRow(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("name"),
                        MediumKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("major"),
                        rs.getObject("column_since", LocalDate.class),
                        rs.getObject("column_until", LocalDate.class)))
                .list();
    }

    /** Activities that reached a commune the unit covers, held in [from, to], newest first. */
    public List<ActivityRow> activities(long unitId, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("select a.id, a.held_on, a.form, a.audience, a.title, a.participants,"
                        + " (select string_agg(u.full_name, ', ' order by u.full_name) from outreach_activity_commune"
                        + " ac join admin_unit u on u.id = ac.commune_id where ac.activity_id = a.id) as communes,"
                        + " (select count(*) from outreach_activity_school x where x.activity_id = a.id) as schools,"
                        + " (select count(*) from outreach_activity_zone x where x.activity_id = a.id) as zones"
                        + " from outreach_activity a where a.deleted_at is null and a.held_on between :from and :to"
                        + " and exists (select 1 from outreach_activity_commune ac where ac.activity_id = a.id"
                        + " and ac.commune_id" + COVERED + ") order by a.held_on desc, a.id desc limit :limit")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, i) -> new ActivityRow(
                        rs.getLong("id"),
                        rs.getObject("held_on", LocalDate.class),
                        OutreachForm.valueOf(rs.getString("form")),
                        Audience.valueOf(rs.getString("audience")),
                        rs.getString("title"),
                        rs.getString("communes"),
                        rs.getInt("schools"),
                        rs.getInt("zones"),
                        (Integer) rs.getObject("participants")))
                .list();
    }

    /**
     * The live schools, zones or media named so (case and diacritics aside: "Truong THCS Le Loi" is "Trường THCS Lê
     * Lợi") whose commune, one of whose communes, or whose province, lies in or around one of the communes (as
     * {@link #related}): an import names them by name.
     */
    public List<Long> named(String table, String name, Collection<Long> communeIds) {
        String unitOf =
                switch (table) {
                    case "school" -> "x.commune_id";
                    case "outreach_medium" -> "x.province_id";
                    case "industrial_zone" -> "zc.commune_id";
                    default -> throw new IllegalArgumentException(table);
                };
        String join = table.equals("industrial_zone") ? " join industrial_zone_commune zc on zc.zone_id = x.id" : "";
        String wanted = VietnameseText.fold(name);
        return jdbc
                .sql("select distinct x.id, x.name from " + table + " x" + join
                        + " where x.deleted_at is null and exists (select 1 from"
                        + " unit_coverage c where (c.ancestor_id in (:a) and c.unit_id = " + unitOf + ")"
                        + " or (c.ancestor_id = " + unitOf + " and c.unit_id in (:a))) order by x.id")
                .param("a", List.copyOf(communeIds))
                .query((rs, i) -> VietnameseText.fold(rs.getString("name")).equals(wanted) ? rs.getLong("id") : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * Whether the unit lies in one of the communes or one of them in it (a school of a commune formed on 1/7/2025
     * reached by an activity of 2024 in one of its predecessors, or the reverse).
     */
    public boolean related(long unitId, Collection<Long> communeIds) {
        return jdbc.sql("select exists (select 1 from unit_coverage c where (c.ancestor_id in (:a) and c.unit_id = :u)"
                        + " or (c.ancestor_id = :u and c.unit_id in (:a)))")
                .param("a", List.copyOf(communeIds))
                .param("u", unitId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The {@link #FIGURES} named (and those read by the same query) over [from, to] (stocks on {@code to}) for each
     * unit with what it covers; the others stay 0. A target asks one figure: the queries of the others are not run
     * (the national benchmark of 07/12/2026 spent most of a dashboard in figures nobody asked).
     */
    public Map<Long, Map<String, Long>> figures(
            Collection<Long> unitIds, LocalDate from, LocalDate to, Collection<String> wanted) {
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
        read(
                wanted,
                """
                select c.ancestor_id, count(distinct a.id) as activities,
                  count(distinct a.id) filter (where a.form in ('ARTICLE', 'BROADCAST')) as articles_broadcasts
                from outreach_activity a
                join outreach_activity_commune ac on ac.activity_id = a.id
                join unit_coverage c on c.unit_id = ac.commune_id and c.ancestor_id in (:units)
                where a.deleted_at is null and a.held_on between :from and :to and %s
                group by c.ancestor_id"""
                        .formatted(UnitCoverage.countsOn("c", "a.held_on")),
                units,
                from,
                to,
                figures,
                "activities",
                "articles_broadcasts");
        read(
                wanted,
                """
                select c.ancestor_id, count(distinct u.id) as communes_reached
                from unit_coverage c join admin_unit u on u.id = c.unit_id
                where c.ancestor_id in (:units) and u.level = 'COMMUNE'
                  and (u.valid_from is null or u.valid_from <= :to) and (u.valid_to is null or u.valid_to >= :to)
                  and %s
                  and u.id in (select r.ancestor_id from outreach_activity a
                               join outreach_activity_commune ac on ac.activity_id = a.id
                               join unit_coverage r on r.unit_id = ac.commune_id
                               where a.deleted_at is null and a.held_on between :from and :to and %s)
                group by c.ancestor_id"""
                        .formatted(
                                UnitCoverage.countsOn("c", "cast(:to as date)"),
                                UnitCoverage.countsOn("r", "a.held_on")),
                units,
                from,
                to,
                figures,
                "communes_reached");
        read(
                wanted,
                """
                select c.ancestor_id, count(*) as schools,
                  count(*) filter (where exists (select 1 from outreach_activity_school x
                                                 join outreach_activity a on a.id = x.activity_id
                                                 where x.school_id = s.id and a.deleted_at is null
                                                   and a.held_on between :from and :to)) as schools_reached
                from school s join unit_coverage c on c.unit_id = s.commune_id and c.ancestor_id in (:units)
                where s.deleted_at is null and (s.valid_from is null or s.valid_from <= :to)
                  and (s.valid_to is null or s.valid_to >= :to) and %s
                group by c.ancestor_id"""
                        .formatted(UnitCoverage.countsOn("c", "cast(:to as date)")),
                units,
                from,
                to,
                figures,
                "schools",
                "schools_reached");
        read(
                wanted,
                """
                select d.ancestor_id, count(*) as zones, coalesce(sum(z.workers), 0) as workers,
                  count(*) filter (where d.reached) as zones_reached,
                  coalesce(sum(z.workers) filter (where d.reached), 0) as workers_reached
                from (select distinct c.ancestor_id, zc.zone_id,
                        zc.zone_id in (select x.zone_id from outreach_activity_zone x
                                       join outreach_activity a on a.id = x.activity_id
                                       where a.deleted_at is null and a.held_on between :from and :to) as reached
                      from industrial_zone_commune zc
                      join unit_coverage c on c.unit_id = zc.commune_id and c.ancestor_id in (:units)
                      where %s) d
                join industrial_zone z on z.id = d.zone_id and z.deleted_at is null
                group by d.ancestor_id"""
                        .formatted(UnitCoverage.countsOn("c", "cast(:to as date)")),
                units,
                from,
                to,
                figures,
                "zones",
                "workers",
                "zones_reached",
                "workers_reached");
        read(
                wanted,
                """
                select c.ancestor_id, count(*) filter (where m.major) as major_media,
                  count(*) filter (where m.major and m.column_since <= :to
                                   and (m.column_until is null or m.column_until >= :to)) as major_media_with_column
                from outreach_medium m join unit_coverage c on c.unit_id = m.province_id and c.ancestor_id in (:units)
                where m.deleted_at is null and %s
                group by c.ancestor_id"""
                        .formatted(UnitCoverage.countsOn("c", "cast(:to as date)")),
                units,
                from,
                to,
                figures,
                "major_media",
                "major_media_with_column");
        return figures;
    }

    private void read(
            Collection<String> wanted,
            String sql,
            List<Long> units,
            LocalDate from,
            LocalDate to,
            Map<Long, Map<String, Long>> figures,
            String... columns) {
        if (java.util.Arrays.stream(columns).noneMatch(wanted::contains)) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("to", to);
        if (sql.contains(":from")) {
            params.put("from", from);
        }
        // kept: a query counting several figures runs once for them all (each target asks one figure)
        cache.counts(sql, units, params, columns)
                .forEach((id, row) -> figures.get(id).putAll(row));
    }

    /** The first activity among what each unit covers (absent without activities). */
    public Map<Long, LocalDate> firstHeld(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                // each commune covered through its links (joining every link of the country took twice as long)
                "select c.ancestor_id, min((select min(a.held_on) from outreach_activity_commune ac"
                        + " join outreach_activity a on a.id = ac.activity_id"
                        + " where ac.commune_id = c.unit_id and a.deleted_at is null))"
                        + " from unit_coverage c where c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }
}
