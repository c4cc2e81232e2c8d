package vn.pcmt.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import vn.pcmt.cases.internal.AgeGroup;
import vn.pcmt.cases.internal.CaseFlag;
import vn.pcmt.cases.internal.CaseForm;
import vn.pcmt.cases.internal.CaseRow;
import vn.pcmt.cases.internal.CaseSeizure;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.CaseStage;
import vn.pcmt.cases.internal.CaseSuspect;
import vn.pcmt.cases.internal.DrugCase;
import vn.pcmt.cases.internal.SeizureForm;
import vn.pcmt.cases.internal.SeizureUnit;
import vn.pcmt.cases.internal.StageForm;
import vn.pcmt.cases.internal.SuspectForm;
import vn.pcmt.cases.internal.SuspectRole;
import vn.pcmt.people.People;
import vn.pcmt.platform.ListPeriod;

/** The drug crime case register for other systems, inside the caller's jurisdiction (ADR 032). */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Vụ án ma túy", description = "Drug crime cases: record, stages, suspects, seizures, list")
class CaseApiController {

    private final CaseService cases;
    private final Clock clock;

    CaseApiController(CaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Cases of a unit (and what it covers, across unit history) detected in a period, filtered",
            description = "Without `from`, the period starts on 1 January of the year of `to`; without `to`, today.")
    List<CaseRow> list(
            @Parameter(description = "unit code (province, district before 2025, or commune)") @RequestParam
                    String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Penal Code article, e.g. 251 or 256a") @RequestParam(required = false)
                    String article,
            @RequestParam(required = false) CaseStage stage,
            @RequestParam(required = false) CaseFlag flag,
            @Parameter(description = "detecting agency id") @RequestParam(required = false) Long agency,
            @Parameter(description = "substance code of a seizure, e.g. METH") @RequestParam(required = false)
                    String substance) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return cases.search(unit, period.from(), period.to(), article, stage, flag, agency, substance);
    }

    @GetMapping("/summary")
    @Operation(
            summary = "Cases and suspects of a unit in a period by Penal Code article, by detecting agency, and"
                    + " quantities seized by substance (per unit of measure)",
            description = "A case under two articles counts under each. Kilograms are summed as grams. Without"
                    + " `from`, the period starts on 1 January of the year of `to`; without `to`, today. 403 outside"
                    + " the caller's jurisdiction. Each line filters `GET /api/v1/cases` with `article`, `agency` or"
                    + " `substance`.")
    vn.pcmt.cases.internal.CaseSummary summary(
            @Parameter(description = "unit code (province, district before 2025, or commune)") @RequestParam
                    String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return cases.summary(unit, period.from(), period.to());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its stages, suspects (the read is logged) and seizures")
    CaseDto get(@PathVariable long id) {
        return dto(cases.get(id), true);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a case detected in a commune of the caller's jurisdiction")
    CaseDto create(@Valid @RequestBody CaseForm form) {
        return dto(cases.record(form), false);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a case; `version` must be the one read")
    CaseDto update(@PathVariable long id, @Valid @RequestBody CaseForm form) {
        return dto(cases.correct(id, form), false);
    }

    @PostMapping("/{id}/stages")
    @Operation(
            summary = "Move a case on: OPEN, CHARGE, INDICT, TRY (mobileTrial), JUDGE, TRANSFER or SUSPEND",
            description = "Refused (422) when the stage does not allow the action or the date is before the last"
                    + " stage reached; `version` must be the case's version read.")
    CaseDto stage(@PathVariable long id, @Valid @RequestBody StageForm form) {
        return dto(cases.act(id, form), false);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a case recorded by mistake, with its suspects and seizures (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        cases.delete(id, version);
    }

    @PostMapping("/{id}/suspects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a suspect: a person of the register (`personId`) or identity fields",
            description = "`caseVersion` must be the case's version read; the case's version moves on.")
    SuspectDto addSuspect(@PathVariable long id, @Valid @RequestBody SuspectForm form) {
        CaseSuspect s = cases.addSuspect(id, form);
        return SuspectDto.of(s, cases.nameOf(s), s.getIdNumber());
    }

    @DeleteMapping("/{id}/suspects/{suspectId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a suspect (kept in the history); `version` is the suspect's")
    void deleteSuspect(@PathVariable long id, @PathVariable long suspectId, @RequestParam long version) {
        cases.deleteSuspect(id, suspectId, version);
    }

    @PostMapping("/{id}/seizures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a seizure: a substance with quantity and unit, and/or other items",
            description = "`caseVersion` must be the case's version read; the case's version moves on.")
    SeizureDto addSeizure(@PathVariable long id, @Valid @RequestBody SeizureForm form) {
        return SeizureDto.of(cases.addSeizure(id, form));
    }

    @DeleteMapping("/{id}/seizures/{seizureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a seizure (kept in the history); `version` is the seizure's")
    void deleteSeizure(@PathVariable long id, @PathVariable long seizureId, @RequestParam long version) {
        cases.deleteSeizure(id, seizureId, version);
    }

    private CaseDto dto(DrugCase c, boolean withParts) {
        List<SuspectDto> suspects = withParts
                ? cases.suspects(c.getId()).stream()
                        .map(s -> SuspectDto.of(s, cases.nameOf(s), People.maskIdNumber(s.getIdNumber())))
                        .toList()
                : null;
        List<SeizureDto> seizures = withParts
                ? cases.seizures(c.getId()).stream().map(SeizureDto::of).toList()
                : null;
        return new CaseDto(
                c.getId(),
                cases.communeOf(c.getCommuneId()).code(),
                c.getDetectedOn(),
                c.getLatitude(),
                c.getLongitude(),
                c.getAgencyId(),
                cases.agencyName(c.getAgencyId()),
                c.getSummary(),
                c.getArticles().stream().sorted().toList(),
                c.getStage(),
                c.stages(),
                c.isMobileTrial(),
                c.isCyberspace(),
                c.isTransnational(),
                c.isOrganisedRing(),
                c.isKeyRoute(),
                c.getNote(),
                suspects,
                seizures,
                c.getVersion());
    }

    /** A case as the API shows it; suspects and seizures on a read only. */
    record CaseDto(
            long id,
            String communeCode,
            LocalDate detectedOn,
            BigDecimal latitude,
            BigDecimal longitude,
            long agencyId,
            String agencyName,
            String summary,
            List<String> articles,
            CaseStage stage,
            List<DrugCase.StageReached> stages,
            boolean mobileTrial,
            boolean cyberspace,
            boolean transnational,
            boolean organisedRing,
            boolean keyRoute,
            String note,
            List<SuspectDto> suspects,
            List<SeizureDto> seizures,
            long version) {}

    /** A suspect; the identification number masked on reads. */
    record SuspectDto(
            long id,
            Long personId,
            String fullName,
            Boolean female,
            Integer birthYear,
            String idNumber,
            SuspectRole role,
            AgeGroup ageGroup,
            boolean priorRecord,
            boolean drugUser,
            long version) {

        static SuspectDto of(CaseSuspect s, String name, String idNumber) {
            return new SuspectDto(
                    s.getId(),
                    s.getPersonId(),
                    name,
                    s.getFemale(),
                    s.getBirthYear(),
                    idNumber,
                    s.getRole(),
                    s.getAgeGroup(),
                    s.isPriorRecord(),
                    s.isDrugUser(),
                    s.getVersion());
        }
    }

    record SeizureDto(
            long id, String substance, BigDecimal quantity, SeizureUnit unit, String otherItems, long version) {

        static SeizureDto of(CaseSeizure z) {
            return new SeizureDto(
                    z.getId(), z.getSubstanceCode(), z.getQuantity(), z.getUnit(), z.getOtherItems(), z.getVersion());
        }
    }
}
