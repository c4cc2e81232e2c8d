package vn.pcmt.geo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.ProvinceBoundaries;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.VillageService;
import vn.pcmt.geo.internal.VillageForm;
import vn.pcmt.geo.internal.VillageKind;

/** Pages of the unit tree as of any date, unit search, and a unit's history and villages. */
@Controller
class UnitController {

    private static final int PAGE_SIZE = 50;

    private final UnitService units;
    private final VillageService villages;
    private final ProvinceBoundaries boundaries;
    private final Clock clock;

    private final vn.pcmt.geo.UnitGroups groups;

    UnitController(
            UnitService units,
            VillageService villages,
            ProvinceBoundaries boundaries,
            Clock clock,
            vn.pcmt.geo.UnitGroups groups) {
        this.groups = groups;
        this.units = units;
        this.villages = villages;
        this.boundaries = boundaries;
        this.clock = clock;
    }

    @GetMapping("/units")
    String tree(
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("date", on);
        model.addAttribute("q", q == null ? "" : q.strip());
        if (q != null && !q.isBlank()) {
            Page<AdminUnit> result =
                    units.search(new UnitSearch(null, on, null, q), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            model.addAttribute("results", result);
            model.addAttribute("provinceNames", provinceNames(on));
        } else {
            model.addAttribute(
                    "provinces",
                    units.search(new UnitSearch(UnitLevel.PROVINCE, on, null, null), PageRequest.of(0, 100))
                            .getContent());
        }
        return "geo/units";
    }

    @GetMapping("/units/children")
    String children(@RequestParam String code, @RequestParam(required = false) LocalDate date, Model model) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        AdminUnit parent = units.find(code, on).orElseThrow();
        model.addAttribute("children", units.children(parent, on));
        model.addAttribute("date", on);
        return "geo/units :: children";
    }

    /** Current provinces and communes matching the text, for pickers (e.g. a user's jurisdiction). */
    /**
     * Units matching the text, in force on the form's date ({@code date}, or a person form's {@code residenceFrom};
     * today when empty or not a date): a person who lived in a commune of 2021 finds that commune.
     */
    @GetMapping("/units/options")
    String options(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String residenceFrom,
            Model model) {
        LocalDate on = formDate(date != null && !date.isBlank() ? date : residenceFrom);
        List<AdminUnit> found = q.isBlank()
                ? List.of()
                : units.search(new UnitSearch(null, on, null, q), PageRequest.of(0, 20))
                        .getContent();
        model.addAttribute(
                "options",
                found.stream().filter(u -> u.level() != UnitLevel.DISTRICT).toList());
        return "geo/units :: options";
    }

    /** The province boundary for the maps of the pages (the API serves the same at /api/v1/units/{code}/boundary). */
    /** Every province's boundary at once, for the national dashboard's map (ADR 054); the same for everyone. */
    @GetMapping(value = "/units/boundaries", produces = "application/geo+json")
    ResponseEntity<JsonNode> boundaries() {
        return ResponseEntity.ok()
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1))
                        .cachePrivate())
                .body(boundaries.all());
    }

    @GetMapping(value = "/units/{code}/boundary", produces = "application/geo+json")
    @ResponseBody
    JsonNode boundary(@PathVariable String code) {
        return boundaries.feature(code).orElseThrow();
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) LocalDate date, Model model) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        List<AdminUnit> versions = units.versions(code);
        if (versions.isEmpty()) {
            throw new java.util.NoSuchElementException(code);
        }
        model.addAttribute("date", on);
        model.addAttribute("versions", versions);
        units.find(code, on).ifPresent(unit -> describe(unit, on, model));
        return "geo/unit";
    }

    private java.util.Map<String, String> provinceNames(LocalDate on) {
        return units.search(new UnitSearch(UnitLevel.PROVINCE, on, null, null), PageRequest.of(0, 100)).stream()
                .collect(java.util.stream.Collectors.toMap(AdminUnit::code, AdminUnit::name));
    }

    private void describe(AdminUnit unit, LocalDate on, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", units.ancestors(unit));
        model.addAttribute("predecessors", units.predecessors(unit));
        model.addAttribute("successors", units.successors(unit));
        model.addAttribute("children", units.children(unit, on));
        model.addAttribute("unitAttributes", groups.attributesOf(unit.id()));
        if (unit.level() == UnitLevel.COMMUNE && unit.validTo() == null) {
            model.addAttribute("villages", villages.list(unit.id()));
            model.addAttribute("villageKinds", VillageKind.values());
            if (!model.containsAttribute("villageForm")) {
                VillageKind usual = unit.unitType().startsWith("Phường") ? VillageKind.TO_DAN_PHO : VillageKind.THON;
                model.addAttribute("villageForm", new VillageForm("", usual, null));
            }
        }
    }

    /** A date typed on a form (dd/MM/yyyy or yyyy-MM-dd); today when empty or not a date, so a search never fails. */
    private LocalDate formDate(String text) {
        if (text != null && !text.isBlank()) {
            for (String pattern : List.of("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd")) {
                try {
                    return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern(pattern));
                } catch (java.time.format.DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        return LocalDate.now(clock);
    }
}
