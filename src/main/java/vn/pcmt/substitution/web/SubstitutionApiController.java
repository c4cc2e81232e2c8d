package vn.pcmt.substitution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.substitution.internal.Medicine;
import vn.pcmt.substitution.internal.StopForm;
import vn.pcmt.substitution.internal.StopReason;
import vn.pcmt.substitution.internal.SubstitutionQueries.ListMode;
import vn.pcmt.substitution.internal.SubstitutionService;
import vn.pcmt.substitution.internal.TransferForm;
import vn.pcmt.substitution.internal.TreatmentEpisode;
import vn.pcmt.substitution.internal.TreatmentForm;
import vn.pcmt.substitution.internal.TreatmentRow;

/**
 * Substitution treatment episodes for other systems, for people inside the caller's jurisdiction (RFC 9457 problems on
 * refusal; 409 on a stale version).
 */
@RestController
@RequestMapping("/api/v1/substitution/episodes")
@Tag(name = "Điều trị thay thế", description = "Substitution treatment episodes at clinics (ADR 044)")
class SubstitutionApiController {

    private final SubstitutionService substitution;

    SubstitutionApiController(SubstitutionService substitution) {
        this.substitution = substitution;
    }

    @GetMapping
    @Operation(
            summary = "A clinic's patients, or those living in a unit: in treatment on `to` (IN_TREATMENT, default) or"
                    + " started in [from, to] (STARTED)")
    List<TreatmentRow> list(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @Parameter(description = "a clinic's id: its patients instead of the unit's residents")
                    @RequestParam(required = false)
                    Long clinic,
            @RequestParam(required = false) ListMode mode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return substitution.search(unit, clinic, mode, from, to);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An episode (a logged read of the person's record)")
    EpisodeDto get(@PathVariable long id) {
        return dto(substitution.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a person's treatment at a clinic",
            description = "The person must have no open episode; the clinic a substitution clinic open on the start,"
                    + " the dispensing point one of its points.")
    EpisodeDto create(@Valid @RequestBody TreatmentForm form) {
        return dto(substitution.record(form));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Correct the person, clinic, medicine, dose regime, dispensing point and note; `version` must be"
                    + " the one read",
            description = "The start cannot change (delete the episode and record it again). The person only for a"
                    + " course without transfers: the course moves to the other person's record. The clinic must be"
                    + " open on the start and differ from the clinic of a transfer before or after (ADR 053).")
    EpisodeDto update(@PathVariable long id, @Valid @RequestBody TreatmentForm form) {
        return dto(substitution.correct(id, form));
    }

    @PostMapping("/{id}/stop")
    @Operation(
            summary = "Stop an open episode on its last day in treatment, with the reason",
            description = "QUIT (quit on their own) opens the window of Penal Code art. 256a (d) for 2 years;"
                    + " TRANSFERRED is refused here: use the transfer.")
    EpisodeDto stop(@PathVariable long id, @Valid @RequestBody StopForm form) {
        return dto(substitution.stop(id, form));
    }

    @PutMapping("/{id}/stop")
    @Operation(
            summary = "Correct the day and reason of a stop; `version` must be the one read",
            description = "The person's legal record follows: the status and the window of art. 256a (d) move with"
                    + " the corrected day and reason. A transfer's day moves the next episode's start; a transfer"
                    + " stays a transfer (ADR 053).")
    EpisodeDto correctStop(@PathVariable long id, @Valid @RequestBody StopForm form) {
        return dto(substitution.correctStop(id, form));
    }

    @PostMapping("/{id}/transfer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Transfer to another clinic on a day: stops this episode and answers the new one")
    EpisodeDto transfer(@PathVariable long id, @Valid @RequestBody TransferForm form) {
        return dto(substitution.transfer(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete the person's latest episode recorded by mistake (kept in the history)",
            description = "An episode a transfer opened takes the transfer back.")
    void delete(@PathVariable long id, @RequestParam long version) {
        substitution.delete(id, version);
    }

    private EpisodeDto dto(TreatmentEpisode e) {
        return new EpisodeDto(
                e.getId(),
                e.getPersonId(),
                e.getClinicId(),
                substitution.facilityName(e.getClinicId()),
                e.getDispensingPointId(),
                e.getStartDate(),
                e.getMedicine(),
                e.getDoseRegime(),
                e.getStopDate(),
                e.getStopReason(),
                e.getPreviousId(),
                e.getNote(),
                e.getVersion());
    }

    /** An episode as the API shows it. */
    record EpisodeDto(
            long id,
            long personId,
            long clinicId,
            String clinicName,
            Long dispensingPointId,
            LocalDate startDate,
            Medicine medicine,
            String doseRegime,
            LocalDate stopDate,
            StopReason stopReason,
            Long previousId,
            String note,
            long version) {}
}
