package vn.pcmt.geo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.Village;
import vn.pcmt.geo.VillageService;
import vn.pcmt.geo.internal.VillageForm;

/** Villages of a commune; changes only inside the caller's jurisdiction. */
@RestController
@Tag(name = "Thôn, tổ dân phố", description = "Villages created by users under a commune")
class VillageApiController {

    private final VillageService villages;
    private final UnitService units;
    private final Clock clock;

    VillageApiController(VillageService villages, UnitService units, Clock clock) {
        this.villages = villages;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/api/v1/units/{code}/villages")
    @Operation(summary = "Villages of a commune in force today")
    List<VillageDto> list(@PathVariable String code) {
        return villages.list(commune(code).id()).stream().map(VillageDto::of).toList();
    }

    @PostMapping("/api/v1/units/{code}/villages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('VILLAGE_EDIT')")
    @Operation(summary = "Create a village under a commune in the caller's jurisdiction")
    VillageDto create(@PathVariable String code, @Valid @RequestBody VillageForm form) {
        return VillageDto.of(villages.create(commune(code).id(), form));
    }

    @PutMapping("/api/v1/villages/{id}")
    @PreAuthorize("hasAuthority('VILLAGE_EDIT')")
    @Operation(summary = "Rename a village; `version` must be the one read")
    VillageDto update(@PathVariable long id, @Valid @RequestBody VillageForm form) {
        return VillageDto.of(villages.update(id, form));
    }

    @DeleteMapping("/api/v1/villages/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('VILLAGE_EDIT')")
    @Operation(summary = "Delete a village (softly: its history stays)")
    void delete(@PathVariable long id, @RequestParam long version) {
        villages.delete(id, version);
    }

    private AdminUnit commune(String code) {
        return units.find(code, LocalDate.now(clock)).orElseThrow();
    }

    /** A village as the API shows it. */
    record VillageDto(long id, long communeId, String name, String kind, long version) {

        static VillageDto of(Village v) {
            return new VillageDto(
                    v.getId(), v.getCommuneId(), v.getName(), v.getKind().name(), v.getVersion());
        }
    }
}
