package vn.pcmt.facilities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.facilities.internal.AssessmentForm;
import vn.pcmt.facilities.internal.Criterion;
import vn.pcmt.facilities.internal.Facility;
import vn.pcmt.facilities.internal.FacilityAssessment;
import vn.pcmt.facilities.internal.FacilityForm;
import vn.pcmt.facilities.internal.FacilityKind;
import vn.pcmt.facilities.internal.FacilityQualification;
import vn.pcmt.facilities.internal.FacilityRow;
import vn.pcmt.facilities.internal.FacilityService;
import vn.pcmt.facilities.internal.Occupancy;
import vn.pcmt.facilities.internal.QualificationForm;
import vn.pcmt.facilities.internal.QualificationKind;

/** The facility register for other systems, inside the caller's jurisdiction (RFC 9457 problems on refusal). */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(
        name = "Cơ sở cai nghiện, y tế",
        description = "Rehab facilities, health stations, reception points, substitution clinics; qualifications and"
                + " the legal conditions of public rehab facilities")
class FacilityApiController {

    private final FacilityService facilities;
    private final Clock clock;

    FacilityApiController(FacilityService facilities, Clock clock) {
        this.facilities = facilities;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Facilities of a unit (and what it covers), of a kind or all, open on a day (today)")
    List<FacilityRow> list(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @RequestParam(required = false) FacilityKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return facilities.search(unit, kind, on);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A facility, with whether it meets the law today (public rehab facilities)")
    FacilityDto get(@PathVariable long id) {
        return dto(facilities.get(id));
    }

    @GetMapping("/{id}/occupancy")
    @Operation(
            summary = "A rehab facility's occupancy on a day (today)",
            description = "Counted from the rehab episodes placed at the facility and open that day (admissions,"
                    + " transfers, discharges), split as the capacity is; never typed (ADR 043).")
    Occupancy occupancy(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return facilities.occupancy(id, on);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a facility",
            description = "`communeCode` is the code in force on `validFrom`; a dispensing point names its"
                    + " `clinicId`; capacity only for rehab facilities.")
    FacilityDto create(@Valid @RequestBody FacilityForm form) {
        return dto(facilities.record(form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a facility; `version` must be the one read")
    FacilityDto update(@PathVariable long id, @Valid @RequestBody FacilityForm form) {
        return dto(facilities.correct(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a facility recorded by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        facilities.delete(id, version);
    }

    @GetMapping("/{id}/qualifications")
    @Operation(summary = "The qualifications of a facility, newest first")
    List<QualificationDto> qualifications(@PathVariable long id) {
        return facilities.qualifications(id).stream()
                .map(FacilityApiController::dto)
                .toList();
    }

    @PostMapping("/{id}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a qualification; `version` is the facility's as read (it is raised)")
    QualificationDto qualify(@PathVariable long id, @Valid @RequestBody QualificationForm form) {
        return dto(facilities.qualify(id, form));
    }

    @DeleteMapping("/{id}/qualifications/{qualificationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a qualification recorded by mistake; `version` is the facility's")
    void deleteQualification(@PathVariable long id, @PathVariable long qualificationId, @RequestParam long version) {
        facilities.deleteQualification(id, qualificationId, version);
    }

    @GetMapping("/{id}/assessments")
    @Operation(summary = "The assessments of a public rehab facility's legal conditions, newest first")
    List<AssessmentDto> assessments(@PathVariable long id) {
        return facilities.assessments(id).stream()
                .map(FacilityApiController::dto)
                .toList();
    }

    @PostMapping("/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess a legal condition on a day; `version` is the facility's as read (it is raised)")
    AssessmentDto assess(@PathVariable long id, @Valid @RequestBody AssessmentForm form) {
        return dto(facilities.assess(id, form));
    }

    @DeleteMapping("/{id}/assessments/{assessmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an assessment recorded by mistake; `version` is the facility's")
    void deleteAssessment(@PathVariable long id, @PathVariable long assessmentId, @RequestParam long version) {
        facilities.deleteAssessment(id, assessmentId, version);
    }

    private FacilityDto dto(Facility f) {
        return new FacilityDto(
                f.getId(),
                facilities.communeOf(f).code(),
                f.getKind(),
                f.getName(),
                f.isPublicOwned(),
                f.getLicenceNumber(),
                f.getLicenceDate(),
                f.getValidFrom(),
                f.getValidTo(),
                f.getClinicId(),
                f.getVoluntaryAdults(),
                f.getVoluntaryMinors(),
                f.getCompulsoryAdults(),
                f.getCompulsoryMinors(),
                f.getKind() == FacilityKind.PUBLIC_REHAB ? facilities.meetsLaw(f.getId(), LocalDate.now(clock)) : null,
                f.getNote(),
                f.getVersion());
    }

    private static QualificationDto dto(FacilityQualification q) {
        return new QualificationDto(q.getId(), q.getKind(), q.getSince(), q.getUntil(), q.getDecision());
    }

    private static AssessmentDto dto(FacilityAssessment a) {
        return new AssessmentDto(a.getId(), a.getCriterion(), a.getAssessedOn(), a.isMet(), a.getEvidence());
    }

    /** A facility as the API shows it. */
    record FacilityDto(
            long id,
            String communeCode,
            FacilityKind kind,
            String name,
            boolean publicOwned,
            String licenceNumber,
            LocalDate licenceDate,
            LocalDate validFrom,
            LocalDate validTo,
            Long clinicId,
            Integer voluntaryAdults,
            Integer voluntaryMinors,
            Integer compulsoryAdults,
            Integer compulsoryMinors,
            Boolean meetsLawToday,
            String note,
            long version) {}

    /** A qualification as the API shows it. */
    record QualificationDto(long id, QualificationKind kind, LocalDate since, LocalDate until, String decision) {}

    /** An assessment as the API shows it. */
    record AssessmentDto(long id, Criterion criterion, LocalDate assessedOn, boolean met, String evidence) {}
}
