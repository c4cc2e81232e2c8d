package vn.pcmt.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.text.VietnameseText;

/** Read-side SQL over the register; every query takes the jurisdiction condition on {@code p.unit_id}. */
@Repository
public class PersonQueries {

    private static final String ACTIVE = "p.deleted_at is null and p.merged_into_id is null";

    /** A residence {@code r} running on {@code :d}. */
    private static final String RESIDENCE_ON_D = "r.valid_from <= :d and (r.valid_to is null or r.valid_to >= :d)";

    /** Active people living on {@code :d} in a unit covered by one of {@code :units} (a filter on {@code p}). */
    private static final String PEOPLE_IN_UNITS = ACTIVE
            + " and p.id in (select r.person_id from person_residence r join unit_coverage c on c.unit_id = r.commune_id"
            + " where c.ancestor_id in (:units) and " + RESIDENCE_ON_D + " and " + UnitCoverage.countsOn("c", ":d")
            + ")";

    private final JdbcClient jdbc;

    PersonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The people a facility's staff see (ADR 043), as a condition on a person id column: placed at the facility on the
     * day (a rehab episode naming it, started on or before the day, not ended before it), or placed there by this
     * user; for a substitution clinic (ADR 053) its patients in treatment on the day or recorded there by this user. Numbers and a username (letters, digits, {@code ._-}, quotes doubled anyway) from the server only.
     */
    static String placedCondition(String personColumn, long facilityId, LocalDate day, String username) {
        String user = username.replace("'", "''");
        return "(" + personColumn + " in (select e.person_id from episode e where e.deleted_at is null"
                + " and e.kind = 'REHAB' and e.facility_id = " + facilityId + " and ((e.start_date <= date '" + day
                + "' and (e.end_date is null or e.end_date >= date '" + day + "')) or e.officer = '" + user + "'))"
                // a substitution clinic's patients (ADR 053): in treatment there on the day, or recorded by this user;
                // the one table of the substitution module read here, as the facilities module reads episode
                + " or " + personColumn + " in (select s.person_id from substitution_episode s where"
                + " s.deleted_at is null and s.clinic_id = " + facilityId + " and ((s.start_date <= date '" + day
                + "' and (s.stop_date is null or s.stop_date >= date '" + day + "')) or s.created_by = '" + user
                + "')))";
    }

    /** Whether the person is one a facility's staff see ({@link #placedCondition}). */
    boolean placedAt(long personId, long facilityId, LocalDate day, String username) {
        return jdbc.sql("select exists (select 1 from person p where p.id = :p and "
                        + placedCondition("p.id", facilityId, day, username) + ")")
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }

    /** The rehab episodes placed at the facility and open on the day, with who is placed, by name (ADR 043). */
    List<PlacedRow> placedOn(long facilityId, LocalDate day) {
        return jdbc.sql("select e.id, e.person_id, p.full_name, p.birth_year, e.form, e.start_date,"
                        + " e.planned_end_date, e.decision_number, e.version from episode e join person p on p.id ="
                        + " e.person_id where e.deleted_at is null and e.kind = 'REHAB' and e.facility_id = :f"
                        + " and e.start_date <= :d and (e.end_date is null or e.end_date >= :d) and " + ACTIVE
                        + " order by p.sort_key, p.id")
                .param("f", facilityId)
                .param("d", day)
                .query((rs, n) -> new PlacedRow(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("full_name"),
                        rs.getInt("birth_year"),
                        RehabForm.valueOf(rs.getString("form")),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("planned_end_date", LocalDate.class),
                        rs.getString("decision_number"),
                        rs.getLong("version")))
                .list();
    }

    /** The person's rehab episodes placed at some facility and open on the day (at most one, ADR 043). */
    List<Long> openPlacements(long personId, LocalDate day) {
        return jdbc.sql("select e.id from episode e where e.deleted_at is null and e.kind = 'REHAB'"
                        + " and e.facility_id is not null and e.person_id = :p and e.start_date <= :d"
                        + " and (e.end_date is null or e.end_date >= :d)")
                .param("p", personId)
                .param("d", day)
                .query(Long.class)
                .list();
    }

    /** Active people with exactly this identification number and birth year (an admission at a facility). */
    List<Long> byIdNumberAndBirthYear(String idNumber, int birthYear) {
        return jdbc.sql("select p.id from person p where p.id_number = :n and p.birth_year = :y and " + ACTIVE)
                .param("n", idNumber)
                .param("y", birthYear)
                .query(Long.class)
                .list();
    }

    /**
     * A page of people matching the search, in Vietnamese order of given name; ids unmasked. A name is matched exactly
     * first (the text anywhere in the folded name or alias, those with the marks as typed ahead), then with one typo
     * ({@link OneTypo}, ADR 056): the close matches follow every exact one, and are looked for only when the exact
     * ones do not fill the page.
     */
    @Transactional(readOnly = true)
    public List<PersonRow> search(PersonSearch search, String jurisdiction, Long communeId, int offset, int limit) {
        Names names = names(search);
        Where exact = where(search, jurisdiction, communeId, names, false);
        Where close =
                names != null && names.close() != null ? where(search, jurisdiction, communeId, names, true) : null;
        if (exact == null && close == null) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String people;
        String order;
        if (close == null || exact == null) {
            Where only = exact != null ? exact : close;
            params.putAll(only.params());
            // when nobody matches exactly, the close matches start the list (offset unchanged)
            people = "select " + PAGE_COLUMNS + ", 0 as part from person p where " + only.sql() + " order by "
                    + only.order() + " offset :offset limit :limit";
            order = only.order();
        } else {
            params.putAll(exact.params());
            params.putAll(close.params());
            // the close matches follow every exact one: read only when the exact ones do not fill the page (a limit
            // of 0 reads nothing), from the right offset (counting the exact matches when the page starts past them)
            people = "with exact as materialized (select " + PAGE_COLUMNS + " from person p where " + exact.sql()
                    + " order by " + exact.order() + " offset :offset limit :limit)"
                    + " select *, 0 as part from exact union all (select " + PAGE_COLUMNS
                    + ", 1 as part from person p where " + close.sql() + " order by " + close.order()
                    + " offset case when :offset = 0 or exists (select from exact) then 0"
                    + " else greatest(0, :offset - (select count(*) from person p where " + exact.sql() + ")) end"
                    + " limit :limit - (select count(*) from exact))";
            // a close match never has the text typed in its name (else it would be exact): the exact order holds
            order = exact.order();
        }
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("d", search.date());
        JdbcClient.StatementSpec spec = jdbc.sql("with page as materialized (" + people + "),"
                + " page_status as materialized (" + Classification.statusesOn("p.id in (select id from page)") + ")"
                + " select p.id, p.full_name, p.aliases, p.birth_date, p.birth_year, p.sex, p.id_number,"
                + " (select u.full_name from admin_unit u where u.id = p.unit_id) as commune_name, p.officer,"
                + " array(select t.status from page_status t where t.person_id = p.id) as statuses"
                + " from page p order by p.part, " + order);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> row(rs, statuses(rs.getArray("statuses")))).list();
    }

    /** The columns of a page read from {@code person p}, before the statuses and the commune's name. */
    private static final String PAGE_COLUMNS = "p.id, p.full_name, p.aliases, p.birth_date, p.birth_year, p.sex,"
            + " p.id_number, p.unit_id, p.officer, p.sort_key";

    /** How many people the search finds: the exact matches and the close ones (ADR 056). */
    @Transactional(readOnly = true)
    public long count(PersonSearch search, String jurisdiction, Long communeId) {
        Names names = names(search);
        long count = count(where(search, jurisdiction, communeId, names, false));
        if (names != null && names.close() != null) {
            count += count(where(search, jurisdiction, communeId, names, true));
        }
        return count;
    }

    private static Set<PersonStatus> statuses(java.sql.Array array) throws SQLException {
        Set<PersonStatus> statuses = EnumSet.noneOf(PersonStatus.class);
        for (Object status : (Object[]) array.getArray()) {
            statuses.add(PersonStatus.valueOf((String) status));
        }
        return statuses;
    }

    private long count(Where where) {
        if (where == null) {
            return 0;
        }
        return where.bind(jdbc.sql("select count(*) from person p where " + where.sql()))
                .query(Long.class)
                .single();
    }

    /** The statuses of the given people on a date. */
    public Map<Long, Set<PersonStatus>> statuses(List<Long> personIds, LocalDate date) {
        Map<Long, Set<PersonStatus>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql(Classification.statusesOn("p.id in (:ids)"))
                .param("d", date)
                .param("ids", personIds)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong("person_id"), k -> EnumSet.noneOf(PersonStatus.class))
                            .add(PersonStatus.valueOf(rs.getString("status")));
                });
        return result;
    }

    /**
     * Active people with the same identification number, each with whether the jurisdiction condition (a condition on
     * {@code p.unit_id} from {@code UnitCoverage.sqlCondition}) holds for them.
     */
    public List<Match> withIdNumber(String idNumber, Long exceptId, String jurisdiction) {
        return jdbc.sql("select p.id, (" + jurisdiction + ") as inside from person p where p.id_number = :n and "
                        + ACTIVE + " and (cast(:except as bigint) is null or p.id <> :except) order by p.id")
                .param("n", idNumber)
                .param("except", exceptId)
                .query((rs, n) -> new Match(rs.getLong("id"), rs.getBoolean("inside")))
                .list();
    }

    /** A record found by a duplicate check, and whether it lies inside the caller's jurisdiction. */
    public record Match(long id, boolean inside) {}

    /**
     * Active people inside the jurisdiction (a condition on {@code p.unit_id}) with the same name (without diacritics)
     * and birth (date, or year when either has only a year). People outside it are never returned.
     */
    public List<PersonRow> sameNameAndBirth(
            String fullName, LocalDate birthDate, int birthYear, Long exceptId, String jurisdiction) {
        return jdbc.sql("select p.id, p.full_name, p.aliases, p.birth_date, p.birth_year, p.sex, p.id_number,"
                        + " u.full_name as commune_name, p.officer from person p join admin_unit u on u.id = p.unit_id"
                        + " where " + ACTIVE + " and p.birth_year = :year"
                        + " and (p.birth_date is null or cast(:date as date) is null or p.birth_date = :date)"
                        + " and (p.search_name = :name or p.search_name like :namePrefix)"
                        + " and (cast(:except as bigint) is null or p.id <> :except)"
                        + " and " + jurisdiction)
                .param("year", birthYear)
                .param("date", birthDate)
                .param("name", VietnameseText.fold(fullName))
                .param("namePrefix", VietnameseText.fold(fullName) + " %")
                .param("except", exceptId)
                .query((rs, n) -> row(rs, Set.of()))
                .list();
    }

    /**
     * For each given unit (by what it covers), the people living there on {@code date} by status and those with a
     * drug-use or addiction record (under management, addicted, in rehab, after rehab or in substitution treatment),
     * in one query: every status of {@link PersonStatus} is present, zero when nobody holds it. Read from the periods
     * by place (ADR 015), which are disjoint for a person, a status and a commune, and a person lives in one commune
     * on a day: each row is one person.
     */
    public StatusCounts countByStatus(Collection<Long> unitIds, LocalDate date) {
        return countByStatus(unitIds, date, null);
    }

    /**
     * What the people placed in each of the given units (each exactly, not what it covers) add to {@code whole}'s
     * counts by status on the date: counted as {@code whole} counts them, by its {@code unit_coverage} row to the unit
     * (ADR 034). The counts of {@code whole} are their sums (ADR 064).
     */
    public StatusCounts countByStatusIn(long whole, Collection<Long> unitIds, LocalDate date) {
        return countByStatus(unitIds, date, whole);
    }

    private StatusCounts countByStatus(Collection<Long> unitIds, LocalDate date, Long whole) {
        Map<Long, Map<PersonStatus, Long>> counts = new HashMap<>();
        Map<Long, Long> withRecord = new HashMap<>();
        for (Long id : unitIds) {
            Map<PersonStatus, Long> zero = new EnumMap<>(PersonStatus.class);
            for (PersonStatus s : PersonStatus.values()) {
                zero.put(s, 0L);
            }
            counts.put(id, zero);
            withRecord.put(id, 0L);
        }
        if (unitIds.isEmpty()) {
            return new StatusCounts(counts, withRecord);
        }
        jdbc.sql(UnitCoverage.inPieces(
                        "select c.ancestor_id, s.status, count(*) as n from person_place_status s"
                                + " join unit_coverage c on c.unit_id = s.commune_id and c.ancestor_id in (:units)"
                                + " where s.valid_from <= :d and (s.valid_to is null or s.valid_to >= :d)"
                                + " and " + UnitCoverage.countsOn("c", ":d")
                                + " group by c.ancestor_id, s.status",
                        whole))
                .param("units", unitIds)
                .param("d", date)
                .query((ResultSet rs) -> {
                    long unit = rs.getLong(1);
                    String status = rs.getString("status");
                    if (status.equals(WITH_RECORD)) {
                        withRecord.put(unit, rs.getLong("n"));
                    } else {
                        counts.get(unit).put(PersonStatus.valueOf(status), rs.getLong("n"));
                    }
                });
        return new StatusCounts(counts, withRecord);
    }

    /**
     * Opioid addicts on the date in each unit (HY10, ADR 044): people counted as addicts there on the day (placed as
     * every status is) whose determination in force, the latest with a result on or before the day, names an opioid;
     * and people in substitution treatment there on the day, which is given only for opioid dependence (Decree
     * 90/2016): a patient whose determination is not in the register, or whose addict status a completed rehab ended,
     * is still an opioid addict, so the treated share (HY10b) never passes 100%.
     */
    public Map<Long, Long> countOpioidAddicts(Collection<Long> unitIds, LocalDate date) {
        return countOpioidAddicts(unitIds, date, null);
    }

    /**
     * What the opioid addicts placed in each of the given units (each exactly) add to {@code whole}'s count (ADR 064:
     * a person lives in one commune on a day).
     */
    public Map<Long, Long> countOpioidAddictsIn(long whole, Collection<Long> unitIds, LocalDate date) {
        return countOpioidAddicts(unitIds, date, whole);
    }

    private Map<Long, Long> countOpioidAddicts(Collection<Long> unitIds, LocalDate date, Long whole) {
        Map<Long, Long> counts = new HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0L));
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(UnitCoverage.inPieces(
                        "select c.ancestor_id, count(distinct s.person_id) as n from person_place_status s"
                                + " join unit_coverage c on c.unit_id = s.commune_id and c.ancestor_id in (:units)"
                                + " where s.status in ('ADDICT', 'IN_SUBSTITUTION') and s.valid_from <= :d"
                                + " and (s.valid_to is null or s.valid_to >= :d)"
                                + " and " + UnitCoverage.countsOn("c", ":d")
                                + " and (s.status = 'IN_SUBSTITUTION'"
                                + " or string_to_array((select e.substances from episode e where e.person_id = s.person_id"
                                + " and e.deleted_at is null and e.kind = 'ADDICTION_DETERMINATION' and e.result is not null"
                                + " and e.end_date <= :d order by e.end_date desc, e.id desc limit 1), ',')"
                                + " && array[" + AddictionSubstance.opioidsSql() + "])"
                                + " group by c.ancestor_id",
                        whole))
                .param("units", unitIds)
                .param("d", date)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong("n"));
                });
        return counts;
    }

    /** What {@link #countByStatus} counts for each unit: people by status, and people with a record. */
    public record StatusCounts(Map<Long, Map<PersonStatus, Long>> byStatus, Map<Long, Long> withRecord) {}

    /** The pseudo-status of {@code person_place_status} for people with a drug-use or addiction record. */
    private static final String WITH_RECORD = "WITH_RECORD";

    private static final String EPISODES = "from episode e join person_residence r on r.person_id = e.person_id"
            + " and r.valid_from <= e.%1$s and (r.valid_to is null or r.valid_to >= e.%1$s)"
            + " join unit_coverage c on c.unit_id = r.commune_id and c.ancestor_id in (:units)"
            + " where e.deleted_at is null and e.%1$s between :from and :to and " + UnitCoverage.countsOn("c", "e.%1$s")
            + " and ";
    /** Events by the commune the person lived in on their day, kept on the event (V30, ADR 015). */
    private static final String EVENTS = "from person_event v"
            + " join unit_coverage c on c.unit_id = v.commune_id and c.ancestor_id in (:units)"
            + " where v.deleted_at is null and v.event_date between :from and :to and "
            + UnitCoverage.countsOn("c", "v.event_date") + " and ";

    /**
     * The flows, by name: what each counts among people living, when it happened, in a unit (an episode where it
     * started, or for a result where it ended; an event where it took place).
     */
    private static final Map<String, String> FLOW_SQL = Map.of(
            "managementOpened",
            "count(distinct e.id) " + EPISODES.formatted("start_date") + "e.kind = 'DRUG_USE_MANAGEMENT'",
            "determinedAddicted",
            "count(distinct e.person_id) " + EPISODES.formatted("end_date")
                    + "e.kind = 'ADDICTION_DETERMINATION' and e.result = 'ADDICTED'",
            "rehabStarted",
            "count(distinct e.id) " + EPISODES.formatted("start_date") + "e.kind = 'REHAB'",
            "rehabCompleted",
            "count(distinct e.id) " + EPISODES.formatted("end_date")
                    + "e.kind = 'REHAB' and e.end_reason = 'COMPLETED'",
            "drugTests",
            "count(distinct v.id) " + EVENTS + "v.kind = 'DRUG_TEST'",
            "positiveTests",
            "count(distinct v.id) " + EVENTS + "v.kind = 'DRUG_TEST' and v.result = 'POSITIVE'",
            "peopleServed",
            "count(distinct v.person_id) " + EVENTS + "v.kind = 'SERVICE'",
            "peopleCounselled",
            "count(distinct v.person_id) " + EVENTS
                    + "v.kind = 'SERVICE' and v.service in ('COUNSELLING', 'MEDICAL', 'PSYCHOLOGICAL')",
            "newUsers",
            "count(distinct e.person_id) " + EPISODES.formatted("start_date") + "e.kind = 'DRUG_USE_MANAGEMENT'"
                    + " and not exists (select 1 from episode f where f.person_id = e.person_id"
                    + " and f.deleted_at is null and f.kind = 'DRUG_USE_MANAGEMENT' and f.start_date < e.start_date)",
            "newAddicts",
            "count(distinct e.person_id) " + EPISODES.formatted("end_date")
                    + "e.kind = 'ADDICTION_DETERMINATION' and e.result = 'ADDICTED'"
                    + " and not exists (select 1 from episode f where f.person_id = e.person_id"
                    + " and f.deleted_at is null and f.kind = 'ADDICTION_DETERMINATION' and f.result = 'ADDICTED'"
                    + " and f.end_date < e.end_date)");

    /** The flows {@link #flow} counts, in the order they are shown. */
    public static final List<String> FLOWS = List.of(
            "managementOpened",
            "determinedAddicted",
            "rehabStarted",
            "rehabCompleted",
            "drugTests",
            "positiveTests",
            "peopleServed",
            "peopleCounselled");

    /**
     * The flows that count episodes or events ({@code count(distinct e.id)}, {@code count(distinct v.id)}), each of
     * which lies in one commune: an event where it took place, an episode where the person lived on its day (a
     * person's residences never overlap: a transfer ends the old one the day before the new one starts). A unit's
     * figure of these is the sum of what each unit it covers adds to it (ADR 064); the flows counting people are not
     * (a person counted once in a province may have been counted in two of its communes).
     */
    public static final Set<String> ADDITIVE_FLOWS =
            Set.of("managementOpened", "rehabStarted", "rehabCompleted", "drugTests", "positiveTests");

    /** One flow over a period for each given unit (by what it covers), every unit present; one query. */
    public Map<Long, Long> flow(String name, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return flow(name, unitIds, from, to, null);
    }

    /**
     * What the episodes or events lying in each of the given units (each exactly) add to {@code whole}'s flow, as
     * {@code whole} counts them (ADR 064); only for {@link #ADDITIVE_FLOWS}.
     */
    public Map<Long, Long> flowIn(String name, long whole, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (!ADDITIVE_FLOWS.contains(name)) {
            throw new IllegalArgumentException("not a sum over units: " + name);
        }
        return flow(name, unitIds, from, to, whole);
    }

    private Map<Long, Long> flow(String name, Collection<Long> unitIds, LocalDate from, LocalDate to, Long whole) {
        Map<Long, Long> counts = new HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0L));
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(UnitCoverage.inPieces(
                        "select c.ancestor_id, " + FLOW_SQL.get(name) + " group by c.ancestor_id", whole))
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The gaps the drug-free commune criteria look for among people living in the unit on the date: rehab
     * completed in the year before without post-rehab management running, and people with a positive test in the
     * year before under no measure. Keys: {@code rehabCompleted, rehabCompletedUnmanaged, positiveUsers,
     * positiveUsersUnmanaged}.
     */
    public Map<String, Long> careGaps(long unitId, LocalDate date) {
        String measure = "select person_id from s where status in"
                + " ('UNDER_MANAGEMENT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION', 'IN_PRISON')";
        return jdbc.sql("with s as (" + Classification.statusesOn(PEOPLE_IN_UNITS) + "),"
                        + " completed as (select distinct e.person_id from episode e join person p on p.id = e.person_id"
                        + " where e.deleted_at is null and e.kind = 'REHAB' and e.end_reason = 'COMPLETED'"
                        + " and e.end_date > :d - 365 and e.end_date <= :d and " + PEOPLE_IN_UNITS + "),"
                        + " positive as (select distinct v.person_id from person_event v join person p on p.id = v.person_id"
                        + " where v.deleted_at is null and v.kind = 'DRUG_TEST' and v.result = 'POSITIVE'"
                        + " and v.event_date > :d - 365 and v.event_date <= :d and " + PEOPLE_IN_UNITS + ")"
                        + " select (select count(*) from completed) as rc,"
                        + " (select count(*) from completed where person_id not in"
                        + " (select person_id from s where status = 'AFTER_REHAB')) as rcu,"
                        + " (select count(*) from positive) as pu,"
                        + " (select count(*) from positive where person_id not in (" + measure + ")) as puu")
                .param("units", List.of(unitId))
                .param("d", date)
                .query((rs, i) -> Map.of(
                        "rehabCompleted", rs.getLong("rc"),
                        "rehabCompletedUnmanaged", rs.getLong("rcu"),
                        "positiveUsers", rs.getLong("pu"),
                        "positiveUsersUnmanaged", rs.getLong("puu")))
                .single();
    }

    /**
     * The terms of the folded names: their words and each pair of neighbouring words joined by a space, what the terms
     * index holds (V85, ADR 062).
     */
    private static final String TERMS = "person_name_terms(p.search_name)";

    /** Words sent in one parameter, split in SQL. */
    private static final String SPLIT = "string_to_array(:%s, E'\\n')";

    /**
     * Beyond this many words of the list for the first or the last word typed (a letter or two: "a", "ng"), the
     * exact match reads the trigram index, as it did before ADR 056: a GIN scan of that many words costs more.
     */
    private static final int MAX_WORDS_PER_END = 20;

    private static List<String> words(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The names with one of the terms (sent as the parameter {@code name}). */
    private static String anyTerm(String name, List<String> terms, Map<String, Object> params) {
        params.put(name, String.join(OneTypo.SEPARATOR, terms));
        return TERMS + " && " + SPLIT.formatted(name);
    }

    /** The names with all of the terms (sent as the parameter {@code name}). */
    private static String allTerms(String name, List<String> terms, Map<String, Object> params) {
        params.put(name, String.join(OneTypo.SEPARATOR, terms));
        return TERMS + " @> " + SPLIT.formatted(name);
    }

    /** A name search's conditions (ADR 056): exact, and one typo away (null when no typo is forgiven). */
    private record Names(String exact, String close, Map<String, Object> params) {}

    /**
     * The conditions on the name typed, from the words that names have: one lookup in {@code person_name_word}
     * (a few thousand rows) for the words the first and last word typed may be part of, the words between, and the
     * words one edit from each word typed. Null when the search names no text, or an identification number.
     *
     * <p>The lookup also has the statements that follow in the transaction planned once for any value (a generic plan,
     * reused on the connection once the driver prepares them on the server, ADR 062) when the terms index finds the
     * names: the SQL built here has already chosen it, and planning a page with its statuses cost more than running it
     * (~0.9 ms against ~0.5 ms on the national register). Not when the trigram index is read (a letter or two, most
     * of the register: a custom plan reads the table instead, 68 ms against 234 ms), nor for the figures' statements,
     * whose best plan depends on the sizes asked about (ADR 016). The setting ends with the transaction.
     */
    private Names names(PersonSearch search) {
        if (search.text() == null || search.text().replaceAll("\\s", "").matches("\\d{9}|\\d{12}")) {
            return null;
        }
        OneTypo text = new OneTypo(VietnameseText.fold(search.text()));
        Set<String> known = new java.util.HashSet<>();
        List<String> firsts = new ArrayList<>();
        List<String> lasts = new ArrayList<>();
        // one row: the words found, and set_config (SET LOCAL as a function) for the statements that follow in the
        // transaction, planned once for any value (ADR 062), without a statement of its own; not when the trigram
        // index is read (below), whose best plan depends on how much of the register a letter or two matches
        jdbc.sql("select set_config('plan_cache_mode', case when count(*) filter (where word like :first) > :max"
                        + " or count(*) filter (where word like :last) > :max then current_setting('plan_cache_mode')"
                        + " else 'force_generic_plan' end, true) as plans, array_agg(word) as known,"
                        + " array_agg(word) filter (where word like :first) as firsts,"
                        + " array_agg(word) filter (where word like :last) as lasts from person_name_word"
                        + " where word like :first or word like :last or word in (select unnest("
                        + SPLIT.formatted("wanted") + "))")
                .param("first", text.firstPattern())
                .param("last", text.lastPattern())
                .param("max", MAX_WORDS_PER_END)
                .param("wanted", String.join(OneTypo.SEPARATOR, text.candidates()))
                .query((ResultSet rs) -> {
                    known.addAll(words(rs.getArray("known")));
                    firsts.addAll(words(rs.getArray("firsts")));
                    lasts.addAll(words(rs.getArray("lasts")));
                });
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("folded", "%" + OneTypo.escape(text.folded) + "%");
        params.put("typed", "%" + search.text().toLowerCase(java.util.Locale.ROOT) + "%");
        String exact;
        List<String> words = text.words;
        int n = words.size();
        if (firsts.size() > MAX_WORDS_PER_END || lasts.size() > MAX_WORDS_PER_END) {
            exact = "p.search_name like :folded";
        } else if (firsts.isEmpty() || lasts.isEmpty() || !known.containsAll(text.middle())) {
            exact = "false";
        } else {
            // the terms index finds the candidates (ADR 062): for one word, the words of the list holding it; for more,
            // the pairs of neighbouring words the text must have (the first typed word may end a word of the name, the
            // last may begin one); the text is then looked for in the name, not through the trigrams
            List<String> clauses = new ArrayList<>();
            if (n == 1) {
                clauses.add(anyTerm("firsts", firsts, params));
            } else if (n == 2 && firsts.size() * lasts.size() > MAX_WORDS_PER_END) {
                clauses.add(anyTerm("firsts", firsts, params));
                clauses.add(anyTerm("lasts", lasts, params));
            } else if (n == 2) {
                List<String> pairs = new ArrayList<>();
                for (String first : firsts) {
                    for (String last : lasts) {
                        pairs.add(first + " " + last);
                    }
                }
                clauses.add(anyTerm("firsts", pairs, params));
            } else {
                clauses.add(anyTerm(
                        "firsts",
                        firsts.stream().map(w -> w + " " + words.get(1)).toList(),
                        params));
                clauses.add(anyTerm(
                        "lasts",
                        lasts.stream().map(w -> words.get(n - 2) + " " + w).toList(),
                        params));
                if (n > 3) {
                    clauses.add(allTerms("middle", OneTypo.pairs(text.middle()), params));
                }
            }
            clauses.add("(p.search_name || '') like :folded");
            exact = String.join(" and ", clauses);
        }
        List<OneTypo.Arm> arms = text.arms(known);
        if (arms.isEmpty()) {
            return new Names(exact, null, params);
        }
        List<String> alternatives = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            OneTypo.Arm arm = arms.get(i);
            List<String> clauses = new ArrayList<>();
            if (!arm.all().isEmpty()) {
                clauses.add(allTerms("all" + i, arm.all(), params));
            }
            for (int j = 0; j < arm.anyOf().size(); j++) {
                clauses.add(anyTerm("any" + i + "_" + j, arm.anyOf().get(j), params));
            }
            alternatives.add("(" + String.join(" and ", clauses) + ")");
            runs.addAll(arm.runs());
        }
        params.put("runs", String.join(OneTypo.SEPARATOR, runs));
        String close = "(" + String.join(" or ", alternatives) + ") and (' ' || p.search_name || ' ') like any("
                + SPLIT.formatted("runs") + ") and not ((p.search_name || '') like :folded)";
        return new Names(exact, close, params);
    }

    /** The conditions of the search, with the name matched exactly or (close) with one typo; null: nobody. */
    private Where where(PersonSearch search, String jurisdiction, Long communeId, Names names, boolean close) {
        List<String> clauses = new ArrayList<>(List.of(ACTIVE, "(" + jurisdiction + ")"));
        Map<String, Object> params = new LinkedHashMap<>();
        String order = "p.sort_key, p.id";
        if (names != null) {
            if (close ? names.close() == null : names.exact().equals("false")) {
                return null;
            }
            clauses.add(close ? names.close() : names.exact());
            params.putAll(names.params());
            if (!close) {
                order = "(lower(p.full_name) like :typed) desc, " + order;
            }
        } else if (search.text() != null) {
            clauses.add("(p.id_number = :number or p.old_id_number = :number)");
            params.put("number", search.text().replaceAll("\\s", ""));
        }
        if (search.birthYear() != null) {
            clauses.add("p.birth_year = :birthYear");
            params.put("birthYear", search.birthYear());
        }
        if (communeId != null) {
            clauses.add("p.unit_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :commune)");
            params.put("commune", communeId);
        }
        if (search.officer() != null) {
            clauses.add("lower(p.officer) = lower(:officer)");
            params.put("officer", search.officer());
        }
        if (search.status() != null) {
            clauses.add("p.id in (select s.person_id from (" + Classification.statusesOn("(" + jurisdiction + ")")
                    + ") s where s.status = :status)");
            params.put("status", search.status().name());
            params.put("d", search.date());
        }
        return new Where(String.join(" and ", clauses), order, params);
    }

    private record Where(String sql, String order, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (var e : params.entrySet()) {
                spec = spec.param(e.getKey(), e.getValue());
            }
            return spec;
        }
    }

    private static PersonRow row(ResultSet rs, Set<PersonStatus> statuses) throws SQLException {
        return new PersonRow(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("aliases"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getInt("birth_year"),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("id_number"),
                rs.getString("commune_name"),
                rs.getString("officer"),
                statuses);
    }
}
