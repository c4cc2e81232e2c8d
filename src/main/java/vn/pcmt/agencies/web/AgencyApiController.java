package vn.pcmt.agencies.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.agencies.internal.AgencyForm;

/** Agencies of a province as reference data for other systems. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan", description = "Agencies of each province")
class AgencyApiController {

    private final AgencyService agencies;

    AgencyApiController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(
            summary = "Agencies of a province, in Vietnamese order",
            description = "With `on` (yyyy-MM-dd), only those in force that day (before or after the 2025"
                    + " reorganisation of departments).")
    List<AgencyDto> list(
            @RequestParam String province,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate on) {
        return (on == null ? agencies.list(province) : agencies.listDuring(province, on, on))
                .stream().map(AgencyDto::of).toList();
    }

    @GetMapping("/{id}")
    AgencyDto get(@PathVariable long id) {
        return agencies.find(id).map(AgencyDto::of).orElseThrow();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    @Operation(
            summary = "Add an agency to a province in the caller's jurisdiction",
            description = "`validFrom`/`validTo` (inclusive, optional) bound the period the agency exists in, e.g. a"
                    + " department merged on 1/3/2025 ends on 2025-02-28; `kind` is one of the `AgencyKind` values"
                    + " (an unknown one is refused with the accepted values in `accepted`).")
    AgencyDto create(@RequestParam String province, @Valid @RequestBody AgencyForm form) {
        return AgencyDto.of(agencies.create(province, form));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    @Operation(summary = "Change an agency; `version` must be the one read")
    AgencyDto update(@PathVariable long id, @Valid @RequestBody AgencyForm form) {
        return AgencyDto.of(agencies.update(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    void delete(@PathVariable long id, @RequestParam long version) {
        agencies.delete(id, version);
    }

    /** An agency as the API shows it. */
    record AgencyDto(
            long id,
            String provinceCode,
            String code,
            String name,
            String shortName,
            String kind,
            java.time.LocalDate validFrom,
            java.time.LocalDate validTo,
            long version) {

        static AgencyDto of(Agency a) {
            return new AgencyDto(
                    a.getId(),
                    a.getProvinceCode(),
                    a.getCode(),
                    a.getName(),
                    a.getShortName(),
                    a.getKind().name(),
                    a.getValidFrom(),
                    a.getValidTo(),
                    a.getVersion());
        }
    }
}
