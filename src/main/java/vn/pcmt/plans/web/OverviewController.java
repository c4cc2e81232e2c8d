package vn.pcmt.plans.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.internal.Overview;
import vn.pcmt.platform.ReadsFigures;
import vn.pcmt.platform.Workbooks;

/**
 * The national dashboard and a province's own (ADR 054): the map of the provinces (or the tiles of a province's
 * communes) shaded by a metric or a target's status, the table sorted on the server, the drill-down province →
 * commune → records, the trend by quarter or month, and the table to Excel (reason required, logged).
 */
@Controller
@ReadsFigures
class OverviewController {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Overview overview;
    private final Metrics metrics;
    private final ObjectMapper json;
    private final UnitCoverage coverage;
    private final Clock clock;

    OverviewController(Overview overview, Metrics metrics, ObjectMapper json, UnitCoverage coverage, Clock clock) {
        this.coverage = coverage;
        this.overview = overview;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/overview")
    String page(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean country,
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long target,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String shade,
            Model model) {
        Overview.Query q = new Overview.Query(unit, country, metric, plan, target, date, sort, dir, by);
        Overview.View view = overview.view(q);
        boolean byStatus = view.target() != null && !"metric".equals(shade);
        model.addAttribute("v", view);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("catalogue", metrics.catalogue(view.provinceCode()));
        model.addAttribute("dateText", view.date().format(DMY));
        model.addAttribute("sortLinks", sortLinks(view));
        model.addAttribute("drill", drillLinks(view));
        model.addAttribute("records", recordLinks(view));
        model.addAttribute("trendChart", json.writeValueAsString(trendChart(view)));
        model.addAttribute("hasTrend", view.trend().stream().anyMatch(p -> p.value() != null));
        boolean national = coverage.current().isNational();
        model.addAttribute(
                "countryLink",
                view.country() || !national
                        ? null
                        : link(view, null, true).build().encode().toUriString());
        return "plans/overview";
    }

    @GetMapping("/overview.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean country,
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long target,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "") String reason)
            throws IOException {
        Overview.Query q = new Overview.Query(unit, country, metric, plan, target, date, sort, dir, null);
        byte[] body = overview.export(q, reason, LocaleContextHolder.getLocale());
        String place = country || unit == null || unit.isBlank() ? "toan-quoc" : unit.strip();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"tong-quan-" + place + "-" + LocalDate.now(clock) + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, Workbooks.XLSX)
                .body(body);
    }

    /** The page with the view's choices, for another unit (the country when {@code country}). */
    private static UriComponentsBuilder link(Overview.View v, String unit, boolean country) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/overview");
        if (country) {
            b.queryParam("country", true);
        } else if (unit != null) {
            b.queryParam("unit", unit);
        }
        b.queryParam("metric", v.metric().code());
        if (v.plan() != null) {
            b.queryParam("plan", v.plan().getId());
        }
        if (v.target() != null) {
            b.queryParam("target", v.target().getId());
        }
        b.queryParam("date", v.date().format(DMY));
        return b;
    }

    /** For each column, the link that sorts by it (descending first; the current column's other way). */
    private static Map<String, String> sortLinks(Overview.View v) {
        List<String> keys = new ArrayList<>();
        keys.add("name");
        v.columns().forEach(m -> keys.add(m.code()));
        if (v.target() != null) {
            keys.add("target");
            keys.add("status");
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (String key : keys) {
            boolean desc = key.equals(v.sort()) ? !v.descending() : !key.equals("name");
            UriComponentsBuilder b = link(v, v.unitCode(), v.country());
            b.queryParam("sort", key).queryParam("dir", desc ? "desc" : "asc").queryParam("by", v.by());
            links.put(key, b.build().encode().toUriString());
        }
        return links;
    }

    /** A province's row drills down to its communes; a commune's has none (its records instead). */
    private static Map<String, String> drillLinks(Overview.View v) {
        Map<String, String> links = new LinkedHashMap<>();
        if (v.country()) {
            v.rows()
                    .forEach(r -> links.put(
                            r.code(), link(v, r.code(), false).build().encode().toUriString()));
        }
        return links;
    }

    /**
     * A commune's row links to the register list that the chosen figure counts, filtered by the commune and the
     * figure's period (within the viewer's rights there: the register page decides).
     */
    private static Map<String, String> recordLinks(Overview.View v) {
        Map<String, String> links = new LinkedHashMap<>();
        if (v.country()) {
            return links;
        }
        String from = v.date().withDayOfYear(1).format(DMY);
        String to = v.date().format(DMY);
        String code = v.metric().code();
        String module = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        if (!mayRead(module)) {
            return links; // the register's list would refuse the viewer (the administrator reads no personal record)
        }
        for (Overview.Row r : v.rows()) {
            String u = r.code();
            String url =
                    switch (module) {
                        case "people" -> "/people?commune=" + u + "&date=" + to;
                        case "hotspots" -> "/hotspots?unit=" + u + "&from=" + from + "&date=" + to;
                        case "cases" -> "/cases?unit=" + u + "&from=" + from + "&to=" + to;
                        case "cultivation" -> "/cultivation?unit=" + u + "&from=" + from + "&to=" + to;
                        case "businesses" -> "/businesses?unit=" + u;
                        case "outreach" -> "/outreach?unit=" + u + "&from=" + from + "&to=" + to;
                        case "legalaid" -> "/legal-aid?unit=" + u + "&from=" + from + "&to=" + to;
                        case "key_localities" -> "/localities?unit=" + u + "&from=" + from + "&to=" + to;
                        case "substitution" -> "/substitution?unit=" + u + "&from=" + from + "&to=" + to;
                        case "facilities" -> "/facilities?unit=" + u + "&on=" + to;
                        case "drugfree" -> "/drug-free?province=" + v.unitCode();
                        default -> null;
                    };
            if (url != null) {
                links.put(u, url);
            }
        }
        return links;
    }

    /** Whether the viewer may open the register list of a module (the permission its list page asks). */
    private static boolean mayRead(String module) {
        List<String> needed =
                switch (module) {
                    case "people" -> List.of("PERSON_READ");
                    case "cases" -> List.of("CASE_READ");
                    case "outreach" -> List.of("OUTREACH_READ");
                    case "legalaid" -> List.of("LEGAL_AID_READ");
                    case "facilities" -> List.of("FACILITY_READ");
                    case "substitution" -> List.of("SUBSTITUTION_READ", "PERSON_READ");
                    case "cultivation" -> List.of("CULTIVATION_EDIT");
                    case "businesses" -> List.of("BUSINESS_EDIT");
                    case "key_localities" -> List.of("LOCALITY_EDIT");
                    default -> List.of();
                };
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication == null) {
            return false;
        }
        var held = authentication.getAuthorities().stream()
                .map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .toList();
        return held.containsAll(needed);
    }

    /**
     * An ECharts option: the unit's figure by quarter or month as a line; with a target of a province, the target's
     * threshold as a dashed line, the axis spanning both.
     */
    private Map<String, Object> trendChart(Overview.View v) {
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        v.trend().forEach(p -> {
            labels.add(p.label());
            values.add(p.value());
        });
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "line");
        series.put("name", v.trendOfTarget() ? v.target().getCode() : v.metric().name());
        series.put("data", values);
        series.put("connectNulls", false);
        series.put("color", "#7a1f1f");
        if (v.trendOfTarget()) {
            BigDecimal threshold = v.target().getThreshold();
            series.put(
                    "markLine",
                    Map.of(
                            "symbol", "none",
                            "lineStyle", Map.of("type", "dashed", "color", "#b02a37"),
                            "label",
                                    Map.of(
                                            "formatter",
                                            v.target().getComparison().symbol() + " "
                                                    + threshold
                                                            .stripTrailingZeros()
                                                            .toPlainString()),
                            "data", List.of(Map.of("yAxis", threshold))));
        }
        return Map.of(
                "grid", Map.of("left", 48, "right", 56, "top", 16, "bottom", 28),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value", "scale", true),
                "series", List.of(series));
    }
}
