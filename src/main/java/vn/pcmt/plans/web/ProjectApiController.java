package vn.pcmt.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
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
import vn.pcmt.plans.internal.BudgetLine;
import vn.pcmt.plans.internal.BudgetLineForm;
import vn.pcmt.plans.internal.BudgetLineView;
import vn.pcmt.plans.internal.BudgetService;
import vn.pcmt.plans.internal.BudgetSummary;
import vn.pcmt.plans.internal.BudgetTotal;
import vn.pcmt.plans.internal.FundingSource;
import vn.pcmt.plans.internal.PlanProject;
import vn.pcmt.plans.internal.PlanProjectForm;
import vn.pcmt.plans.internal.ProjectService;
import vn.pcmt.plans.internal.ProjectView;

/** The projects of a plan, their budget lines and the totals, for other systems (e.g. the finance department's). */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Dự án và kinh phí",
        description = "Projects and sub-projects of a plan (Dự án 1–9 of the National Target Programme), their budget"
                + " lines (allocated, disbursed; whole đồng) and totals by project, year, agency and funding source")
class ProjectApiController {

    private final ProjectService projects;
    private final BudgetService budget;

    ProjectApiController(ProjectService projects, BudgetService budget) {
        this.projects = projects;
        this.budget = budget;
    }

    @GetMapping("/plans/{id}/projects")
    @Operation(summary = "The projects of a plan, each followed by its sub-projects, with their totals")
    List<ProjectDto> list(@PathVariable long id) {
        return projects.ofPlan(id).stream().map(ProjectDto::of).toList();
    }

    @PostMapping("/plans/{id}/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a project, or a sub-project with `parentId`, led by an agency of the plan's province",
            description = "Codes are unique within the plan (e.g. DA1, DA7.2); sub-projects are one level deep.")
    ProjectDto add(@PathVariable long id, @Valid @RequestBody PlanProjectForm form) {
        PlanProject project = projects.add(id, form);
        return ProjectDto.of(projects.view(id, project.getId()));
    }

    @GetMapping("/plans/{id}/projects/{projectId}")
    @Operation(summary = "A project with its total (with its sub-projects' for a project that has some)")
    ProjectDto get(@PathVariable long id, @PathVariable long projectId) {
        return ProjectDto.of(projects.view(id, projectId));
    }

    @PutMapping("/plans/{id}/projects/{projectId}")
    @Operation(summary = "Correct a project; `version` must be the one read (409 otherwise)")
    ProjectDto update(
            @PathVariable long id,
            @PathVariable long projectId,
            @RequestParam long version,
            @Valid @RequestBody PlanProjectForm form) {
        projects.update(id, projectId, form, version);
        return ProjectDto.of(projects.view(id, projectId));
    }

    @DeleteMapping("/plans/{id}/projects/{projectId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project that has no sub-project and no budget line left (422 otherwise)")
    void delete(@PathVariable long id, @PathVariable long projectId, @RequestParam long version) {
        projects.delete(id, projectId, version);
    }

    @GetMapping("/plans/{id}/projects/{projectId}/budget-lines")
    @Operation(summary = "The budget lines of a project (not of its sub-projects), by year, agency and source")
    List<BudgetLineDto> lines(@PathVariable long id, @PathVariable long projectId) {
        return budget.lines(id, projectId).stream().map(BudgetLineDto::of).toList();
    }

    @PostMapping("/plans/{id}/projects/{projectId}/budget-lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a budget line: an agency, a year of the plan, a funding source, the amounts in đồng",
            description = "Refused (422) when disbursed exceeds allocated, the year is outside the plan, an amount is"
                    + " negative or has a fraction, or the project already has a line for the same agency, year and"
                    + " source (its id in `existingLineId`).")
    BudgetLineDto addLine(
            @PathVariable long id, @PathVariable long projectId, @Valid @RequestBody BudgetLineForm form) {
        return BudgetLineDto.of(budget.line(budget.add(id, projectId, form).getId()));
    }

    @PutMapping("/budget-lines/{id}")
    @Operation(summary = "Correct a budget line under the same rules; `version` must be the one read (409 otherwise)")
    BudgetLineDto updateLine(
            @PathVariable long id, @RequestParam long version, @Valid @RequestBody BudgetLineForm form) {
        budget.update(id, form, version);
        return BudgetLineDto.of(budget.line(id));
    }

    @DeleteMapping("/budget-lines/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a budget line (kept in the history); `version` must be the one read")
    void deleteLine(@PathVariable long id, @RequestParam long version) {
        budget.delete(id, version);
    }

    @GetMapping("/plans/{id}/budget-summary")
    @Operation(
            summary = "The plan's money: allocated, disbursed and disbursement rate (%) in all, by project (with its"
                    + " sub-projects), by year, by agency and by funding source; computed from the lines")
    BudgetSummary summary(@PathVariable long id) {
        return budget.summary(id);
    }

    record ProjectDto(
            long id,
            long planId,
            String code,
            String name,
            Long parentId,
            String parentCode,
            Long leadAgencyId,
            String leadAgency,
            Set<Long> cooperatingAgencyIds,
            List<String> cooperatingAgencies,
            String description,
            int subProjects,
            BudgetTotal total,
            long version) {
        static ProjectDto of(ProjectView v) {
            PlanProject p = v.project();
            return new ProjectDto(
                    p.getId(),
                    p.getPlanId(),
                    p.getCode(),
                    p.getName(),
                    p.getParentId(),
                    v.parentCode(),
                    p.getLeadAgencyId(),
                    v.leadAgency(),
                    p.getCooperatingAgencyIds(),
                    v.cooperatingAgencies(),
                    p.getDescription(),
                    v.subProjects(),
                    v.total(),
                    p.getVersion());
        }
    }

    record BudgetLineDto(
            long id,
            long projectId,
            long agencyId,
            String agency,
            int year,
            FundingSource source,
            BigDecimal allocated,
            BigDecimal disbursed,
            BigDecimal disbursementRate,
            String note,
            Instant updatedAt,
            String updatedBy,
            long version) {
        static BudgetLineDto of(BudgetLineView v) {
            BudgetLine l = v.line();
            return new BudgetLineDto(
                    l.getId(),
                    l.getProjectId(),
                    l.getAgencyId(),
                    v.agency(),
                    l.getYear(),
                    l.getSource(),
                    l.getAllocated(),
                    l.getDisbursed(),
                    v.total().disbursementRate(),
                    l.getNote(),
                    l.getUpdatedAt(),
                    l.getUpdatedBy(),
                    l.getVersion());
        }
    }
}
