package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.pcmt.people.WorkItem;
import vn.pcmt.people.WorkItemKind;

/** Candidates for the work list, inside a jurisdiction condition on {@code p.unit_id}. */
@Repository
public class WorkListQueries {

    private static final String PERSON = " join person p on p.id = e.person_id join admin_unit u on u.id = p.unit_id"
            + " where p.deleted_at is null and p.merged_into_id is null and e.deleted_at is null and ";

    private final JdbcClient jdbc;

    WorkListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Running episodes of a kind whose planned end falls between today and the horizon. */
    public List<WorkItem> ending(
            String kind, WorkItemKind item, String jurisdiction, LocalDate today, LocalDate horizon) {
        return jdbc.sql(
                        "select e.person_id, p.full_name, u.full_name as commune, e.planned_end_date as d from episode e"
                                + PERSON
                                + "e.kind = :kind and e.end_date is null and e.planned_end_date between :today and :horizon"
                                + " and (" + jurisdiction + ") order by e.planned_end_date")
                .param("kind", kind)
                .param("today", today)
                .param("horizon", horizon)
                .query((rs, n) -> item(item, rs))
                .list();
    }

    /** Pending determinations (requested, no result) with their request date. */
    public List<WorkItem> pendingDeterminations(String jurisdiction) {
        return jdbc.sql("select e.person_id, p.full_name, u.full_name as commune, e.start_date as d from episode e"
                        + PERSON
                        + "e.kind = 'ADDICTION_DETERMINATION' and e.end_date is null and (" + jurisdiction + ")"
                        + " order by e.start_date")
                .query((rs, n) -> item(WorkItemKind.DETERMINATION_OVERDUE, rs))
                .list();
    }

    /** Latest determinations saying addicted with no rehab started since, with the result date. */
    public List<WorkItem> addictedWithoutRehab(String jurisdiction) {
        return jdbc.sql("select e.person_id, p.full_name, u.full_name as commune, e.end_date as d from episode e"
                        + PERSON
                        + "e.kind = 'ADDICTION_DETERMINATION' and e.result = 'ADDICTED' and (" + jurisdiction + ")"
                        + " and not exists (select 1 from episode r where r.person_id = e.person_id and r.deleted_at is null"
                        + " and r.kind = 'REHAB' and r.start_date >= e.end_date)"
                        + " and not exists (select 1 from episode l where l.person_id = e.person_id and l.deleted_at is null"
                        + " and l.kind = 'ADDICTION_DETERMINATION' and l.end_date > e.end_date)"
                        + " order by e.end_date")
                .query((rs, n) -> item(WorkItemKind.REHAB_REGISTRATION_OVERDUE, rs))
                .list();
    }

    /** People under management or after rehab today with no check-in or visit since {@code since}. */
    public List<WorkItem> withoutCheckIn(String jurisdiction, LocalDate today, LocalDate since) {
        return jdbc.sql("select e.person_id, p.full_name, u.full_name as commune,"
                        + " (select max(v.event_date) from person_event v where v.person_id = e.person_id and v.deleted_at is null"
                        + " and v.kind in ('CHECK_IN', 'HOME_VISIT')) as d from episode e" + PERSON
                        + "e.kind in ('DRUG_USE_MANAGEMENT', 'POST_REHAB_MANAGEMENT') and e.start_date <= :since"
                        + " and coalesce(e.end_date, e.planned_end_date, :today) >= :today and (" + jurisdiction + ")"
                        + " and not exists (select 1 from person_event v where v.person_id = e.person_id and v.deleted_at is null"
                        + " and v.kind in ('CHECK_IN', 'HOME_VISIT') and v.event_date > :since)"
                        + " order by d nulls first")
                .param("today", today)
                .param("since", since)
                .query((rs, n) -> item(WorkItemKind.NO_CHECK_IN, rs))
                .list();
    }

    /** Positive tests flagged under art. 256a since the date, with the window and the episode that opened it. */
    public List<WorkItem> flaggedTests(String jurisdiction, LocalDate since) {
        return jdbc.sql("select e.person_id, p.full_name, u.full_name as commune, e.event_date as d,"
                        + " e.flag_256a_window as win, o.id as oid, o.kind as okind, o.form as oform, o.start_date as ostart"
                        + " from person_event e left join episode o on o.id = e.flag_256a_episode_id"
                        + PERSON + "e.kind = 'DRUG_TEST' and e.flag_256a and e.event_date >= :since and ("
                        + jurisdiction + ")"
                        + " order by e.event_date desc")
                .param("since", since)
                .query((rs, n) -> {
                    WorkItem item = item(WorkItemKind.POSITIVE_TEST_FLAGGED, rs);
                    String window = rs.getString("win");
                    if (window == null || rs.getObject("oid") == null) {
                        return item;
                    }
                    return new WorkItem(
                            item.kind(),
                            item.personId(),
                            item.fullName(),
                            item.communeName(),
                            item.date(),
                            new WorkItem.FlagOrigin(
                                    Penal256aWindow.valueOf(window),
                                    rs.getLong("oid"),
                                    EpisodeKind.valueOf(rs.getString("okind")),
                                    rs.getString("oform"),
                                    rs.getObject("ostart", LocalDate.class)),
                            null);
                })
                .list();
    }

    /** A move waiting for the person to present at the new commune, as found in the register. */
    public record MoveCandidate(
            long transferId,
            long personId,
            String fullName,
            String fromCommune,
            String toCommune,
            LocalDate moveDate,
            TransferStatus status,
            boolean incoming) {}

    /**
     * Moves requested or accepted on or after {@code since} whose person has not presented at the new commune, into
     * or out of the jurisdiction (two conditions: on the commune moved from and on the one moved to).
     */
    public List<MoveCandidate> movesNotPresented(String fromCondition, String toCondition, LocalDate since) {
        return jdbc.sql("select t.id, t.person_id, p.full_name, f.full_name as from_name, d.full_name as to_name,"
                        + " t.move_date, t.status, (" + toCondition + ") as incoming from person_transfer t"
                        + " join person p on p.id = t.person_id join admin_unit f on f.id = t.from_commune_id"
                        + " join admin_unit d on d.id = t.to_commune_id"
                        + " where t.presented_on is null and t.status in ('PENDING', 'ACCEPTED') and t.move_date >= :since"
                        + " and p.deleted_at is null and p.merged_into_id is null"
                        + " and ((" + fromCondition + ") or (" + toCondition + ")) order by t.move_date")
                .param("since", since)
                .query((rs, n) -> new MoveCandidate(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("full_name"),
                        rs.getString("from_name"),
                        rs.getString("to_name"),
                        rs.getObject("move_date", LocalDate.class),
                        TransferStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("incoming")))
                .list();
    }

    private static WorkItem item(WorkItemKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WorkItem(
                kind,
                rs.getLong("person_id"),
                rs.getString("full_name"),
                rs.getString("commune"),
                rs.getObject("d", LocalDate.class));
    }
}
