package vn.pcmt.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.people.internal.AdmissionForm;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.PlacedRow;
import vn.pcmt.people.internal.PlacementMove;
import vn.pcmt.people.internal.PlacementService;

/**
 * People placed at rehab facilities (ADR 043): admissions, transfers, discharges. A facility's staff act at their
 * facility and see only the people placed there; RFC 9457 problems on refusal.
 */
@RestController
@Tag(name = "Cai nghiện tại cơ sở", description = "Admissions, transfers and discharges at rehab facilities")
class PlacementApiController {

    private final PlacementService placements;

    PlacementApiController(PlacementService placements) {
        this.placements = placements;
    }

    @GetMapping("/api/v1/facilities/{id}/placements")
    @Operation(summary = "The people placed at a rehab facility on a day (today); the read is logged")
    List<PlacedRow> placed(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return placements.placed(id, on);
    }

    @PostMapping("/api/v1/facilities/{id}/placements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Admit a person to a rehab facility",
            description = "Opens a rehab episode naming the facility. The facility's staff name the person by"
                    + " `idNumber` and `birthYear`; an officer covering the person by `personId`. `form` is"
                    + " VOLUNTARY_FACILITY, COMPULSORY_ADULT or COMPULSORY_MINOR (compulsory only at a public"
                    + " facility).")
    PlacementDto admit(@PathVariable long id, @Valid @RequestBody AdmissionForm form) {
        return dto(placements.admit(id, form));
    }

    @PostMapping("/api/v1/placements/{episodeId}/transfer")
    @Operation(
            summary = "Transfer a placed person to another rehab facility on `date`",
            description = "Ends this placement the day before and opens the next at `toFacilityId` on `date`, in one"
                    + " operation; `version` is the episode's as read. Answers the new placement.")
    PlacementDto transfer(@PathVariable long episodeId, @Valid @RequestBody PlacementMove move) {
        return dto(placements.transfer(episodeId, move));
    }

    @PostMapping("/api/v1/placements/{episodeId}/discharge")
    @Operation(summary = "Discharge a placed person on `date` with a `reason`; `version` is the episode's as read")
    PlacementDto discharge(@PathVariable long episodeId, @Valid @RequestBody PlacementMove move) {
        return dto(placements.discharge(episodeId, move));
    }

    static PlacementDto dto(Episode e) {
        return new PlacementDto(
                e.getId(),
                e.getPersonId(),
                e.getFacilityId(),
                e.getForm(),
                e.getStartDate(),
                e.getPlannedEndDate(),
                e.getEndDate(),
                e.getEndReason(),
                e.getVersion());
    }

    record PlacementDto(
            long episodeId,
            long personId,
            Long facilityId,
            String form,
            LocalDate startDate,
            LocalDate plannedEndDate,
            LocalDate endDate,
            EndReason endReason,
            long version) {}
}
