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

/**
 * The plan dashboard: every target's status for a unit on a date with its trend chart, the drill-down of a target
 * from the province to its communes and on to the records behind the figure, and the same tables as Excel.
 */
@Controller
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
            if (hasTrend(p)) {
                charts.put(p.targetId(), json.writeValueAsString(trendChart(p)));
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

    @GetMapping("/plans/{id}/targets/{targetId}")
    String target(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date,
            Model model) {
        Plan plan = plans.get(id);
        LocalDate on = date == null ? plans.defaultDate(plan) : date;
        String code = plans.unitFor(plan, unit);
        AdminUnit shown = coverage.visibleUnit(code, on);
        PlanTarget target = plans.target(id, targetId);
        TargetProgress progress = plans.progress(id, targetId, code, on);
        List<UnitProgress> units = plans.breakdown(id, targetId, code, on);
        model.addAttribute("plan", plan);
        model.addAttribute("target", target);
        model.addAttribute("p", progress);
        model.addAttribute("unit", code);
        model.addAttribute("unitName", shown.fullName());
        model.addAttribute("date", on);
        model.addAttribute("units", units);
        model.addAttribute("metric", metrics.find(target.getMetricCode()).orElse(null));
        model.addAttribute("records", recordsOf(target.getMetricCode(), shown, on));
        Map<String, String> unitRecords = new LinkedHashMap<>();
        units.forEach(u -> unitRecords.put(u.unitCode(), recordsOf(target.getMetricCode(), u.unitCode(), true, on)));
        model.addAttribute("unitRecords", unitRecords);
        if (!units.isEmpty() && units.size() <= 200) {
            model.addAttribute("unitsChart", json.writeValueAsString(unitsChart(progress, units)));
        }
        if (hasTrend(progress)) {
            model.addAttribute("trendChart", json.writeValueAsString(trendChart(progress)));
        }
        return "plans/target";
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

    private String recordsOf(String metricCode, AdminUnit unit, LocalDate on) {
        return recordsOf(metricCode, unit.code(), unit.level() == UnitLevel.COMMUNE, on);
    }

    /** The register page that lists what a figure counts, for the unit (within the viewer's jurisdiction there). */
    private String recordsOf(String metricCode, String unitCode, boolean commune, LocalDate on) {
        String date = on.format(DMY);
        String module = metricCode.substring(0, metricCode.indexOf('.'));
        return switch (module) {
            case "people" -> commune
                    ? "/people?commune=" + unitCode + "&date=" + date
                    : "/people/stats?unit=" + unitCode + "&date=" + date;
            case "hotspots" -> "/hotspots?unit=" + unitCode + "&date=" + date;
            case "key_localities" -> "/localities?unit=" + unitCode;
            case "drugfree", "units" -> "/drug-free";
            case "manual" -> manual.find(metricCode)
                    .map(m -> "/figures/" + m.getId())
                    .orElse(null);
            default -> null;
        };
    }

    private static boolean hasTrend(TargetProgress p) {
        return p.trend().values().stream().anyMatch(java.util.Objects::nonNull);
    }

    /**
     * An ECharts option: the target's yearly values as a line, the threshold as a dashed line; the axis spans both
     * so that the threshold is always in sight.
     */
    private static Map<String, Object> trendChart(TargetProgress p) {
        List<String> years = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        BigDecimal low = p.threshold();
        BigDecimal high = p.threshold();
        for (var e : p.trend().entrySet()) {
            years.add(String.valueOf(e.getKey()));
            values.add(e.getValue());
            if (e.getValue() != null) {
                low = low.min(e.getValue());
                high = high.max(e.getValue());
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
                "grid", Map.of("left", 40, "right", 56, "top", 16, "bottom", 24),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", years),
                "yAxis", Map.of("type", "value", "scale", true),
                "series",
                        List.of(Map.of(
                                "type",
                                "line",
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
