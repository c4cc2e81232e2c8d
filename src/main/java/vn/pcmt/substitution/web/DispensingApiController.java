package vn.pcmt.substitution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.substitution.internal.Dispensing;
import vn.pcmt.substitution.internal.DispensingForm;
import vn.pcmt.substitution.internal.SubstitutionService;

/** Doses given to a patient (ADR 053), for people inside the caller's jurisdiction (a clinic's staff: its patients). */
@RestController
@RequestMapping("/api/v1/substitution")
@Tag(name = "Điều trị thay thế", description = "Substitution treatment episodes at clinics (ADR 044)")
class DispensingApiController {

    private final SubstitutionService substitution;

    DispensingApiController(SubstitutionService substitution) {
        this.substitution = substitution;
    }

    @GetMapping("/episodes/{id}/dispensings")
    @Operation(summary = "The doses given in an episode over [from, to] (from: 1 January of to's year; to: today)")
    List<DispensingDto> list(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return substitution.dispensings(id, from, to).stream()
                .map(DispensingApiController::dto)
                .toList();
    }

    @PostMapping("/episodes/{id}/dispensings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a dose given on a day",
            description = "A day of the episode, not after today, once a day; at the clinic (no point) or one of its"
                    + " dispensing points open that day.")
    DispensingDto create(@PathVariable long id, @Valid @RequestBody DispensingForm form) {
        return dto(substitution.dispense(id, form));
    }

    @DeleteMapping("/dispensings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a dose recorded by mistake (kept in the history); `version` must be the one read")
    void delete(@PathVariable long id, @RequestParam long version) {
        substitution.deleteDispensing(id, version);
    }

    static DispensingDto dto(Dispensing d) {
        return new DispensingDto(
                d.getId(),
                d.getEpisodeId(),
                d.getPersonId(),
                d.getDispensedOn(),
                d.getDoseMg(),
                d.getDispensingPointId(),
                d.getNote(),
                d.getVersion());
    }

    /** A dose as the API shows it. */
    record DispensingDto(
            long id,
            long episodeId,
            long personId,
            LocalDate date,
            BigDecimal doseMg,
            Long dispensingPointId,
            String note,
            long version) {}
}
