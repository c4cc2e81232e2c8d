package vn.pcmt.geo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitGroup;
import vn.pcmt.geo.UnitGroups;
import vn.pcmt.geo.internal.UnitAttributeForm;
import vn.pcmt.geo.internal.UnitAttributeRow;
import vn.pcmt.geo.internal.UnitGroupForm;

/** Groups of units of a province and the attributes units carry (ADR 024); changes by the standing office. */
@RestController
@Tag(name = "Nhóm đơn vị hành chính", description = "Groups of units (border communes…) and unit attributes")
class UnitGroupApiController {

    private final UnitGroups groups;
    private final Clock clock;

    UnitGroupApiController(UnitGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/api/v1/unit-groups")
    @Operation(summary = "The groups of a province the caller works in")
    List<GroupDto> list(@RequestParam String province) {
        return groups.list(province).stream()
                .map(g -> GroupDto.of(g, List.of()))
                .toList();
    }

    @GetMapping("/api/v1/unit-groups/{id}")
    @Operation(summary = "A group with the units listed in it (none for a group by attribute)")
    GroupDto get(@PathVariable long id) {
        return GroupDto.of(groups.group(id), codes(groups.listed(id)));
    }

    @GetMapping("/api/v1/unit-groups/{id}/units")
    @Operation(summary = "The units of a group in force on a date (today by default)")
    List<String> unitsOn(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return codes(groups.unitsOn(id, null, date == null ? LocalDate.now(clock) : date));
    }

    @PostMapping("/api/v1/unit-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a group of units of a province (standing office)",
            description = "Either `attribute` (the province's units carrying it on a date) or `unitCodes`.")
    GroupDto create(@Valid @RequestBody UnitGroupForm form) {
        UnitGroup group = groups.create(form);
        return GroupDto.of(group, codes(groups.listed(group.getId())));
    }

    @PutMapping("/api/v1/unit-groups/{id}")
    @Operation(summary = "Change a group; `version` must be the one read")
    GroupDto update(@PathVariable long id, @Valid @RequestBody UnitGroupForm form) {
        UnitGroup group = groups.update(id, form);
        return GroupDto.of(group, codes(groups.listed(id)));
    }

    @DeleteMapping("/api/v1/unit-groups/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a group (softly: its history stays)")
    void delete(@PathVariable long id, @RequestParam long version) {
        groups.delete(id, version);
    }

    @GetMapping("/api/v1/unit-attributes")
    @Operation(summary = "The attributes of the units of a province the caller works in")
    List<UnitAttributeRow> attributes(@RequestParam String province) {
        return groups.attributes(province);
    }

    @PostMapping("/api/v1/unit-attributes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that a unit carries an attribute over a period (border, coastal, island…)")
    UnitAttributeRow addAttribute(@Valid @RequestBody UnitAttributeForm form) {
        return groups.addAttribute(form);
    }

    @PutMapping("/api/v1/unit-attributes/{id}")
    @Operation(summary = "Change an attribute's dates or note; `version` must be the one read")
    UnitAttributeRow updateAttribute(@PathVariable long id, @Valid @RequestBody UnitAttributeForm form) {
        return groups.updateAttribute(id, form);
    }

    @DeleteMapping("/api/v1/unit-attributes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an attribute recorded by mistake (softly)")
    void deleteAttribute(@PathVariable long id, @RequestParam long version) {
        groups.deleteAttribute(id, version);
    }

    private static List<String> codes(List<AdminUnit> units) {
        return units.stream().map(AdminUnit::code).toList();
    }

    /** A group as the API shows it. */
    record GroupDto(
            long id,
            String provinceCode,
            String name,
            String description,
            String attribute,
            List<String> unitCodes,
            LocalDate validFrom,
            LocalDate validTo,
            long version) {

        static GroupDto of(UnitGroup g, List<String> unitCodes) {
            return new GroupDto(
                    g.getId(),
                    g.getProvinceCode(),
                    g.getName(),
                    g.getDescription(),
                    g.getAttribute() == null ? null : g.getAttribute().name(),
                    unitCodes,
                    g.getValidFrom(),
                    g.getValidTo(),
                    g.getVersion());
        }
    }
}
