package vn.pcmt.localities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.localities.DrugFreeAlert;
import vn.pcmt.localities.internal.Assessment;
import vn.pcmt.localities.internal.CriteriaSet;
import vn.pcmt.localities.internal.CriterionResult;
import vn.pcmt.localities.internal.DrugFreeCommune;
import vn.pcmt.localities.internal.DrugFreeFigures;
import vn.pcmt.localities.internal.DrugFreeProgramme;
import vn.pcmt.localities.internal.DrugFreeProgrammeForm;
import vn.pcmt.localities.internal.DrugFreeService;
import vn.pcmt.localities.internal.DrugFreeStatus;
import vn.pcmt.localities.internal.DrugFreeStep;
import vn.pcmt.localities.internal.ManualValue;

/** The drug-free commune programme for other systems: criteria sets, programmes, the workflow, assessments. */
@RestController
@RequestMapping("/api/v1/drug-free")
@Tag(name = "Xã không ma túy", description = "Drug-free commune programmes, criteria sets, workflow and alerts")
class DrugFreeApiController {

    private final DrugFreeService drugFree;
    private final Clock clock;

    DrugFreeApiController(DrugFreeService drugFree, Clock clock) {
        this.drugFree = drugFree;
        this.clock = clock;
    }

    @GetMapping("/criteria-sets")
    @Operation(summary = "The versioned criteria sets, each criterion automatic (from the registers) or manual")
    List<CriteriaSet> criteriaSets() {
        return drugFree.criteriaSets();
    }

    @GetMapping("/programmes")
    @Operation(summary = "The programmes of a province")
    List<ProgrammeDto> programmes(@RequestParam String province) {
        return drugFree.programmes(province).stream().map(ProgrammeDto::of).toList();
    }

    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a programme in a province of the caller's jurisdiction (provincial police)")
    ProgrammeDto createProgramme(@Valid @RequestBody DrugFreeProgrammeForm form) {
        return ProgrammeDto.of(drugFree.createProgramme(form));
    }

    /** A move to a newer revision of the programme's criteria set, at the programme's version read. */
    record RevisionMove(@NotNull Long criteriaSetId, @NotNull Long version) {}

    @PostMapping("/programmes/{id}/criteria-set")
    @Operation(
            summary = "Move a programme to a newer revision of its criteria set (provincial standing office)",
            description = "Only a later revision of the same set (same code and owner) is accepted (422"
                    + " `drugfree.programme.notNewerRevision` otherwise). Assessments made before keep the criteria"
                    + " of the revision they were judged on; the next ones use the new revision.")
    ProgrammeDto moveToRevision(@PathVariable long id, @Valid @RequestBody RevisionMove move) {
        return ProgrammeDto.of(drugFree.moveToRevision(id, move.criteriaSetId(), move.version()));
    }

    @GetMapping("/programmes/{id}/communes")
    @Operation(summary = "The communes of a programme in the caller's jurisdiction, with their status")
    List<EntryDto> communes(@PathVariable long id) {
        return drugFree.communes(id).stream()
                .map(e -> EntryDto.of(e, drugFree.unitOf(e).code()))
                .toList();
    }

    @GetMapping("/programmes/{id}/figures")
    @Operation(summary = "Communes, registered and recognised per former district (KT1: at least 30% per district)")
    List<DrugFreeFigures> figures(@PathVariable long id) {
        return drugFree.figures(id);
    }

    @PostMapping("/programmes/{id}/communes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a commune in the programme")
    EntryDto register(@PathVariable long id, @Valid @RequestBody Registration body) {
        DrugFreeCommune e =
                drugFree.register(id, body.communeCode(), body.on() == null ? LocalDate.now(clock) : body.on());
        return EntryDto.of(e, drugFree.unitOf(e).code());
    }

    @GetMapping("/communes/{code}/assessment")
    @Operation(
            summary = "Each criterion of the commune's programme judged on a date: its value and whether it is met",
            description = "Automatic criteria are computed from the registers on the date; manual ones come from the"
                    + " latest assessment made on or before it. Without `programme`, the commune's latest entry.")
    AssessmentNow assessment(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long programme) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        DrugFreeCommune entry = drugFree.entryOf(code, programme).orElseThrow();
        List<CriterionResult> results = drugFree.evaluate(entry.getId(), on);
        return new AssessmentNow(
                code,
                entry.getId(),
                entry.getProgrammeId(),
                entry.getStatus(),
                on,
                results.stream().allMatch(CriterionResult::met),
                results.stream().map(CriterionDto::of).toList());
    }

    @GetMapping("/entries/{id}")
    EntryDetail entry(@PathVariable long id) {
        DrugFreeCommune e = drugFree.entry(id);
        return new EntryDetail(
                EntryDto.of(e, drugFree.unitOf(e).code()),
                drugFree.steps(id),
                drugFree.assessments(id).stream().map(AssessmentDto::of).toList());
    }

    @PostMapping("/entries/{id}/self-assessment")
    @Operation(summary = "The commune's self-assessment: manual values by criterion id; automatic ones computed")
    AssessmentDto selfAssess(@PathVariable long id, @Valid @RequestBody SelfAssessment body) {
        Map<Long, ManualValue> manual = new HashMap<>();
        if (body.manual() != null) {
            body.manual()
                    .forEach(m -> manual.put(m.criterionId(), new ManualValue(m.value(), m.total(), m.evidence())));
        }
        return AssessmentDto.of(drugFree.selfAssess(id, body.on(), manual, body.comment(), body.version()));
    }

    @PostMapping("/entries/{id}/submission")
    @Operation(summary = "Submit the dossier for appraisal (the self-assessment must meet every criterion)")
    EntryDto submit(@PathVariable long id, @RequestParam long version) {
        DrugFreeCommune e = drugFree.submit(id, version);
        return EntryDto.of(e, drugFree.unitOf(e).code());
    }

    @PostMapping("/entries/{id}/appraisal")
    @Operation(summary = "Appraise a submitted dossier; manual criteria not accepted are listed in `rejected`")
    AssessmentDto appraise(@PathVariable long id, @Valid @RequestBody Appraisal body) {
        return AssessmentDto.of(drugFree.appraise(
                id,
                body.on(),
                body.rejected() == null ? Set.of() : body.rejected(),
                body.comments() == null ? Map.of() : body.comments(),
                body.comment(),
                body.version()));
    }

    @PostMapping("/entries/{id}/recognition")
    @Operation(summary = "Recognise an appraised commune by decision")
    EntryDto recognise(@PathVariable long id, @Valid @RequestBody Recognition body) {
        DrugFreeCommune e = drugFree.recognise(id, body.text(), body.on(), body.version());
        return EntryDto.of(e, drugFree.unitOf(e).code());
    }

    @PostMapping("/entries/{id}/review")
    @Operation(summary = "The yearly re-assessment of a recognised commune")
    AssessmentDto review(@PathVariable long id, @Valid @RequestBody Decision body) {
        return AssessmentDto.of(drugFree.review(id, body.on(), body.text(), body.version()));
    }

    @PostMapping("/entries/{id}/revocation")
    @Operation(summary = "Revoke the recognition, with the reason")
    EntryDto revoke(@PathVariable long id, @Valid @RequestBody Decision body) {
        DrugFreeCommune e = drugFree.revoke(id, body.on(), body.text(), body.version());
        return EntryDto.of(e, drugFree.unitOf(e).code());
    }

    @GetMapping("/entries/{id}/evidence")
    @Operation(summary = "The evidence files of a commune's dossier (without their content)")
    List<vn.pcmt.localities.internal.Evidence> evidence(@PathVariable long id) {
        return drugFree.evidence(id);
    }

    @PostMapping(value = "/entries/{id}/evidence", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file (PDF, JPEG, PNG; 5 MB) to a manual criterion")
    vn.pcmt.localities.internal.Evidence attach(
            @PathVariable long id,
            @RequestParam long criterionId,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return drugFree.attach(id, criterionId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/entries/{id}/evidence/{evidenceId}")
    org.springframework.http.ResponseEntity<byte[]> evidenceContent(
            @PathVariable long id, @PathVariable long evidenceId) {
        var meta = drugFree.evidence(id).stream()
                .filter(e -> e.id() == evidenceId)
                .findFirst()
                .orElseThrow();
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(meta.contentType()))
                .body(drugFree.evidenceContent(id, evidenceId));
    }

    @GetMapping("/alerts")
    @Operation(summary = "Open alerts of recognised communes in the caller's jurisdiction")
    List<DrugFreeAlert> alerts() {
        return drugFree.openAlerts(null);
    }

    record Registration(@NotBlank @Size(max = 10) String communeCode, LocalDate on) {}

    record ManualEntry(
            @NotNull Long criterionId,
            @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99") BigDecimal value,
            @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99") BigDecimal total,
            @Size(max = 4000) String evidence) {}

    record SelfAssessment(
            @NotNull LocalDate on,
            @Size(max = 200) List<@Valid @NotNull ManualEntry> manual,
            @Size(max = 4000) String comment,
            @NotNull Long version) {}

    record Appraisal(
            @NotNull LocalDate on,
            @Size(max = 200) Set<@NotNull Long> rejected,
            @Size(max = 200) Map<@NotNull Long, @Size(max = 4000) String> comments,
            @Size(max = 4000) String comment,
            @NotNull Long version) {}

    /** A dated decision or note: the decision number for a recognition, the reason for a revocation. */
    record Decision(@NotNull LocalDate on, @Size(max = 4000) String text, @NotNull Long version) {}

    /** A recognition: the number of its decision. */
    record Recognition(@NotNull LocalDate on, @Size(max = 100) String text, @NotNull Long version) {}

    record ProgrammeDto(
            long id,
            String provinceCode,
            String name,
            long criteriaSetId,
            LocalDate startsOn,
            LocalDate phaseEndsOn,
            BigDecimal targetPercent,
            long version) {
        static ProgrammeDto of(DrugFreeProgramme p) {
            return new ProgrammeDto(
                    p.getId(),
                    p.getProvinceCode(),
                    p.getName(),
                    p.getCriteriaSetId(),
                    p.getStartsOn(),
                    p.getPhaseEndsOn(),
                    p.getTargetPercent(),
                    p.getVersion());
        }
    }

    record EntryDto(
            long id,
            long programmeId,
            String communeCode,
            DrugFreeStatus status,
            LocalDate registeredOn,
            String decisionNumber,
            LocalDate recognisedOn,
            LocalDate revokedOn,
            long version) {
        static EntryDto of(DrugFreeCommune e, String code) {
            return new EntryDto(
                    e.getId(),
                    e.getProgrammeId(),
                    code,
                    e.getStatus(),
                    e.getRegisteredOn(),
                    e.getDecisionNumber(),
                    e.getRecognisedOn(),
                    e.getRevokedOn(),
                    e.getVersion());
        }
    }

    record CriterionDto(
            long criterionId,
            int ordinal,
            String code,
            String text,
            boolean automatic,
            BigDecimal value,
            BigDecimal total,
            boolean met,
            String evidence,
            String comment) {
        static CriterionDto of(CriterionResult r) {
            return new CriterionDto(
                    r.criterion().id(),
                    r.criterion().ordinal(),
                    r.criterion().code(),
                    r.criterion().text(),
                    r.automatic(),
                    r.value(),
                    r.total(),
                    r.met(),
                    r.evidence(),
                    r.comment());
        }
    }

    record AssessmentNow(
            String communeCode,
            long entryId,
            long programmeId,
            DrugFreeStatus status,
            LocalDate date,
            boolean allMet,
            List<CriterionDto> criteria) {}

    record AssessmentDto(
            long id,
            String kind,
            LocalDate assessedOn,
            boolean allMet,
            String comment,
            String by,
            List<CriterionDto> criteria) {
        static AssessmentDto of(Assessment a) {
            return new AssessmentDto(
                    a.id(),
                    a.kind().name(),
                    a.assessedOn(),
                    a.allMet(),
                    a.comment(),
                    a.byUser(),
                    a.items().stream().map(CriterionDto::of).toList());
        }
    }

    record EntryDetail(EntryDto entry, List<DrugFreeStep> steps, List<AssessmentDto> assessments) {}
}
