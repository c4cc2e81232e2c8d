package vn.pcmt.people;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.people.internal.PersonQueries;

/**
 * Figures by classification for any unit in the caller's jurisdiction. A person counts for the unit where they
 * lived on the day; a unit counts what it covers, so a new commune over 2024 counts its predecessors. Counts
 * only, never names: open to every role, inside its jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class PeopleStats {

    private final PersonQueries queries;
    private final UnitCoverage coverage;

    PeopleStats(PersonQueries queries, UnitCoverage coverage) {
        this.queries = queries;
        this.coverage = coverage;
    }

    public PeopleFigures asOf(String unitCode, LocalDate date) {
        AdminUnit unit = coverage.visibleUnit(unitCode, date);
        return new PeopleFigures(
                unit.code(), unit.fullName(), null, date, queries.countByStatus(residenceIn(unit), date), Map.of());
    }

    public PeopleFigures over(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        String residence = residenceIn(unit);
        return new PeopleFigures(
                unit.code(),
                unit.fullName(),
                from,
                to,
                queries.countByStatus(residence, to),
                queries.flows(residence, from, to));
    }

    /**
     * People with a drug-use or addiction record living on the date in each of the given units (by what each
     * covers), in one query. Counts only; the caller answers for the jurisdiction of the units.
     */
    public Map<Long, Long> withRecordByUnit(java.util.Collection<Long> unitIds, LocalDate date) {
        return queries.withRecordByUnit(unitIds, date);
    }

    /**
     * People of the unit on the date with a record to care for: under management, addicts, in rehab, after rehab or
     * in substitution treatment, each person counted once (the denominator of "counselled", "served").
     */
    public long withRecord(String unitCode, LocalDate date) {
        AdminUnit unit = coverage.visibleUnit(unitCode, date);
        return queries.withRecordByUnit(java.util.List.of(unit.id()), date).getOrDefault(unit.id(), 0L);
    }

    /** What the drug-free commune criteria check among the people of a unit on a date. */
    public CareGaps careGaps(String unitCode, LocalDate date) {
        return careGapsOf(coverage.visibleUnit(unitCode, date), date);
    }

    /** The same for a unit the caller has already checked against the jurisdiction (or acts for the system). */
    public CareGaps careGapsOf(AdminUnit unit, LocalDate date) {
        String residence = residenceIn(unit);
        Map<PersonStatus, Long> statuses = queries.countByStatus(residence, date);
        Map<String, Long> gaps = queries.careGaps(residence, date);
        return new CareGaps(
                statuses.get(PersonStatus.ADDICT),
                statuses.get(PersonStatus.ADDICT_WITHOUT_RECORD),
                gaps.get("rehabCompleted"),
                gaps.get("rehabCompletedUnmanaged"),
                gaps.get("positiveUsers"),
                gaps.get("positiveUsersUnmanaged"));
    }

    private static String residenceIn(AdminUnit unit) {
        return "r.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = " + unit.id() + ")";
    }
}
