package vn.pcmt.plans.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetStatus;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.platform.Workbooks;

/**
 * The national dashboard and a province's own (ADR 054): every province of the country (national users) or every
 * commune of a province (those whose jurisdiction covers it) with a chosen metric, a few headline metrics and, when a
 * plan's target is chosen, its value and status for each unit; sorted by any figure on the server; the trend of the
 * unit shown by quarter or month; the table to Excel with a reason, logged. One query per figure, never one per
 * unit (a target of units, such as "each commune", is evaluated unit by unit).
 */
@Service
@Transactional(readOnly = true)
public class Overview {

    /** The metric shown when none is chosen. */
    public static final String DEFAULT_METRIC = "people.addicts";

    /** The headline figures every table shows beside the chosen metric. */
    public static final List<String> HEADLINE =
            List.of("people.addicts", "hotspots.active", "cases.detected", "drugfree.recognised");

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the page asks: everything optional; the unit shown defaults to the country or the user's province. */
    public record Query(
            String unit,
            boolean country,
            String metric,
            Long plan,
            Long target,
            LocalDate date,
            String sort,
            String dir,
            String by) {}

    /** One unit's row: each figure by metric code (null is no data), the target's value and status, its class. */
    public record Row(
            String code,
            String name,
            Map<String, BigDecimal> values,
            BigDecimal targetValue,
            TargetStatus status,
            int shade) {

        public BigDecimal value(String metric) {
            return values.get(metric);
        }
    }

    /** One point of the trend: its label (Q1/2026, 03/2026), its period and its value (null is no data). */
    public record Point(String label, LocalDate from, LocalDate to, BigDecimal value) {}

    /** What the page and the workbook show. */
    public record View(
            boolean country,
            String unitCode,
            String unitName,
            String provinceCode,
            UnitLevel level,
            LocalDate date,
            Metric metric,
            List<Metric> columns,
            Plan plan,
            PlanTarget target,
            List<Plan> plans,
            List<PlanTarget> targets,
            List<Row> rows,
            List<BigDecimal> breaks,
            String sort,
            boolean descending,
            String by,
            List<Point> trend,
            boolean trendOfTarget,
            int withData) {}

    private final Metrics metrics;
    private final PlanService plans;
    private final PlanRepository planRepository;
    private final PlanTargetRepository targetRepository;
    private final TargetEvaluator evaluator;
    private final UnitCoverage coverage;
    private final UnitService units;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    Overview(
            Metrics metrics,
            PlanService plans,
            PlanRepository planRepository,
            PlanTargetRepository targetRepository,
            TargetEvaluator evaluator,
            UnitCoverage coverage,
            UnitService units,
            AccessLog accessLog,
            MessageSource messages,
            Clock clock) {
        this.metrics = metrics;
        this.plans = plans;
        this.planRepository = planRepository;
        this.targetRepository = targetRepository;
        this.evaluator = evaluator;
        this.coverage = coverage;
        this.units = units;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The dashboard for the query: the country's provinces for a national user (by default, or with {@code
     * country}); a province's communes for those whose jurisdiction covers the whole province (their own by
     * default). A commune's or a facility's user is refused: their figures are on their own pages.
     */
    public View view(Query q) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = q.date() == null ? today : q.date();
        Jurisdiction jurisdiction = coverage.current();
        boolean country = q.country()
                || (jurisdiction.isNational() && (q.unit() == null || q.unit().isBlank()));
        AdminUnit shown = null;
        if (country) {
            coverage.checkNational();
        } else {
            if (jurisdiction.isFacility()) {
                throw new OutsideJurisdictionException();
            }
            String code = q.unit() == null || q.unit().isBlank()
                    ? units.provinceCodeOf(jurisdiction, null)
                    : q.unit().strip();
            if (code == null) {
                throw new OutsideJurisdictionException();
            }
            if (UnitLevel.ofCode(code).orElse(null) != UnitLevel.PROVINCE) {
                throw RuleViolationException.onField("unit", "overview.unit.province", code);
            }
            // the whole province, not a commune of it (a commune's user has the commune's own pages)
            shown = coverage.provinceCovered(code);
        }
        UnitLevel level = country ? UnitLevel.PROVINCE : UnitLevel.COMMUNE;
        String parent = shown == null ? null : shown.code();
        String metricCode = q.metric() == null || q.metric().isBlank()
                ? DEFAULT_METRIC
                : q.metric().strip();
        Metric metric = metrics.find(metricCode).orElseThrow(() -> metrics.unknown("metric", metricCode, parent));

        List<Plan> offered = country ? planRepository.findAllLive() : planRepository.findLive(shown.code());
        Plan plan = null;
        PlanTarget target = null;
        List<PlanTarget> targets = List.of();
        if (q.plan() != null) {
            plan = plans.get(q.plan());
            targets = targetRepository.findLive(plan.getId());
            if (q.target() != null) {
                target = plans.target(plan.getId(), q.target());
            }
        }

        List<String> codes = new ArrayList<>();
        codes.add(metricCode);
        HEADLINE.stream()
                .filter(c -> !c.equals(metricCode))
                .filter(c -> metrics.find(c).isPresent())
                .forEach(codes::add);
        List<Metric> columns =
                codes.stream().map(c -> metrics.find(c).orElseThrow()).toList();

        Map<String, Map<String, BigDecimal>> valuesByUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            metrics.valuesBeneath(code, parent, level, date, date.withDayOfYear(1), date)
                    .forEach((u, v) -> {
                        names.putIfAbsent(u.code(), u.name());
                        valuesByUnit
                                .computeIfAbsent(u.code(), k -> new HashMap<>())
                                .put(code, v);
                    });
        }
        Map<String, UnitProgress> progress = new HashMap<>();
        if (target != null) {
            List<UnitProgress> each = country
                    ? evaluator.atLevel(plan, target, null, UnitLevel.PROVINCE, date)
                    : evaluator.atLevel(plan, target, parent, UnitLevel.COMMUNE, date);
            each.forEach(u -> progress.put(u.unitCode(), u));
        }
        List<BigDecimal> breaks = breaks(valuesByUnit.values().stream()
                .map(m -> m.get(metricCode))
                .filter(Objects::nonNull)
                .toList());
        List<Row> rows = new ArrayList<>();
        valuesByUnit.forEach((code, values) -> {
            UnitProgress p = progress.get(code);
            rows.add(new Row(
                    code,
                    names.get(code),
                    values,
                    p == null ? null : p.value(),
                    p == null ? null : p.status(),
                    shade(values.get(metricCode), breaks)));
        });
        String sort = q.sort() == null ? "" : q.sort().strip();
        boolean descending = "desc".equalsIgnoreCase(q.dir());
        sort(rows, sort, descending, codes);
        int withData =
                (int) rows.stream().filter(r -> r.value(metricCode) != null).count();

        String by = "month".equals(q.by()) ? "month" : "quarter";
        boolean trendOfTarget = target != null && !country;
        List<Point> trend = trend(metricCode, parent, plan, target, trendOfTarget, by, date, today);
        return new View(
                country,
                parent,
                shown == null ? null : shown.fullName(),
                shown == null ? null : shown.code(),
                level,
                date,
                metric,
                columns,
                plan,
                target,
                offered,
                targets,
                rows,
                breaks,
                sort,
                descending,
                by,
                trend,
                trendOfTarget,
                withData);
    }

    /**
     * Sorted on the server by the unit's name, the target's value or status, or any figure shown; units without a
     * value come last either way ("no data" is not the smallest value). With no sort, the official list's order.
     */
    private static void sort(List<Row> rows, String sort, boolean descending, List<String> codes) {
        Comparator<Row> order;
        if (sort.equals("name")) {
            Comparator<String> names = java.text.Collator.getInstance(Locale.forLanguageTag("vi"))::compare;
            order = Comparator.comparing(Row::name, descending ? names.reversed() : names);
        } else if (sort.equals("target")) {
            order = nullsLast(Row::targetValue, descending);
        } else if (sort.equals("status")) {
            Comparator<TargetStatus> statuses = Comparator.naturalOrder();
            order = Comparator.comparing(
                    Row::status, Comparator.nullsLast(descending ? statuses.reversed() : statuses));
        } else if (codes.contains(sort)) {
            order = nullsLast(r -> r.value(sort), descending);
        } else {
            return;
        }
        rows.sort(order);
    }

    private static Comparator<Row> nullsLast(java.util.function.Function<Row, BigDecimal> key, boolean descending) {
        Comparator<BigDecimal> natural = Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(descending ? natural.reversed() : natural));
    }

    /**
     * Up to four breaks splitting the values into five classes of about as many units each (quantiles of the
     * distinct values), for the map's shades; none without values.
     */
    static List<BigDecimal> breaks(List<BigDecimal> values) {
        TreeSet<BigDecimal> distinct = new TreeSet<>(values);
        List<BigDecimal> sorted = new ArrayList<>(distinct);
        List<BigDecimal> breaks = new ArrayList<>();
        if (sorted.size() <= 1) {
            return breaks;
        }
        int classes = Math.min(5, sorted.size());
        for (int i = 1; i < classes; i++) {
            BigDecimal b = sorted.get(i * sorted.size() / classes);
            if (breaks.isEmpty() || b.compareTo(breaks.get(breaks.size() - 1)) > 0) {
                breaks.add(b);
            }
        }
        return breaks;
    }

    /** The class of a value: 0 is no data, 1 the lowest to 5 the highest (1 when all values are equal). */
    static int shade(BigDecimal value, List<BigDecimal> breaks) {
        if (value == null) {
            return 0;
        }
        int shade = 1;
        for (BigDecimal b : breaks) {
            if (value.compareTo(b) >= 0) {
                shade++;
            }
        }
        int classes = breaks.size() + 1;
        // spread fewer classes over the five shades
        return classes == 1 ? 1 : 1 + (shade - 1) * 4 / (classes - 1);
    }

    /**
     * The unit's figure by quarter (the last eight) or month (the last twelve) up to the date: the metric over each
     * period (a stock on its last day); with a target chosen for a province, the target's value as its page computes
     * it on each period's last day (so the threshold line applies). For the country, the sum over the provinces with
     * a figure (none with a figure is no data).
     */
    private List<Point> trend(
            String metricCode,
            String unit,
            Plan plan,
            PlanTarget target,
            boolean ofTarget,
            String by,
            LocalDate date,
            LocalDate today) {
        List<Point> points = new ArrayList<>();
        boolean quarters = by.equals("quarter");
        int count = quarters ? 8 : 12;
        LocalDate periodStart = quarters
                ? LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1)
                : date.withDayOfMonth(1);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate from = quarters ? periodStart.minusMonths(3L * i) : periodStart.minusMonths(i);
            LocalDate end = (quarters ? from.plusMonths(3) : from.plusMonths(1)).minusDays(1);
            LocalDate to = end.isAfter(date) ? date : end;
            String label = quarters
                    ? "Q" + ((from.getMonthValue() - 1) / 3 + 1) + "/" + from.getYear()
                    : String.format("%02d/%d", from.getMonthValue(), from.getYear());
            BigDecimal value;
            if (ofTarget) {
                value = evaluator.evaluate(plan, target, unit, to, today).value();
            } else if (unit != null) {
                value = metrics.value(metricCode, unit, from, to).value();
            } else {
                value = null;
                for (BigDecimal v : metrics.valuesBeneath(metricCode, null, UnitLevel.PROVINCE, to, from, to)
                        .values()) {
                    if (v != null) {
                        value = value == null ? v : value.add(v);
                    }
                }
            }
            points.add(new Point(label, from, to, value));
        }
        return points;
    }

    /** The table as shown, to Excel: refused without a reason of five characters or more; logged as an export. */
    public byte[] export(Query q, String reason, Locale locale) throws IOException {
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException("export.reason.required");
        }
        View view = view(q);
        String place = view.country() ? label("overview.country", locale) : view.unitName();
        accessLog.record(
                AccessEventKind.EXPORT,
                "Overview",
                null,
                (view.country() ? "country" : view.unitCode()) + " " + view.date() + " "
                        + view.metric().code()
                        + (view.target() == null
                                ? ""
                                : " target=" + view.target().getCode())
                        + "; rows=" + view.rows().size() + "; reason=" + reason.strip());
        List<String> headers = new ArrayList<>();
        headers.add(label("export.col.no", locale));
        headers.add(label("overview.col.code", locale));
        headers.add(label(view.country() ? "overview.col.province" : "overview.col.commune", locale));
        view.columns().forEach(m -> headers.add(m.name() + " (" + m.unit() + ")"));
        if (view.target() != null) {
            headers.add(view.target().getCode() + " " + label("overview.col.targetValue", locale));
            headers.add(label("overview.col.status", locale));
        }
        String none = label("overview.noData", locale);
        List<List<String>> values = new ArrayList<>();
        for (Row r : view.rows()) {
            List<String> line = new ArrayList<>();
            line.add(String.valueOf(values.size() + 1));
            line.add(r.code());
            line.add(r.name());
            view.columns().forEach(m -> line.add(plain(r.value(m.code()), none)));
            if (view.target() != null) {
                line.add(plain(r.targetValue(), none));
                line.add(r.status() == null ? "" : label("plan.status." + r.status(), locale));
            }
            values.add(line);
        }
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        return Workbooks.write(
                label("overview.sheet", locale),
                messages.getMessage(
                        "overview.export.heading",
                        new Object[] {
                            place,
                            view.date().format(DMY),
                            user,
                            LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                            reason.strip()
                        },
                        locale),
                headers,
                values);
    }

    private static String plain(BigDecimal value, String none) {
        return value == null ? none : value.stripTrailingZeros().toPlainString();
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
