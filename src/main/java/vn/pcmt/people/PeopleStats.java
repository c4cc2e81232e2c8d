package vn.pcmt.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.people.internal.PeopleFigures;
import vn.pcmt.people.internal.PersonQueries;
import vn.pcmt.people.internal.PersonQueries.StatusCounts;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.platform.FigureCache;

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
    private final FigureCache cache;

    PeopleStats(PersonQueries queries, UnitCoverage coverage, FigureCache cache) {
        this.queries = queries;
        this.coverage = coverage;
        this.cache = cache;
    }

    public PeopleFigures asOf(String unitCode, LocalDate date) {
        AdminUnit unit = coverage.visibleUnit(unitCode, date);
        return new PeopleFigures(
                unit.code(),
                unit.fullName(),
                null,
                date,
                statusesByUnit(List.of(unit.id()), date).get(unit.id()),
                Map.of());
    }

    public PeopleFigures over(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        List<Long> ids = List.of(unit.id());
        return new PeopleFigures(
                unit.code(),
                unit.fullName(),
                from,
                to,
                statusesByUnit(ids, to).get(unit.id()),
                flowsByUnit(ids, from, to).get(unit.id()));
    }

    /**
     * People by status on the date in each of the given units (by what each covers), in one query; kept until the
     * registers change. Counts only; the caller answers for the jurisdiction of the units.
     */
    public Map<Long, Map<PersonStatus, Long>> statusesByUnit(Collection<Long> unitIds, LocalDate date) {
        return counts(unitIds, date).byStatus();
    }

    /** Both counts on a date, in one query, kept together until the registers change. */
    private StatusCounts counts(Collection<Long> unitIds, LocalDate date) {
        List<Long> ids = sorted(unitIds);
        return cache.getIn(
                ids,
                () -> {
                    StatusCounts counts =
                            ids.size() == 1 ? composed(ids.get(0), date) : queries.countByStatus(ids, date);
                    return new StatusCounts(immutable(counts.byStatus()), Map.copyOf(counts.withRecord()));
                },
                "people.statuses",
                ids,
                date);
    }

    /**
     * One unit's counts as the sum of what the people placed in each unit it covers add to them (ADR 064: each person
     * lives in one commune on a day), each piece kept: after a change to a person, the pieces of the communes the
     * person lived in are counted again, not the whole province.
     */
    private StatusCounts composed(long unit, LocalDate date) {
        PersonStatus[] statuses = PersonStatus.values();
        // each piece's counts by status (in the order of the statuses), then its people with a record
        long[] sum = cache.sumOfPieces(
                unit,
                statuses.length + 1,
                asked -> {
                    StatusCounts counted = queries.countByStatusIn(unit, asked, date);
                    Map<Long, long[]> each = new HashMap<>(asked.size() * 2);
                    for (Long piece : asked) {
                        long[] n = new long[statuses.length + 1];
                        counted.byStatus().get(piece).forEach((s, count) -> n[s.ordinal()] = count);
                        n[statuses.length] = counted.withRecord().get(piece);
                        each.put(piece, n);
                    }
                    return each;
                },
                "people.statuses",
                date);
        Map<PersonStatus, Long> byStatus = new java.util.EnumMap<>(PersonStatus.class);
        for (PersonStatus s : statuses) {
            byStatus.put(s, sum[s.ordinal()]);
        }
        Map<Long, Map<PersonStatus, Long>> counts = new HashMap<>();
        counts.put(unit, byStatus);
        return new StatusCounts(counts, Map.of(unit, sum[statuses.length]));
    }

    /**
     * The flows over a period in each of the given units (by what each covers), one query per flow; kept until the
     * registers change. Counts only; the caller answers for the jurisdiction of the units.
     */
    public Map<Long, Map<String, Long>> flowsByUnit(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Long>> flows = new HashMap<>();
        unitIds.forEach(id -> flows.put(id, new LinkedHashMap<>()));
        for (String name : PersonQueries.FLOWS) {
            flowByUnit(name, unitIds, from, to)
                    .forEach((unit, n) -> flows.get(unit).put(name, n));
        }
        return immutable(flows);
    }

    /** One of the flows ({@link PersonQueries#FLOWS}) for each of the given units; kept until the registers change. */
    public Map<Long, Long> flowByUnit(String name, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        List<Long> ids = sorted(unitIds);
        // a unit's flow of episodes or events is the sum of its pieces' (ADR 064), each piece kept
        return cache.getIn(
                ids,
                () -> Map.copyOf(
                        PersonQueries.ADDITIVE_FLOWS.contains(name)
                                ? cache.summed(
                                        ids,
                                        (whole, asked) -> whole == null
                                                ? queries.flow(name, asked, from, to)
                                                : queries.flowIn(name, whole, asked, from, to),
                                        "people.flow",
                                        name,
                                        from,
                                        to)
                                : queries.flow(name, ids, from, to)),
                "people.flow",
                name,
                ids,
                from,
                to);
    }

    /**
     * People with a drug-use or addiction record living on the date in each of the given units (by what each
     * covers), from the same query as the statuses; kept until the registers change. Counts only; the caller answers
     * for the jurisdiction of the units.
     */
    public Map<Long, Long> withRecordByUnit(Collection<Long> unitIds, LocalDate date) {
        return counts(unitIds, date).withRecord();
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    private static <K, V> Map<Long, Map<K, V>> immutable(Map<Long, Map<K, V>> byUnit) {
        Map<Long, Map<K, V>> copy = new HashMap<>();
        byUnit.forEach((unit, values) -> copy.put(unit, Collections.unmodifiableMap(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** What the drug-free commune criteria check among the people of a unit on a date. */
    public CareGaps careGaps(String unitCode, LocalDate date) {
        return careGapsOf(coverage.visibleUnit(unitCode, date), date);
    }

    /** The same for a unit the caller has already checked against the jurisdiction (or acts for the system). */
    public CareGaps careGapsOf(AdminUnit unit, LocalDate date) {
        Map<PersonStatus, Long> statuses =
                statusesByUnit(List.of(unit.id()), date).get(unit.id());
        Map<String, Long> gaps = queries.careGaps(unit.id(), date);
        return new CareGaps(
                statuses.get(PersonStatus.ADDICT),
                statuses.get(PersonStatus.ADDICT_WITHOUT_RECORD),
                gaps.get("rehabCompleted"),
                gaps.get("rehabCompletedUnmanaged"),
                gaps.get("positiveUsers"),
                gaps.get("positiveUsersUnmanaged"));
    }
}
