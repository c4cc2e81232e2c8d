package vn.pcmt.metrics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;
import vn.pcmt.platform.FigureCache;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * From when each unit keeps each register in PCMT. A figure of a register over a period that begins before the start
 * that applies to the unit (a flow: the period's first day; a stock: its date) is "no data", never 0, and a target
 * over it is not met. The start that applies is the unit's own, else that of the nearest unit above it; where none
 * was entered, 1 January of the year of the first record of the register in the unit's province stands for it, so
 * an empty register is no data. The standing office enters the starts of its province.
 */
@Service
@Transactional
public class RegisterStarts {

    /** A start with its unit's code and name, for the page and the API. */
    public record View(long id, String unitCode, String unitName, Register register, LocalDate since, long version) {}

    private final RegisterStartRepository starts;
    private final RegisterStartQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final CurrentUsers users;
    private final Clock clock;
    private final List<MetricSource> sources;
    private final FigureCache cache;

    RegisterStarts(
            RegisterStartRepository starts,
            RegisterStartQueries queries,
            UnitService units,
            UnitCoverage coverage,
            CurrentUsers users,
            Clock clock,
            List<MetricSource> sources,
            FigureCache cache) {
        this.sources = List.copyOf(sources);
        this.cache = cache;
        this.starts = starts;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.users = users;
        this.clock = clock;
    }

    /** The starts entered for a province and the units it covers, by register then unit name. */
    @Transactional(readOnly = true)
    public List<View> of(String provinceCode) {
        coverage.provinceWorkedIn(provinceCode);
        AdminUnit province = units.find(provinceCode, LocalDate.now(clock))
                .orElseThrow(() -> new RuleViolationException("registerStart.unitUnknown", provinceCode));
        var jurisdiction = coverage.current();
        return starts.findLive(queries.covered(province.id())).stream()
                .filter(s -> coverage.covers(jurisdiction, s.getUnitId()))
                .map(this::view)
                .sorted(Comparator.comparing(View::register)
                        .thenComparing(View::unitName, VietnameseText.comparing(n -> n)))
                .toList();
    }

    private View view(RegisterStart s) {
        AdminUnit unit = units.findById(s.getUnitId()).orElseThrow();
        return new View(s.getId(), unit.code(), unit.fullName(), s.getRegister(), s.getSince(), s.getVersion());
    }

    /**
     * Sets from when a unit the caller covers keeps a register: a new start, or a change of the unit's (with the
     * version read). Not after today.
     */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public View set(RegisterStartForm form) {
        if (form.unitCode() == null || form.unitCode().isBlank() || form.register() == null || form.since() == null) {
            throw new RuleViolationException("registerStart.incomplete");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.since().isAfter(today)) {
            throw new RuleViolationException("registerStart.future", form.since());
        }
        String code = form.unitCode().strip();
        AdminUnit unit = units.find(code, today)
                .or(() -> units.find(code, form.since()))
                .orElseThrow(() -> new RuleViolationException("registerStart.unitUnknown", code));
        coverage.check(unit.id());
        RegisterStart start = starts.findLive(unit.id(), form.register())
                .map(existing -> {
                    if (form.version() != null && form.version() != existing.getVersion()) {
                        throw new ObjectOptimisticLockingFailureException(RegisterStart.class, existing.getId());
                    }
                    existing.moveTo(form.since());
                    return existing;
                })
                .orElseGet(() -> new RegisterStart(unit.id(), form.register(), form.since()));
        return view(starts.saveAndFlush(start));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long id, long version) {
        RegisterStart start = starts.findLive(id).orElseThrow();
        coverage.check(start.getUnitId());
        if (start.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(RegisterStart.class, id);
        }
        start.delete(users.require().username(), Instant.now(clock));
        starts.saveAndFlush(start);
    }

    /**
     * For each unit, from when it keeps the register: the start entered for it or the nearest unit above it, else
     * 1 January of the year of the first record of the register in its province (from the sources that keep it);
     * absent when neither. For units already checked against the jurisdiction.
     */
    public Map<Long, LocalDate> applying(Register register, Collection<Long> unitIds) {
        return applying(register, unitIds, provinces -> firstOfProvinces(register, provinces));
    }

    /**
     * The year of the first record of the register in each of the provinces (in their order; null for a province
     * without one): what the start of a unit without one of its own is read from, so a part of a figure kept for the
     * units those provinces cover is reused only while it stays the same (ADR 063).
     */
    public List<Integer> firstYears(Register register, List<Long> provinces) {
        // one look-up per province under its version (a breakdown of the country asks for each of its 34 parts at
        // every figure); computed from its units' first records when the province changed
        return cache.getIn(
                provinces,
                () -> {
                    Map<Long, LocalDate> first = firstOfProvinces(register, provinces);
                    List<Integer> years = new java.util.ArrayList<>(provinces.size());
                    for (Long p : provinces) {
                        LocalDate d = first.get(p);
                        years.add(d == null ? null : d.getYear());
                    }
                    return java.util.Collections.unmodifiableList(years);
                },
                "register.firstYears",
                register,
                provinces);
    }

    /**
     * The first record of the register in each province: the earliest of the first records of the units just beneath
     * it ({@link FigureCache#topsBeneath}: its communes of today, the provinces of before 2025 it took over), each
     * kept like a figure of many units (ADR 063), so a change in one commune reads that commune's first record again,
     * not the province's (a province's first view after a change read them for 60 ms of its 300).
     */
    private Map<Long, LocalDate> firstOfProvinces(Register register, Collection<Long> provinces) {
        Map<Long, List<Long>> tops = cache.topsBeneath(provinces);
        java.util.TreeSet<Long> units = new java.util.TreeSet<>();
        tops.values().forEach(units::addAll);
        Map<Long, LocalDate> byUnit = units.isEmpty()
                ? Map.of()
                : cache.getEach(units, asked -> firstRecords(register, asked), "register.first", register);
        Map<Long, LocalDate> first = new HashMap<>();
        tops.forEach((p, beneath) -> beneath.stream()
                .map(byUnit::get)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .ifPresent(d -> first.put(p, d)));
        return first;
    }

    /** The first record of a register among what each unit covers, from the sources that keep it. */
    private Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        Map<Long, LocalDate> first = new HashMap<>();
        for (MetricSource source : sources) {
            source.firstRecords(register, unitIds)
                    .forEach((id, date) -> first.merge(id, date, (a, b) -> a.isBefore(b) ? a : b));
        }
        return first;
    }

    private Map<Long, LocalDate> applying(
            Register register,
            Collection<Long> unitIds,
            java.util.function.Function<Collection<Long>, Map<Long, LocalDate>> firstRecords) {
        // the starts entered, kept like the figures (a figure of many units reads them at each computation)
        Map<Long, LocalDate> applying = new HashMap<>();
        cache.getEach(unitIds, ids -> queries.explicit(register, ids), "register.explicit", register)
                .forEach((id, since) -> {
                    if (since != null) {
                        applying.put(id, since);
                    }
                });
        List<Long> missing =
                unitIds.stream().filter(id -> !applying.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return applying;
        }
        Map<Long, Set<Long>> provinces = cache.provincesCovering(missing);
        Set<Long> all = new HashSet<>();
        provinces.values().forEach(all::addAll);
        Map<Long, LocalDate> first = all.isEmpty() ? Map.of() : firstRecords.apply(all);
        for (Long id : missing) {
            provinces.getOrDefault(id, Set.of()).stream()
                    .map(first::get)
                    .filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    // the year of the first record counts whole: a province entered that year's records
                    .ifPresent(d -> applying.put(id, d.withDayOfYear(1)));
        }
        return applying;
    }
}
