package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.platform.FigureCache;
import vn.pcmt.platform.RuleViolationException;

/**
 * The catalogue and its evaluation. Values are computed from the registers at each call, so they are never stale
 * after a change.
 */
@Service
public class Metrics {

    /** Each metric as its source declares it, and the source that computes it, by code (first source wins). */
    private final Map<String, Metric> declared = new LinkedHashMap<>();

    private final Map<String, MetricSource> sourceByCode = new LinkedHashMap<>();
    private final RegisterStarts registerStarts;
    private final MessageSource messages;
    private final ManualFigures manual;
    private final UnitCoverage coverage;
    private final UnitService units;
    private final FigureCache cache;

    Metrics(
            List<MetricSource> sources,
            MessageSource messages,
            ManualFigures manual,
            UnitCoverage coverage,
            UnitService units,
            FigureCache cache,
            RegisterStarts registerStarts) {
        this.cache = cache;
        this.registerStarts = registerStarts;
        this.messages = messages;
        this.manual = manual;
        this.coverage = coverage;
        this.units = units;
        for (MetricSource source : sources) {
            for (Metric metric : source.metrics()) {
                declared.putIfAbsent(metric.code(), metric);
                sourceByCode.putIfAbsent(metric.code(), source);
            }
        }
    }

    /**
     * Every metric, by code, named in the user's language, with the manual figures the province defined (the
     * caller's province when {@code provinceCode} is null; none for a national caller).
     */
    public List<Metric> catalogue(String provinceCode) {
        List<Metric> all = new ArrayList<>();
        declared.values().forEach(m -> all.add(named(m)));
        String province = provinceCode != null ? provinceCode : manual.callerProvince();
        if (province != null) {
            manual.definitions(province).forEach(m -> all.add(ofManual(m)));
        }
        all.sort(Comparator.comparing(Metric::code));
        return all;
    }

    /**
     * The refusal of a code the catalogue lacks: a problem naming the field and listing the codes accepted (the
     * registers' metrics and the manual figures of the province, the caller's when {@code provinceCode} is null).
     */
    public RuleViolationException unknown(String field, String code, String provinceCode) {
        List<String> accepted =
                catalogue(provinceCode).stream().map(Metric::code).toList();
        return new RuleViolationException(
                java.util.Map.of("field", field, "accepted", accepted), "metric.unknown", code);
    }

    public Optional<Metric> find(String code) {
        return Optional.ofNullable(declared.get(code))
                .map(this::named)
                .or(() -> Optional.ofNullable(manualMetric(code)));
    }

    /**
     * A manual metric's definition, kept under the version of everything but the provinces (definitions raise
     * {@code register_version}): a dashboard asks for it at every figure of a target that reads it.
     */
    private Metric manualMetric(String code) {
        return cache.getIn(
                List.of(), () -> manual.find(code).map(Metrics::ofManual).orElse(null), "metric.manual", code);
    }

    /**
     * Where a metric's figure for a unit over a period comes from: {@link FigureSource#REGISTER} for a metric a
     * register's source counts, {@link FigureSource#MANUAL} for a manual one. This is the one place that decides it:
     * when a manual figure can stand in for a register metric before the register's start, a period reaching back
     * before the unit's start is {@link FigureSource#MIXED} here: a register metric whose value for the unit over
     * the period is made (wholly or in part) of manual figures standing in for the register ({@link
     * MetricValue#manual}, ADR 035). The value is the one the target reads (kept in the figure cache), so this costs
     * no query more; without a unit (the whole country) or with an empty period it is the register's.
     */
    public FigureSource source(String code, String unitCode, LocalDate from, LocalDate to) {
        if (!sourceByCode.containsKey(code)) {
            return FigureSource.MANUAL;
        }
        if (unitCode == null || from.isAfter(to) || Register.of(code).isEmpty()) {
            return FigureSource.REGISTER;
        }
        return value(code, unitCode, from, to).manual() ? FigureSource.MIXED : FigureSource.REGISTER;
    }

    private static Metric ofManual(ManualMetric m) {
        return new Metric(m.getCode(), m.getName(), m.getDefinition(), m.getKind(), m.getUnit(), "manual");
    }

    private Metric named(Metric m) {
        var locale = LocaleContextHolder.getLocale();
        return m.named(
                messages.getMessage("metric." + m.code(), null, m.code(), locale),
                messages.getMessage("metric." + m.code() + ".def", null, "", locale));
    }

    /** A stock on the date, or a flow from 1 January of the date's year to the date. */
    public MetricValue value(String code, String unitCode, LocalDate date) {
        return value(code, unitCode, date.withDayOfYear(1), date);
    }

    /**
     * The metric for a unit the caller may see, kept until the registers change (the same figure serves every
     * user allowed to see the unit).
     */
    public MetricValue value(String code, String unitCode, LocalDate from, LocalDate to) {
        Metric metric = checked(code, from, to);
        LocalDate start = metric.kind() == MetricKind.STOCK ? to : from;
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        One one = cache.getIn(
                unit.id(),
                () -> {
                    Figures figures = valuesOf(code, metric, List.of(unit), start, to);
                    return new One(
                            figures.values().get(unit.id()), figures.manual().contains(unit.id()));
                },
                "metric",
                code,
                unit.id(),
                start,
                to);
        return new MetricValue(code, unitCode, start, to, one.value(), one.manual());
    }

    /** A unit's figure, and whether manual figures stand in for its register in it. */
    private record One(BigDecimal value, boolean manual) {}

    /**
     * Values by unit id, and the units whose value is made (wholly or in part) of manual figures standing in for the
     * register before they kept it (ADR 035).
     */
    private record Figures(Map<Long, BigDecimal> values, Set<Long> manual) {

        static Figures of(Map<Long, BigDecimal> values) {
            return new Figures(values, Set.of());
        }
    }

    /**
     * The metric over a period for each unit of a level beneath a unit the caller may see (each commune, or each
     * district, in force on {@code unitsOn}, beneath the province or district that had the code on that date, or
     * the commune with that code today; a commune over an earlier period counts its predecessors), in the
     * order of the units; a value is null where there is none. With no unit, the whole country (for national
     * users only). One query per figure, never one per unit.
     */
    public Map<AdminUnit, BigDecimal> valuesBeneath(
            String code, String unitCode, UnitLevel level, LocalDate unitsOn, LocalDate from, LocalDate to) {
        Metric metric = checked(code, from, to);
        LocalDate start = metric.kind() == MetricKind.STOCK ? to : from;
        AdminUnit parent;
        if (unitCode == null) {
            coverage.checkNational();
            parent = null;
        } else {
            // a province (or district) as it was on the date: Ninh Bình's 8 districts of 2022, not those of the
            // province
            // that took its code in 2025; a commune as today, with its predecessors (ADR 026)
            parent = UnitLevel.ofCode(unitCode).orElse(UnitLevel.COMMUNE) == UnitLevel.COMMUNE
                    ? coverage.visibleUnit(unitCode, unitsOn)
                    : coverage.visibleUnitOn(unitCode, unitsOn);
        }
        // the whole answer kept as one entry (a single look-up when nothing changed beneath); when it is not, its
        // parts are (ADR 061): the provinces a change left alone are looked up, the others computed
        return cache.getIn(
                parent == null ? null : List.of(parent.id()),
                () -> {
                    List<AdminUnit> beneath = unitsBeneath(parent, level, unitsOn);
                    Map<Long, BigDecimal> byId = each(code, metric, beneath, start, to);
                    Map<AdminUnit, BigDecimal> values = new LinkedHashMap<>(beneath.size() * 2);
                    beneath.forEach(u -> values.put(u, byId.get(u.id())));
                    return Collections.unmodifiableMap(values);
                },
                "metric.beneath",
                code,
                parent == null ? "country" : parent.id(),
                level,
                unitsOn,
                start,
                to);
    }

    /**
     * The metric over a period for each of the given units (a group of communes), each checked against the caller's
     * jurisdiction, in the order given; a value is null where there is none. One query per figure.
     */
    public Map<AdminUnit, BigDecimal> valuesFor(String code, List<AdminUnit> list, LocalDate from, LocalDate to) {
        Metric metric = checked(code, from, to);
        LocalDate start = metric.kind() == MetricKind.STOCK ? to : from;
        list.forEach(u -> coverage.check(u.id()));
        Map<Long, BigDecimal> byId = each(code, metric, list, start, to);
        Map<AdminUnit, BigDecimal> values = new LinkedHashMap<>(list.size() * 2);
        list.forEach(u -> values.put(u, byId.get(u.id())));
        return values;
    }

    /**
     * The metric for each of the units, kept per part of them that the same provinces cover ({@link
     * FigureCache#getEach}): the parts a change left alone are looked up, the others computed together in one query
     * per figure.
     */
    private Map<Long, BigDecimal> each(
            String code, Metric metric, List<AdminUnit> list, LocalDate start, LocalDate to) {
        List<Long> ids = new ArrayList<>(list.size());
        list.forEach(u -> ids.add(u.id()));
        // a register's figure of a unit also depends on its province's first record (the start of a unit without one
        // of its own, by year): kept in the key of each part, so a part is reused only while it stays (ADR 063)
        var register = sourceByCode.containsKey(code) ? Register.of(code) : Optional.<Register>empty();
        return cache.getEach(
                ids,
                register.<java.util.function.Function<List<Long>, Object>>map(
                                r -> provinces -> registerStarts.firstYears(r, provinces))
                        .orElse(null),
                asked -> {
                    // the units of those asked (after a change, a few of the country's 3,321)
                    Set<Long> wanted = new HashSet<>(asked);
                    List<AdminUnit> units = new ArrayList<>(asked.size());
                    list.forEach(u -> {
                        if (wanted.contains(u.id())) {
                            units.add(u);
                        }
                    });
                    return valuesOf(code, metric, units, start, to).values();
                },
                "metric",
                code,
                start,
                to);
    }

    /**
     * The units of a level beneath a unit (the country when null) in force on a date; kept like the figures, as every
     * target of a plan asks for the same list (the country's 3,321 communes take ~20 ms to read).
     */
    private List<AdminUnit> unitsBeneath(AdminUnit parent, UnitLevel level, LocalDate on) {
        return cache.getIn(
                List.of(), // the units alone: only the version of everything else
                () -> List.copyOf(parent == null ? units.allOn(level, on) : units.coveredOn(parent, level, on)),
                "units.beneath",
                parent == null ? "country" : parent.id(),
                level,
                on);
    }

    /**
     * The metric for units already checked against the jurisdiction, from its source or the manual figures; a
     * register's figure is no data (null) for a unit that did not keep the register from {@code start} (a flow's first
     * day, a stock's date): see {@link RegisterStarts}, unless manual figures stand in for it there ({@link
     * #standIns}).
     */
    private Figures valuesOf(String code, Metric metric, List<AdminUnit> units, LocalDate start, LocalDate to) {
        MetricSource source = sourceByCode.get(code);
        if (source == null) {
            return Figures.of(manual.values(
                    code, metric.kind(), units.stream().map(AdminUnit::id).toList(), start, to));
        }
        Map<Long, BigDecimal> values = source.values(code, units, start, to);
        var register = Register.of(code);
        if (register.isEmpty() || units.isEmpty()) {
            return Figures.of(values);
        }
        Map<Long, LocalDate> since = registerStarts.applying(
                register.get(), units.stream().map(AdminUnit::id).toList());
        Map<Long, BigDecimal> kept = new HashMap<>(values);
        List<AdminUnit> before = new ArrayList<>();
        for (AdminUnit unit : units) {
            LocalDate from = since.get(unit.id());
            if (from == null || from.isAfter(start)) {
                kept.put(unit.id(), null);
                before.add(unit);
            }
        }
        Set<Long> byHand = new HashSet<>();
        standIns(code, metric, before, start, to, kept, byHand);
        return new Figures(kept, byHand);
    }

    /**
     * Where a register's figure is no data for a unit (before it kept the register), the accepted manual figures
     * entered against the register's metric stand in for it (ADR 035): the figure entered for the unit itself (a
     * province's typed figure for the year), else the sum over what it was made of then ({@link #partsOf}), each part
     * its register's figure where it kept the register and its figures by hand where it did not, when every part has
     * one; otherwise the unit stays no data (a partial sum would make "no data" look like "met"). Nothing is read beyond one query when no manual figure stands in beneath any of the units.
     */
    private void standIns(
            String code,
            Metric metric,
            List<AdminUnit> before,
            LocalDate start,
            LocalDate to,
            Map<Long, BigDecimal> kept,
            Set<Long> byHand) {
        if (before.isEmpty()) {
            return;
        }
        Map<Long, BigDecimal> beneath = manual.values(
                code, metric.kind(), before.stream().map(AdminUnit::id).toList(), start, to);
        if (beneath.isEmpty()) {
            return;
        }
        Map<Long, BigDecimal> own = manual.ownValues(code, metric.kind(), List.copyOf(beneath.keySet()), start, to);
        for (AdminUnit unit : before) {
            if (!beneath.containsKey(unit.id())) {
                continue;
            }
            BigDecimal figure = own.get(unit.id());
            if (figure != null) {
                kept.put(unit.id(), figure);
                byHand.add(unit.id());
                continue;
            }
            List<AdminUnit> parts = partsOf(unit, to);
            if (parts.isEmpty()) {
                continue;
            }
            Figures figures = valuesOf(code, metric, parts, start, to);
            if (parts.stream().anyMatch(p -> figures.values().get(p.id()) == null)) {
                continue;
            }
            kept.put(
                    unit.id(),
                    parts.stream().map(p -> figures.values().get(p.id())).reduce(BigDecimal.ZERO, BigDecimal::add));
            byHand.add(unit.id());
        }
    }

    /**
     * What a unit was made of on a date, for summing figures standing in for a register: the units of its level then
     * in force that it covers today (the two provinces of 2024 a province of 2025 took over, a commune's former
     * communes), else, when it was itself in force, its districts (before 1/7/2025) or communes of then; none for a
     * commune in force.
     */
    private List<AdminUnit> partsOf(AdminUnit unit, LocalDate on) {
        List<AdminUnit> same = unitsBeneath(unit, unit.level(), on);
        if (same.stream().noneMatch(u -> u.id() == unit.id())) {
            return same;
        }
        if (unit.level() == UnitLevel.PROVINCE) {
            List<AdminUnit> districts = unitsBeneath(unit, UnitLevel.DISTRICT, on);
            if (!districts.isEmpty()) {
                return districts;
            }
        }
        return unit.level() == UnitLevel.COMMUNE ? List.of() : unitsBeneath(unit, UnitLevel.COMMUNE, on);
    }

    /**
     * The province's manual figure standing in for a register metric before its units kept the register (ADR 035),
     * created when the province has none: figures of it are entered per unit and period like any manual figure, and
     * only for periods before the start that applies to the unit. A code that is not a register's metric is refused
     * with the codes accepted.
     */
    public ManualMetric standIn(String provinceCode, String code) {
        String wanted = code == null ? "" : code.strip();
        Metric metric = Register.of(wanted)
                .map(r -> declared.get(wanted))
                .map(this::named)
                .orElseThrow(() -> new RuleViolationException(
                        Map.of(
                                "field",
                                "code",
                                "accepted",
                                registerMetrics().stream().map(Metric::code).toList()),
                        "figure.standIn.unknown",
                        wanted));
        String definition = messages.getMessage(
                "figure.standIn.definition", new Object[] {metric.name()}, "", LocaleContextHolder.getLocale());
        return manual.ensureStandIn(provinceCode, metric, definition);
    }

    /** The metrics of the registers (those manual figures may stand in for), by code, named. */
    public List<Metric> registerMetrics() {
        return declared.values().stream()
                .filter(m -> Register.of(m.code()).isPresent())
                .map(this::named)
                .sorted(Comparator.comparing(Metric::code))
                .toList();
    }

    private Metric checked(String code, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        Metric metric = declared.get(code);
        return metric != null ? metric : find(code).orElseThrow(() -> unknown("code", code, null));
    }

    /** The value at the end of each year of the range (a stock) or over each year (a flow), for trends. */
    public Map<Integer, BigDecimal> yearly(String code, String unitCode, int fromYear, int toYear, LocalDate today) {
        Map<Integer, BigDecimal> series = new LinkedHashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            if (LocalDate.of(year, 1, 1).isAfter(today)) {
                break;
            }
            LocalDate to = end.isAfter(today) ? today : end;
            series.put(year, value(code, unitCode, LocalDate.of(year, 1, 1), to).value());
        }
        return series;
    }
}
