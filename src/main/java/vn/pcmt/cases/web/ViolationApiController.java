package vn.pcmt.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.DrugViolation;
import vn.pcmt.cases.internal.ViolationForm;
import vn.pcmt.cases.internal.ViolationRow;
import vn.pcmt.platform.ListPeriod;

/** Administrative violations on drugs (sanction decisions), inside the caller's jurisdiction (ADR 032). */
@RestController
@RequestMapping("/api/v1/violations")
@Tag(name = "Vi phạm hành chính về ma túy", description = "Administrative sanction decisions on drugs")
class ViolationApiController {

    private final CaseService cases;
    private final Clock clock;

    ViolationApiController(CaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Violations of a unit decided in a period; identification numbers masked; the list is logged",
            description = "Without `from`, the period starts on 1 January of the year of `to`; without `to`, today.")
    List<ViolationRow> list(
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return cases.violations(unit, period.from(), period.to());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A violation (the read is logged)")
    ViolationDto get(@PathVariable long id) {
        return dto(cases.violation(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a sanction decision in a commune of the caller's jurisdiction")
    ViolationDto create(@Valid @RequestBody ViolationForm form) {
        return dto(cases.recordViolation(form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a violation; `version` must be the one read")
    ViolationDto update(@PathVariable long id, @Valid @RequestBody ViolationForm form) {
        return dto(cases.correctViolation(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a violation recorded by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        cases.deleteViolation(id, version);
    }

    private ViolationDto dto(DrugViolation v) {
        return new ViolationDto(
                v.getId(),
                cases.communeOf(v.getCommuneId()).code(),
                v.getDecidedOn(),
                v.getPersonId(),
                v.getFullName(),
                v.getFemale(),
                v.getBirthYear(),
                v.getIdNumber(),
                v.getDecisionNumber(),
                v.getBehaviour(),
                v.getFine(),
                v.getMeasure(),
                v.getVersion());
    }

    record ViolationDto(
            long id,
            String communeCode,
            LocalDate decidedOn,
            Long personId,
            String fullName,
            Boolean female,
            Integer birthYear,
            String idNumber,
            String decisionNumber,
            String behaviour,
            BigDecimal fine,
            String measure,
            long version) {}
}
