package vn.pcmt.substitution.internal;

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
 * Read-side SQL over treatment episodes. A patient counts in the commune they lived in on the day that matters (in
 * treatment: the day; a start, a retention: the start; a stop: the stop), as the person register's figures place
 * people, so that HY10's share has its numerator and denominator placed alike (ADR 044).
 */
@Repository
public class SubstitutionQueries {

    /** The figures, by name ({@code substitution.<name>}). */
    public static final List<String> FLOWS =
            List.of("started", "retained_6m", "retained_12m", "quit", "completed", "stopped");

    public static final String IN_TREATMENT = "in_treatment";

    /** Lived in a commune covered on the date {@code %s} (a column or parameter). */
    private static final String RESIDENT = " join person_residence r on r.person_id = t.person_id"
            + " and r.valid_from <= %1$s and (r.valid_to is null or r.valid_to >= %1$s)"
            + " join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id in (:units)"
            + " join person p on p.id = t.person_id and p.deleted_at is null and p.merged_into_id is null";

    private final JdbcClient jdbc;

    SubstitutionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a list reads the register: patients in treatment on a day, or new patients over a period. */
    public enum ListMode {
        IN_TREATMENT,
        STARTED
    }

    /**
     * Episodes of the people the caller may see ({@code jurisdiction}: SQL on {@code p.unit_id}): of a clinic, or of
     * the people living in the unit on the day; in treatment on {@code to}, or started (not by a transfer) in [from,
     * to]. By name (Vietnamese order).
     */
    public List<TreatmentRow> list(
            long unitId, Long clinicId, ListMode mode, LocalDate from, LocalDate to, String jurisdiction, int limit) {
        String day = mode == ListMode.IN_TREATMENT ? ":to" : "t.start_date";
        String period = mode == ListMode.IN_TREATMENT
                ? "t.start_date <= :to and (t.stop_date is null or t.stop_date >= :to)"
                : "t.start_date between :from and :to and t.previous_id is null";
        String where = clinicId != null
                ? "t.clinic_id = :clinic"
                : "r.commune_id in (select cv.unit_id from unit_coverage cv where cv.ancestor_id = :unit)";
        return jdbc.sql("select t.id, t.person_id, p.full_name, p.birth_year, f.name as clinic, u.full_name as commune,"
                        + " t.start_date, t.medicine, t.stop_date, t.stop_reason"
                        + " from substitution_episode t join person p on p.id = t.person_id"
                        + " join facility f on f.id = t.clinic_id"
                        + " left join person_residence r on r.person_id = t.person_id and r.valid_from <= " + day
                        + " and (r.valid_to is null or r.valid_to >= " + day + ")"
                        + " left join admin_unit u on u.id = r.commune_id"
                        + " where t.deleted_at is null and p.deleted_at is null and p.merged_into_id is null and "
                        + period + " and " + where + " and (" + jurisdiction + ")"
                        + " order by p.sort_key, t.start_date, t.id limit :limit")
                .param("unit", unitId)
                .param("clinic", clinicId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, i) -> new TreatmentRow(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("full_name"),
                        rs.getInt("birth_year"),
                        rs.getString("clinic"),
                        rs.getString("commune"),
                        rs.getObject("start_date", LocalDate.class),
                        Medicine.valueOf(rs.getString("medicine")),
                        rs.getObject("stop_date", LocalDate.class),
                        rs.getString("stop_reason") == null ? null : StopReason.valueOf(rs.getString("stop_reason"))))
                .list();
    }

    /** Patients in treatment on the day, by the commune they lived in that day. */
    public Map<Long, Long> inTreatment(Collection<Long> unitIds, LocalDate day) {
        return counts(
                unitIds,
                "select c.ancestor_id, count(distinct t.person_id) from substitution_episode t"
                        + RESIDENT.formatted(":d")
                        + " where t.deleted_at is null and t.start_date <= :d"
                        + " and (t.stop_date is null or t.stop_date >= :d) and " + UnitCoverage.countsOn("c", ":d")
                        + " group by c.ancestor_id",
                null,
                day);
    }

    /**
     * A flow over [from, to]: new patients (a start not by a transfer); of them, those still in treatment 6 or 12
     * months after their start with only transfers between (TreatmentRules.retained); episodes stopped because the
     * patient quit, completed, or stopped for any reason but a transfer.
     */
    public Map<Long, Long> flow(String figure, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        String sql =
                switch (figure) {
                    case "started" -> started("true");
                    case "retained_6m" -> started(retained(6));
                    case "retained_12m" -> started(retained(12));
                    case "quit" -> stopped("t.stop_reason = 'QUIT'");
                    case "completed" -> stopped("t.stop_reason = 'COMPLETED'");
                    case "stopped" -> stopped("t.stop_reason <> 'TRANSFERRED'");
                    default -> throw new IllegalArgumentException(figure);
                };
        return counts(unitIds, sql, from, to);
    }

    private static String started(String condition) {
        return "select c.ancestor_id, count(distinct t.id) from substitution_episode t"
                + RESIDENT.formatted("t.start_date")
                + " where t.deleted_at is null and t.previous_id is null and t.start_date between :from and :d and "
                + UnitCoverage.countsOn("c", "t.start_date") + " and " + condition + " group by c.ancestor_id";
    }

    private static String retained(int months) {
        String mark = "(t.start_date + interval '" + months + " months')::date";
        return "exists (select 1 from substitution_episode n where n.person_id = t.person_id and n.deleted_at is null"
                + " and n.start_date >= t.start_date and n.start_date <= " + mark
                + " and (n.stop_date is null or n.stop_date >= " + mark + "))"
                + " and not exists (select 1 from substitution_episode q where q.person_id = t.person_id"
                + " and q.deleted_at is null and q.stop_reason <> 'TRANSFERRED' and q.stop_date >= t.start_date"
                + " and q.stop_date < " + mark + ")";
    }

    private static String stopped(String condition) {
        return "select c.ancestor_id, count(distinct t.id) from substitution_episode t"
                + RESIDENT.formatted("t.stop_date")
                + " where t.deleted_at is null and t.stop_date between :from and :d and "
                + UnitCoverage.countsOn("c", "t.stop_date") + " and " + condition + " group by c.ancestor_id";
    }

    private Map<Long, Long> counts(Collection<Long> unitIds, String sql, LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0L));
        if (unitIds.isEmpty()) {
            return counts;
        }
        var statement = jdbc.sql(sql).param("units", List.copyOf(unitIds)).param("d", to);
        if (from != null) {
            statement = statement.param("from", from);
        }
        statement.query((ResultSet rs) -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** The first start among the patients living in what each unit covers (absent without episodes). */
    public Map<Long, LocalDate> firstStarted(Collection<Long> unitIds) {
        return MetricSource.firstDays(
                jdbc,
                "select c.ancestor_id, min(t.start_date) from substitution_episode t"
                        + " join person_residence r on r.person_id = t.person_id and r.valid_from <= t.start_date"
                        + " and (r.valid_to is null or r.valid_to >= t.start_date)"
                        + " join unit_coverage c on c.unit_id = r.commune_id"
                        + " where t.deleted_at is null and c.ancestor_id in (:units) group by c.ancestor_id",
                unitIds);
    }
}
