package vn.pcmt.people.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.people.internal.CounsellingForm;
import vn.pcmt.people.internal.CounsellingKind;
import vn.pcmt.people.internal.CounsellingRow;
import vn.pcmt.people.internal.CounsellingService;
import vn.pcmt.people.internal.CounsellingSession;
import vn.pcmt.people.internal.CounsellingTopic;
import vn.pcmt.platform.ListPeriod;

/** Counselling sessions for other systems (ADR 053): people inside the caller's jurisdiction; 409 on a stale version. */
@RestController
@Tag(name = "Tư vấn", description = "Counselling sessions at stations and clinics (ADR 053)")
class CounsellingApiController {

    private final CounsellingService counselling;
    private final UnitCoverage coverage;
    private final java.time.Clock clock;

    CounsellingApiController(CounsellingService counselling, UnitCoverage coverage, java.time.Clock clock) {
        this.counselling = counselling;
        this.coverage = coverage;
        this.clock = clock;
    }

    @GetMapping("/api/v1/counselling-sessions")
    @Operation(
            summary = "Sessions held in [from, to] with the people of a unit (or, with facility, held there), of the"
                    + " people the caller may see; latest first")
    List<CounsellingRow> list(
            @Parameter(description = "unit code (ignored for a facility's staff)") @RequestParam(required = false)
                    String unit,
            @RequestParam(required = false) Long facility,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        AdminUnit scope = coverage.current().isFacility() || unit == null || unit.isBlank()
                ? null
                : coverage.visibleUnit(unit.strip(), period.to());
        if (scope == null && facility == null && !coverage.current().isFacility()) {
            throw new vn.pcmt.platform.RuleViolationException("counselling.scope.required");
        }
        return counselling.search(scope, facility, period.from(), period.to());
    }

    @GetMapping("/api/v1/people/{id}/counselling-sessions")
    @Operation(summary = "A person's sessions, latest first (a logged read of the person's record)")
    List<SessionDto> ofPerson(@PathVariable long id) {
        return counselling.ofPerson(id).stream().map(this::dto).toList();
    }

    @PostMapping("/api/v1/people/{id}/counselling-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a session with a person",
            description = "Not after today; at the facility given or the user's station or clinic, open that day, the"
                    + " user's own or one their jurisdiction covers (a clinic's staff: their clinic only).")
    SessionDto create(@PathVariable long id, @Valid @RequestBody CounsellingForm form) {
        return dto(counselling.record(id, form));
    }

    @DeleteMapping("/api/v1/counselling-sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a session recorded by mistake (kept in the history); `version` must be the one read")
    void delete(@PathVariable long id, @RequestParam long version) {
        counselling.delete(id, version);
    }

    private SessionDto dto(CounsellingSession s) {
        return new SessionDto(
                s.getId(),
                s.getPersonId(),
                s.getSessionDate(),
                s.getFacilityId(),
                counselling.facilityName(s.getFacilityId()),
                s.getKind(),
                s.getTopic(),
                s.getCounsellor(),
                s.getNote(),
                s.getVersion());
    }

    /** A session as the API shows it. */
    record SessionDto(
            long id,
            long personId,
            LocalDate date,
            long facilityId,
            String facilityName,
            CounsellingKind kind,
            CounsellingTopic topic,
            String counsellor,
            String note,
            long version) {}
}
