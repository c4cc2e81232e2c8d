package vn.pcmt.plans.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.TargetStatus;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanWorkbook;
import vn.pcmt.plans.internal.UnitProgress;
import vn.pcmt.platform.ReadsFigures;

/**
 * The plan dashboard: every target's status for a unit on a date with its trend chart, the drill-down of a target
 * from the province to its communes and on to the records behind the figure, and the same tables as Excel.
 */
@Controller
@ReadsFigures
class PlanDashboardController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanService plans;
    private final PlanWorkbook workbook;
    private final Metrics metrics;
    private final ManualFigures manual;
    private final UnitCoverage coverage;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final Clock clock;

    PlanDashboardController(
            PlanService plans,
            PlanWorkbook workbook,
            Metrics metrics,
            ManualFigures manual,
            UnitCoverage coverage,
            ObjectMapper json,
            MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.plans = plans;
        this.workbook = workbook;
        this.metrics = metrics;
        this.manual = manual;
        this.coverage = coverage;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/dashboard")
    String dashboard(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date,
            Model model) {
        Plan plan = plans.get(id);
        LocalDate on = date == null ? plans.defaultDate(plan) : date;
        String code = plans.unitFor(plan, unit);
        AdminUnit shown = coverage.visibleUnit(code, on);
        List<TargetProgress> progress = plans.progress(id, code, on);
        Map<TargetStatus, Long> byStatus = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            byStatus.put(s, progress.stream().filter(p -> p.status() == s).count());
        }
        Map<Long, String> charts = new LinkedHashMap<>();
        for (TargetProgress p : progress) {
            Map<String, Object> trend = trendOf(plan, p, code, on, false);
            if (trend != null) {
                charts.put(p.targetId(), json.writeValueAsString(trend));
            }
        }
        model.addAttribute("plan", plan);
        model.addAttribute("unit", code);
        model.addAttribute("unitName", shown.fullName());
        model.addAttribute("parent", parentOf(plan, shown));
        model.addAttribute("date", on);
        model.addAttribute("progress", progress);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("charts", charts);
        model.addAttribute("statusChart", json.writeValueAsString(statusChart(byStatus)));
        return "plans/dashboard";
    }

    /** How a target's units can be sorted: failing first (the default), by name, by value up or down. */
    static final List<String> SORTS = List.of("status", "name", "value", "value-desc");

    /** Failing first: missed, at risk, no data, on track, met. */
    private static final List<TargetStatus> FAILING_FIRST = List.of(
            TargetStatus.MISSED, TargetStatus.AT_RISK, TargetStatus.NO_DATA, TargetStatus.ON_TRACK, TargetStatus.MET);

    @GetMapping("/plans/{id}/targets/{targetId}")
    String target(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) List<TargetStatus> status,
            @RequestParam(required = false) String q,
            Model model) {
        Plan plan = plans.get(id);
        LocalDate on = date == null ? plans.defaultDate(plan) : date;
        String code = plans.unitFor(plan, unit);
        AdminUnit shown = coverage.visibleUnit(code, on);
        PlanTarget target = plans.target(id, targetId);
        TargetProgress progress = plans.progress(id, targetId, code, on);
        List<UnitProgress> all = plans.breakdown(id, targetId, code, on);
        String order = sort != null && SORTS.contains(sort) ? sort : "status";
        List<TargetStatus> statuses = status == null ? List.of() : status;
        String typed = q == null ? "" : q.strip();
        List<UnitProgress> units = sorted(filtered(all, statuses, typed), order);
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : FAILING_FIRST) {
            counts.put(s, all.stream().filter(u -> u.status() == s).count());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("target", target);
        model.addAttribute("p", progress);
        model.addAttribute("unit", code);
        model.addAttribute("unitName", shown.fullName());
        model.addAttribute("date", on);
        model.addAttribute("units", units);
        model.addAttribute("unitsTotal", all.size());
        model.addAttribute("unitCounts", counts);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", SORTS);
        model.addAttribute("statuses", statuses);
        model.addAttribute("q", typed);
        model.addAttribute("metric", metrics.find(target.getMetricCode()).orElse(null));
        model.addAttribute("records", recordsOf(target.getMetricCode(), shown, progress.from(), progress.to()));
        Map<String, String> unitRecords = new LinkedHashMap<>();
        units.forEach(u -> unitRecords.put(
                u.unitCode(), recordsOf(target.getMetricCode(), u.unitCode(), true, progress.from(), progress.to())));
        model.addAttribute("unitRecords", unitRecords);
        if (!units.isEmpty() && units.size() <= 200) {
            model.addAttribute("unitsChart", json.writeValueAsString(unitsChart(progress, units)));
        }
        model.addAttribute(
                "trendMonthly", !plan.getPeriodTo().isAfter(plan.getPeriodFrom().plusMonths(24)));
        Map<String, Object> trend = trendOf(plan, progress, code, on, true);
        if (trend != null) {
            model.addAttribute("trendChart", json.writeValueAsString(trend));
        }
        return "plans/target";
    }

    private static List<UnitProgress> filtered(List<UnitProgress> units, List<TargetStatus> statuses, String typed) {
        String folded = vn.pcmt.text.VietnameseText.fold(typed);
        return units.stream()
                .filter(u -> statuses.isEmpty() || statuses.contains(u.status()))
                .filter(u -> folded == null
                        || folded.isBlank()
                        || vn.pcmt.text.VietnameseText.fold(u.unitName()).contains(folded)
                        || u.unitCode().startsWith(typed))
                .toList();
    }

    private static List<UnitProgress> sorted(List<UnitProgress> units, String order) {
        java.util.Comparator<UnitProgress> byName = vn.pcmt.text.VietnameseText.comparing(UnitProgress::unitName);
        java.util.Comparator<UnitProgress> byValue = java.util.Comparator.comparing(
                UnitProgress::value, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        java.util.Comparator<UnitProgress> comparator =
                switch (order) {
                    case "name" -> byName;
                    case "value" -> byValue.thenComparing(byName);
                    case "value-desc" -> java.util.Comparator.comparing(
                                    UnitProgress::value,
                                    java.util.Comparator.nullsLast(java.util.Comparator.<BigDecimal>naturalOrder()
                                            .reversed()))
                            .thenComparing(byName);
                    default -> java.util.Comparator.<UnitProgress>comparingInt(u -> FAILING_FIRST.indexOf(u.status()))
                            .thenComparing(byName);
                };
        return units.stream().sorted(comparator).toList();
    }

    @GetMapping("/plans/{id}/progress.xlsx")
    ResponseEntity<byte[]> progressWorkbook(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date) {
        Plan plan = plans.get(id);
        LocalDate on = date == null ? plans.defaultDate(plan) : date;
        String code = plans.unitFor(plan, unit);
        AdminUnit shown = coverage.visibleUnit(code, on);
        byte[] body = workbook.progress(
                plan, shown.fullName(), on, plans.progress(id, code, on), LocaleContextHolder.getLocale());
        return attachment(body, "tien-do-" + id + "-" + code + ".xlsx");
    }

    @GetMapping("/plans/{id}/targets/{targetId}/units.xlsx")
    ResponseEntity<byte[]> unitsWorkbook(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date) {
        Plan plan = plans.get(id);
        LocalDate on = date == null ? plans.defaultDate(plan) : date;
        String code = plans.unitFor(plan, unit);
        AdminUnit shown = coverage.visibleUnit(code, on);
        PlanTarget target = plans.target(id, targetId);
        byte[] body = workbook.breakdown(
                plan,
                target,
                shown.fullName(),
                on,
                plans.breakdown(id, targetId, code, on),
                LocaleContextHolder.getLocale());
        return attachment(body, "chi-tieu-" + target.getCode() + "-" + code + ".xlsx");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    /** The province above a commune shown, to go back up the drill-down; null at the province. */
    private static String parentOf(Plan plan, AdminUnit shown) {
        return shown.level() == UnitLevel.PROVINCE ? null : plan.getProvinceCode();
    }

    private String recordsOf(String metricCode, AdminUnit unit, LocalDate from, LocalDate to) {
        return recordsOf(metricCode, unit.code(), unit.level() == UnitLevel.COMMUNE, from, to);
    }

    /**
     * The register page that lists what a figure counts, filtered by the unit (within the viewer's jurisdiction
     * there) and the period the figure is computed over ({@code from}–{@code to}; the registers that list a state on
     * a day take {@code to}).
     */
    private String recordsOf(String metricCode, String unitCode, boolean commune, LocalDate from, LocalDate to) {
        String end = to.format(DMY);
        String period = "&from=" + from.format(DMY) + "&to=" + end;
        String module = metricCode.substring(0, metricCode.indexOf('.'));
        return switch (module) {
            case "people" -> commune
                    ? "/people?commune=" + unitCode + "&date=" + end
                    : "/people/stats?unit=" + unitCode + "&date=" + end;
            case "hotspots" -> "/hotspots?unit=" + unitCode + "&from=" + from.format(DMY) + "&date=" + end;
            case "cases" -> "/cases?unit=" + unitCode + period;
            case "cultivation" -> "/cultivation?unit=" + unitCode + period;
            case "outreach" -> "/outreach?unit=" + unitCode + period;
            case "legalaid" -> "/legal-aid?unit=" + unitCode + period;
            case "substitution" -> "/substitution?unit=" + unitCode + period;
            case "businesses" -> "/businesses?unit=" + unitCode;
            case "facilities" -> "/facilities?unit=" + unitCode + "&on=" + end;
            case "key_localities" -> "/localities?unit=" + unitCode;
            case "drugfree", "units" -> "/drug-free";
            case "manual" -> manual.find(metricCode)
                    .map(m -> "/figures/" + m.getId())
                    .orElse(null);
            default -> null;
        };
    }

    /**
     * A target's trend chart: by month on a target's page and by quarter on the dashboard where the figures come from
     * the registers (which count any period), else by year; null when no point has a value (ADR 050).
     */
    private Map<String, Object> trendOf(Plan plan, TargetProgress p, String unit, LocalDate on, boolean monthly) {
        if (p.source() == vn.pcmt.metrics.FigureSource.REGISTER) {
            int months =
                    monthly && !plan.getPeriodTo().isAfter(plan.getPeriodFrom().plusMonths(24)) ? 1 : 3;
            List<vn.pcmt.plans.internal.SeriesPoint> points =
                    plans.series(plan.getId(), p.targetId(), unit, on, months);
            if (points.stream().anyMatch(x -> x.value() != null)) {
                List<String> labels = new ArrayList<>();
                List<BigDecimal> values = new ArrayList<>();
                for (var x : points) {
                    labels.add(pointLabel(x));
                    values.add(x.value());
                }
                return trendChart(p, labels, values);
            }
        }
        if (!hasTrend(p)) {
            return null;
        }
        List<String> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        p.trend().forEach((year, value) -> {
            years.add(String.valueOf(year));
            values.add(value);
        });
        return trendChart(p, years, values);
    }

    private String pointLabel(vn.pcmt.plans.internal.SeriesPoint x) {
        LocalDate end = x.end();
        if (x.months() == 3) {
            return messages.getMessage(
                    "plan.trend.quarter",
                    new Object[] {(end.getMonthValue() - 1) / 3 + 1, String.valueOf(end.getYear())},
                    LocaleContextHolder.getLocale());
        }
        return end.format(DateTimeFormatter.ofPattern("MM/yyyy"));
    }

    private static boolean hasTrend(TargetProgress p) {
        return p.trend().values().stream().anyMatch(java.util.Objects::nonNull);
    }

    /**
     * An ECharts option: the target's values (by month, quarter or year) as a line, the threshold as a dashed line;
     * the axis spans both so that the threshold is always in sight.
     */
    private static Map<String, Object> trendChart(TargetProgress p, List<String> years, List<BigDecimal> values) {
        BigDecimal low = p.threshold();
        BigDecimal high = p.threshold();
        for (BigDecimal v : values) {
            if (v != null) {
                low = low.min(v);
                high = high.max(v);
            }
        }
        BigDecimal pad = high.subtract(low).max(BigDecimal.ONE).multiply(new BigDecimal("0.15"));
        Map<String, Object> markLine = Map.of(
                "symbol", "none",
                "lineStyle", Map.of("type", "dashed", "color", "#b02a37"),
                "label",
                        Map.of(
                                "formatter",
                                p.comparison().symbol() + " "
                                        + p.threshold().stripTrailingZeros().toPlainString()),
                "data", List.of(Map.of("yAxis", p.threshold())));
        return Map.of(
                "animation", false,
                "grid", Map.of("left", 40, "right", 56, "top", 16, "bottom", 24),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", years),
                "yAxis",
                        Map.of(
                                "type",
                                "value",
                                "min",
                                axisEnd(low.subtract(pad), java.math.RoundingMode.FLOOR, low.signum() >= 0),
                                "max",
                                axisEnd(high.add(pad), java.math.RoundingMode.CEILING, false)),
                "series",
                        List.of(Map.of(
                                "type",
                                "line",
                                "showSymbol",
                                true,
                                "name",
                                p.code(),
                                "data",
                                values,
                                "connectNulls",
                                false,
                                "color",
                                "#7a1f1f",
                                "markLine",
                                markLine)));
    }

    /** An end of the value axis, rounded to a whole number (never below zero for a figure that cannot be). */
    private static BigDecimal axisEnd(BigDecimal value, java.math.RoundingMode rounding, boolean notNegative) {
        BigDecimal end = value.setScale(0, rounding);
        return notNegative && end.signum() < 0 ? BigDecimal.ZERO : end;
    }

    /** An ECharts option: how many targets are in each status, as a ring. */
    private Map<String, Object> statusChart(Map<TargetStatus, Long> byStatus) {
        Map<TargetStatus, String> colours = Map.of(
                TargetStatus.MET, "#198754",
                TargetStatus.ON_TRACK, "#0dcaf0",
                TargetStatus.AT_RISK, "#ffc107",
                TargetStatus.MISSED, "#dc3545",
                TargetStatus.NO_DATA, "#ced4da");
        List<Map<String, Object>> data = new ArrayList<>();
        byStatus.forEach((status, count) -> {
            if (count > 0) {
                data.add(Map.of(
                        "name", label("plan.status." + status),
                        "value", count,
                        "itemStyle", Map.of("color", colours.get(status))));
            }
        });
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series",
                        List.of(Map.of(
                                "type",
                                "pie",
                                "radius",
                                List.of("45%", "75%"),
                                "label",
                                Map.of("formatter", "{b}: {c}"),
                                "data",
                                data)));
    }

    /** An ECharts option: the value of each unit as a bar coloured by status, the threshold as a line. */
    private Map<String, Object> unitsChart(TargetProgress p, List<UnitProgress> units) {
        List<String> names = new ArrayList<>();
        List<Object> bars = new ArrayList<>();
        for (UnitProgress u : units) {
            names.add(u.unitName());
            String colour =
                    switch (u.status()) {
                        case MET -> "#198754";
                        case ON_TRACK -> "#0dcaf0";
                        case AT_RISK -> "#ffc107";
                        case MISSED -> "#dc3545";
                        case NO_DATA -> "#ced4da";
                    };
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", u.value());
            bar.put("itemStyle", Map.of("color", colour));
            bars.add(bar);
        }
        return Map.of(
                "animation", false,
                "grid", Map.of("left", 160, "right", 40, "top", 8, "bottom", 24),
                "tooltip", Map.of("trigger", "axis"),
                "yAxis", Map.of("type", "category", "data", names, "inverse", true),
                "xAxis", Map.of("type", "value"),
                "series",
                        List.of(Map.of(
                                "type",
                                "bar",
                                "data",
                                bars,
                                "markLine",
                                Map.of(
                                        "symbol", "none",
                                        "lineStyle", Map.of("type", "dashed", "color", "#b02a37"),
                                        "data", List.of(Map.of("xAxis", p.threshold()))))));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
