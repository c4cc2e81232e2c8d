package vn.pcmt.geo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.ProvinceBoundaries;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.internal.UnitComposition;

/** The official units as of any date, their predecessors and successors. Public reference data. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính", description = "Units with their history across the 2025 reform")
class UnitApiController {

    private static final int MAX_PAGE_SIZE = 500;

    private final UnitService units;
    private final UnitComposition composition;
    private final ProvinceBoundaries boundaries;

    UnitApiController(UnitService units, UnitComposition composition, ProvinceBoundaries boundaries) {
        this.units = units;
        this.composition = composition;
        this.boundaries = boundaries;
    }

    @GetMapping
    @Operation(summary = "Units in force on a date, by level, parent and name (with or without diacritics)")
    PagedModel<UnitDto> search(
            @Parameter(description = "province, district or commune") @RequestParam(required = false) String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "code of the parent on that date") @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        UnitLevel parsedLevel = level == null || level.isBlank()
                ? null
                : UnitLevel.parse(level).orElseThrow(() -> new IllegalArgumentException("level"));
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page");
        }
        var result = units.search(new UnitSearch(parsedLevel, date, parent, q), PageRequest.of(page, size));
        return new PagedModel<>(result.map(UnitDto::of));
    }

    @GetMapping(
            value = "/{code}/boundary",
            produces = {"application/geo+json", "application/json"})
    @Operation(summary = "The boundary of a province of the current list as a GeoJSON feature (for maps)")
    JsonNode boundary(@PathVariable String code) {
        return boundaries.feature(code).orElseThrow();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The unit with this code on a date (today by default)")
    UnitDto get(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return UnitDto.of(unit(code, date));
    }

    @GetMapping("/{code}/predecessors")
    @Operation(summary = "What the unit (as on the date) was formed from")
    List<UnitLinkDto> predecessors(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return units.predecessors(unit(code, date)).stream()
                .map(UnitLinkDto::of)
                .toList();
    }

    @GetMapping("/{code}/successors")
    @Operation(summary = "What the unit (as on the date) became")
    List<UnitLinkDto> successors(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return units.successors(unit(code, date)).stream().map(UnitLinkDto::of).toList();
    }

    @GetMapping("/{code}/composition")
    @Operation(summary = "Which unit versions make up the unit (as on `date`) over the period `from`–`to`")
    List<UnitPeriodDto> composition(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        return composition.compose(unit(code, date), from, to).stream()
                .map(UnitPeriodDto::of)
                .toList();
    }

    private AdminUnit unit(String code, LocalDate date) {
        return units.find(code, date).orElseThrow();
    }
}
