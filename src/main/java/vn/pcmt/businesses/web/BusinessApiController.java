package vn.pcmt.businesses.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
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
import vn.pcmt.businesses.internal.Business;
import vn.pcmt.businesses.internal.BusinessForm;
import vn.pcmt.businesses.internal.BusinessKind;
import vn.pcmt.businesses.internal.BusinessRow;
import vn.pcmt.businesses.internal.BusinessService;
import vn.pcmt.businesses.internal.HotspotLinkForm;
import vn.pcmt.businesses.internal.Inspection;
import vn.pcmt.businesses.internal.InspectionForm;
import vn.pcmt.businesses.internal.LicenceAction;
import vn.pcmt.businesses.internal.LicenceForm;
import vn.pcmt.businesses.internal.LicenceStatus;
import vn.pcmt.businesses.internal.Violation;

/** The register of businesses under security conditions for other systems, inside the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/businesses")
@Tag(name = "Cơ sở kinh doanh có điều kiện về ANTT", description = "Businesses, inspections, licence decisions")
class BusinessApiController {

    private final BusinessService businesses;

    BusinessApiController(BusinessService businesses) {
        this.businesses = businesses;
    }

    @GetMapping
    @Operation(summary = "Businesses of a unit (and what it covers), of a kind when asked")
    List<BusinessRow> list(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @RequestParam(required = false) BusinessKind kind) {
        return businesses.search(unit, kind);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A business")
    BusinessDto get(@PathVariable long id) {
        return dto(businesses.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a business in a commune of the caller's jurisdiction")
    BusinessDto create(@Valid @RequestBody BusinessForm form) {
        return dto(businesses.register(form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a business; `version` must be the one read")
    BusinessDto update(@PathVariable long id, @Valid @RequestBody BusinessForm form) {
        return dto(businesses.correct(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a business registered by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        businesses.delete(id, version);
    }

    @GetMapping("/{id}/inspections")
    @Operation(summary = "The inspections of a business, newest first")
    List<InspectionDto> inspections(@PathVariable long id) {
        return businesses.inspectionsOf(id).stream().map(InspectionDto::of).toList();
    }

    @PostMapping("/{id}/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an inspection: date, team, agencies, violations found (checklist), result, sanction",
            description = "An inspection finds violations when `violations` holds any.")
    InspectionDto inspect(@PathVariable long id, @Valid @RequestBody InspectionForm form) {
        return InspectionDto.of(businesses.inspect(id, form));
    }

    @PutMapping("/{id}/inspections/{inspectionId}/hotspot")
    @Operation(
            summary = "Link an inspection that found drug use on the premises to a hotspot (or unlink it)",
            description = "`hotspotId`: a hotspot of the hotspot register in the business's commune, within the"
                    + " caller's jurisdiction, or null to unlink; `version`: the inspection's version read (409 when"
                    + " stale). Refused (422) for an inspection that did not find drug use on the premises.")
    InspectionDto linkHotspot(
            @PathVariable long id, @PathVariable long inspectionId, @RequestBody HotspotLinkForm form) {
        return InspectionDto.of(businesses.linkHotspot(id, inspectionId, form));
    }

    @PostMapping("/{id}/licence")
    @Operation(
            summary = "Suspend, reinstate or revoke the licence",
            description = "Active → suspended or revoked; suspended → active or revoked; revoked is final (422).")
    BusinessDto licence(@PathVariable long id, @Valid @RequestBody LicenceForm form) {
        return dto(businesses.decide(id, form));
    }

    private BusinessDto dto(Business b) {
        return new BusinessDto(
                b.getId(),
                businesses.communeOf(b).code(),
                b.getKind(),
                b.getName(),
                b.getAddress(),
                b.getOwnerName(),
                b.getLicenceNumber(),
                b.getLicenceDate(),
                b.getLicenceStatus(),
                b.getLicenceStatusOn(),
                b.getLicenceDecision(),
                b.getNote(),
                java.util.Arrays.stream(LicenceAction.values())
                        .filter(b.getLicenceStatus()::allows)
                        .toList(),
                b.getVersion());
    }

    /** A business as the API shows it, with the licence decisions its status allows. */
    record BusinessDto(
            long id,
            String communeCode,
            BusinessKind kind,
            String name,
            String address,
            String ownerName,
            String licenceNumber,
            LocalDate licenceDate,
            LicenceStatus licenceStatus,
            LocalDate licenceStatusOn,
            String licenceDecision,
            String note,
            List<LicenceAction> allowedLicenceActions,
            long version) {}

    /** An inspection as the API shows it. */
    record InspectionDto(
            long id,
            LocalDate inspectedOn,
            String team,
            String agencies,
            Set<Violation> violations,
            boolean foundViolations,
            String result,
            String sanction,
            Long fineVnd,
            Long hotspotId,
            long version) {

        static InspectionDto of(Inspection i) {
            return new InspectionDto(
                    i.getId(),
                    i.getInspectedOn(),
                    i.getTeam(),
                    i.getAgencies(),
                    i.getViolations(),
                    i.foundViolations(),
                    i.getResult(),
                    i.getSanction(),
                    i.getFineVnd(),
                    i.getHotspotId(),
                    i.getVersion());
        }
    }
}
