package vn.pcmt.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.pcmt.metrics.Comparison;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanHeader;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanStatus;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.Revision;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TargetLevel;
import vn.pcmt.plans.internal.TargetUnits;
import vn.pcmt.plans.internal.UnitProgress;
import vn.pcmt.platform.ReadsFigures;

/** Plans as data for other systems: plans, targets, progress, templates, export and import. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kế hoạch", description = "Plans, their targets over the metric catalogue, and their progress")
class PlanApiController {

    private final PlanService plans;
    private final Clock clock;

    PlanApiController(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/plans")
    @Operation(summary = "The plans of a province in the caller's jurisdiction")
    List<PlanDto> list(@RequestParam String province) {
        return plans.list(province).stream().map(p -> PlanDto.of(p, List.of())).toList();
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter a plan (its targets are added next)",
            description = "The plan starts as a draft (`status`: DRAFT); `POST /plans/{id}/adopt` puts it in force.")
    PlanDto create(@Valid @RequestBody PlanForm form) {
        return PlanDto.of(plans.create(form), List.of());
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "A plan with its targets, its status (DRAFT, IN_FORCE, ENDED, SUPERSEDED) and version")
    PlanDto get(@PathVariable long id) {
        return PlanDto.of(plans.get(id), plans.targets(id));
    }

    @PutMapping("/plans/{id}")
    @Operation(
            summary = "Correct a plan's header (number, title, issuer, dates, legal basis, objectives)",
            description = "`version` must be the one read (409 otherwise). The province does not change. A superseded"
                    + " plan cannot be corrected (422). The former header stays in the history (`/history`).")
    PlanDto update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody PlanForm form) {
        Plan plan = plans.update(id, form, version);
        return PlanDto.of(plan, plans.targets(plan.getId()));
    }

    @DeleteMapping("/plans/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a draft plan (softly, kept in the history)",
            description = "A plan that was ever in force is not deleted (422): it is ended or superseded instead.")
    void delete(@PathVariable long id, @RequestParam long version) {
        plans.delete(id, version);
    }

    @PostMapping("/plans/{id}/adopt")
    @Operation(summary = "Put a draft in force; its number, issuer and date of issue must be filled in")
    PlanDto adopt(@PathVariable long id, @RequestParam long version) {
        return PlanDto.of(plans.adopt(id, version), plans.targets(id));
    }

    @PostMapping("/plans/{id}/end")
    @Operation(summary = "End a plan in force")
    PlanDto end(@PathVariable long id, @RequestParam long version) {
        return PlanDto.of(plans.end(id, version), plans.targets(id));
    }

    @PostMapping("/plans/{id}/supersede")
    @Operation(summary = "Mark a plan in force or ended as superseded by another plan of the province, in force")
    PlanDto supersede(@PathVariable long id, @RequestParam long by, @RequestParam long version) {
        return PlanDto.of(plans.supersede(id, by, version), plans.targets(id));
    }

    @GetMapping("/plans/{id}/history")
    @Operation(summary = "The plan's header and status through its history, oldest first, with who and when")
    List<Revision<PlanHeader>> history(@PathVariable long id) {
        return plans.history(id);
    }

    @PutMapping("/plans/{id}/targets/{targetId}")
    @Operation(
            summary = "Correct a target (text, metric, form, comparison, threshold, level…)",
            description = "`version` must be the one read. Reports already submitted keep the figures and thresholds"
                    + " they were judged on; the former versions stay in the target's history.")
    TargetDto correctTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam long version,
            @Valid @RequestBody PlanTargetForm form) {
        return TargetDto.of(plans.correctTarget(id, targetId, form, version));
    }

    @GetMapping("/plans/{id}/targets/{targetId}/history")
    @Operation(summary = "A target's versions, oldest first, with who corrected it and when")
    List<Revision<PlanTargetForm>> targetHistory(@PathVariable long id, @PathVariable long targetId) {
        return plans.targetHistory(id, targetId);
    }

    @PostMapping("/plans/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a target: a metric, its form (value, share, growth, change), a comparison, a threshold")
    TargetDto addTarget(@PathVariable long id, @Valid @RequestBody PlanTargetForm form) {
        return TargetDto.of(plans.addTarget(id, form));
    }

    @DeleteMapping("/plans/{id}/targets/{targetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTarget(@PathVariable long id, @PathVariable long targetId, @RequestParam long version) {
        plans.deleteTarget(id, targetId, version);
    }

    @GetMapping("/plans/{id}/progress")
    @ReadsFigures
    @Operation(
            summary = "Every target's value, status (met, on track, at risk, missed) and trend, for a unit on a date",
            description = "Each progress says where its figures come from in `source`: REGISTER (counted from the"
                    + " registers' records), MANUAL (manual figures entered by hand) or MIXED (both, e.g. a register"
                    + " figure over a manual denominator).")
    List<TargetProgress> progress(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return plans.progress(id, unit, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/plans/{id}/progress/units")
    @ReadsFigures
    @Operation(
            summary = "Every target for each unit beneath a unit: the whole plan drilled down at once",
            description = "Each target broken down as `/targets/{targetId}/units` does. `country=true` (national users"
                    + " only): every commune of the country (or every former district before 1/7/2025).")
    List<TargetUnits> progressByUnit(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean country,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return plans.breakdownAll(id, country ? null : plans.unitFor(plans.get(id), unit), on);
    }

    @GetMapping("/plans/{id}/targets/{targetId}/units")
    @ReadsFigures
    @Operation(
            summary = "A target for each commune (or each former district) beneath a unit: the drill-down",
            description = "A target of the unit itself is broken down by commune; a target of each former district"
                    + " by the districts in force at the end of its period (none after 30/06/2025).")
    List<UnitProgress> units(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return plans.breakdown(
                id, targetId, plans.unitFor(plans.get(id), unit), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/plans/{id}/export")
    @Operation(summary = "The plan as a JSON file, to import in another province or year")
    ResponseEntity<PlanDocument> export(@PathVariable long id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ke-hoach-" + id + ".json\"")
                .body(plans.export(id));
    }

    @PostMapping("/plans/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "A plan from a JSON file into a province: all of it or nothing",
            description = "The plan starts as a draft; its number, issuer and date of issue are left to fill in unless"
                    + " `keepHeader=true` (the province's own plan). An agency of the file that the province does not"
                    + " have refuses the import (422, `details.unmatched` and `details.offered`); map it with"
                    + " `agency.<code of the file>=<code of the province>`, e.g. `agency.SLDTBXH=SNV`.")
    PlanDto importPlan(
            @RequestParam String province,
            @RequestParam(defaultValue = "false") boolean keepHeader,
            @RequestParam java.util.Map<String, String> parameters,
            @RequestBody PlanDocument document) {
        Plan plan = plans.importPlan(
                document, province, new PlanService.ImportOptions(keepHeader, AgencyMapping.from(parameters)));
        return PlanDto.of(plan, plans.targets(plan.getId()));
    }

    @PostMapping("/plans/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Copy a plan for another province or year (`shiftYears` moves every date)",
            description = "The copy is a draft without number, issuer or date of issue, to fill in.")
    PlanDto copy(
            @PathVariable long id, @RequestParam String province, @RequestParam(defaultValue = "0") int shiftYears) {
        Plan plan = plans.copy(id, province, shiftYears);
        return PlanDto.of(plan, plans.targets(plan.getId()));
    }

    @GetMapping("/plan-templates")
    @Operation(summary = "The plans shipped as templates (the seed plans of Hưng Yên, Ninh Bình, Kon Tum)")
    List<PlanDocument> templates() {
        return plans.templates();
    }

    @PostMapping("/plan-templates/{code}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new plan of a province from a template: a draft without number, issuer or date of issue")
    PlanDto copyTemplate(
            @PathVariable String code,
            @RequestParam String province,
            @RequestParam(defaultValue = "0") int shiftYears) {
        Plan plan = plans.copyTemplate(code, province, shiftYears);
        return PlanDto.of(plan, plans.targets(plan.getId()));
    }

    record TargetDto(
            long id,
            String code,
            String text,
            String metricCode,
            TargetForm form,
            String denominator,
            Comparison comparison,
            BigDecimal threshold,
            boolean yearly,
            LocalDate dueOn,
            TargetLevel level,
            Long groupId,
            Comparison unitComparison,
            BigDecimal unitThreshold,
            long version) {
        static TargetDto of(PlanTarget t) {
            return new TargetDto(
                    t.getId(),
                    t.getCode(),
                    t.getText(),
                    t.getMetricCode(),
                    t.getForm(),
                    t.getDenominator(),
                    t.getComparison(),
                    t.getThreshold(),
                    t.isYearly(),
                    t.getDueOn(),
                    t.getLevel(),
                    t.getGroupId(),
                    t.getUnitComparison(),
                    t.getUnitThreshold(),
                    t.getVersion());
        }
    }

    record PlanDto(
            long id,
            String provinceCode,
            String number,
            String title,
            String issuer,
            LocalDate issuedOn,
            LocalDate periodFrom,
            LocalDate periodTo,
            String legalBasis,
            String objectives,
            String templateCode,
            PlanStatus status,
            Long supersededById,
            List<TargetDto> targets,
            long version) {
        static PlanDto of(Plan p, List<PlanTarget> targets) {
            return new PlanDto(
                    p.getId(),
                    p.getProvinceCode(),
                    p.getNumber(),
                    p.getTitle(),
                    p.getIssuer(),
                    p.getIssuedOn(),
                    p.getPeriodFrom(),
                    p.getPeriodTo(),
                    p.getLegalBasis(),
                    p.getObjectives(),
                    p.getTemplateCode(),
                    p.getStatus(),
                    p.getSupersededById(),
                    targets.stream().map(TargetDto::of).toList(),
                    p.getVersion());
        }
    }
}
