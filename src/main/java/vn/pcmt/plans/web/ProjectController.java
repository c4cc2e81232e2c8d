package vn.pcmt.plans.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.BudgetLine;
import vn.pcmt.plans.internal.BudgetLineForm;
import vn.pcmt.plans.internal.BudgetService;
import vn.pcmt.plans.internal.FundingSource;
import vn.pcmt.plans.internal.PlanProject;
import vn.pcmt.plans.internal.PlanProjectForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.ProjectService;
import vn.pcmt.plans.internal.ProjectView;
import vn.pcmt.platform.Forms;

/** A project of a plan and its budget lines: read by whoever reads the plan, entered by the standing office. */
@Controller
class ProjectController {

    private final PlanService plans;
    private final ProjectService projects;
    private final BudgetService budget;
    private final AgencyService agencies;
    private final Forms forms;
    private final Clock clock;

    ProjectController(
            PlanService plans,
            ProjectService projects,
            BudgetService budget,
            AgencyService agencies,
            Forms forms,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.budget = budget;
        this.agencies = agencies;
        this.forms = forms;
        this.clock = clock;
    }

    @InitBinder("budgetLineForm")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new VndAmountEditor());
    }

    /** A project or sub-project added from the plan page; a refused one goes back there with the reason. */
    @PostMapping("/plans/{id}/projects")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("projectForm") PlanProjectForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        plans.get(id);
        return forms.submit(errors, () -> projects.add(id, form))
                .map(project -> forms.done(
                        redirect,
                        "redirect:/plans/" + id + "?tab=projects#projects",
                        "plan.project.added",
                        project.getCode()))
                .orElseGet(() -> forms.back(
                        redirect, "projectForm", form, errors, "redirect:/plans/" + id + "?tab=projects#project-form"));
    }

    @GetMapping("/plans/{id}/projects/{projectId}")
    String show(
            @PathVariable long id,
            @PathVariable long projectId,
            @RequestParam(required = false) Long edit,
            Model model) {
        ProjectView view = projects.view(id, projectId);
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("view", view);
        model.addAttribute("project", view.project());
        model.addAttribute(
                "subProjects",
                projects.ofPlan(id).stream()
                        .filter(v -> view.project().getId().equals(v.project().getParentId()))
                        .toList());
        model.addAttribute("lines", budget.lines(id, projectId));
        model.addAttribute("agencies", agencies.list(plan.getProvinceCode()));
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("canEditPlan", plans.coversProvince(plan.getProvinceCode()));
        model.addAttribute(
                "parents",
                projects.ofPlan(id).stream()
                        .filter(v -> !v.project().isSubProject()
                                && !v.project().getId().equals(projectId))
                        .toList());
        if (!model.containsAttribute("projectEditForm")) {
            model.addAttribute("projectEditForm", view.project().toForm());
        }
        if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "budgetLineForm") instanceof BindingResult lineErrors) {
            // a duplicate line points at the one already there, for the page to mark it
            Forms.violation(lineErrors)
                    .map(e -> e.details().get("existingLineId"))
                    .ifPresent(existing -> model.addAttribute("existingLineId", existing));
        }
        if (!model.containsAttribute("budgetLineForm")) {
            BudgetLine line = edit == null ? null : budget.line(id, projectId, edit);
            model.addAttribute("budgetLineForm", line == null ? blank(plan, view.project()) : line.toForm());
            model.addAttribute("editLine", line);
        }
        return "plans/project";
    }

    @PostMapping("/plans/{id}/projects/{projectId}")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String update(
            @PathVariable long id,
            @PathVariable long projectId,
            @Valid @ModelAttribute("projectEditForm") PlanProjectForm form,
            BindingResult errors,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect) {
        projects.get(id, projectId);
        var updated = forms.submit(errors, () -> projects.update(id, projectId, form, version));
        if (updated.isPresent()) {
            return forms.done(
                    redirect,
                    "redirect:/plans/" + id + "/projects/" + projectId,
                    "plan.project.updated",
                    updated.get().getCode());
        }
        model.addAttribute("projectEditOpen", true);
        return show(id, projectId, null, model);
    }

    @PostMapping("/plans/{id}/projects/{projectId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String delete(
            @PathVariable long id,
            @PathVariable long projectId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        String code = projects.get(id, projectId).getCode();
        return forms.act(redirect, () -> projects.delete(id, projectId, version), "plan.project.deleted", code)
                ? "redirect:/plans/" + id + "?tab=projects#projects"
                : "redirect:/plans/" + id + "/projects/" + projectId;
    }

    @PostMapping("/plans/{id}/projects/{projectId}/budget-lines")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String addLine(
            @PathVariable long id,
            @PathVariable long projectId,
            @Valid @ModelAttribute("budgetLineForm") BudgetLineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        projects.get(id, projectId);
        if (forms.submit(errors, redirect, () -> budget.add(id, projectId, form), "plan.budget.added")) {
            return "redirect:/plans/" + id + "/projects/" + projectId + "#lines";
        }
        return show(id, projectId, null, model);
    }

    @PostMapping("/plans/{id}/projects/{projectId}/budget-lines/{lineId}")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String updateLine(
            @PathVariable long id,
            @PathVariable long projectId,
            @PathVariable long lineId,
            @Valid @ModelAttribute("budgetLineForm") BudgetLineForm form,
            BindingResult errors,
            @RequestParam long version,
            Model model,
            RedirectAttributes redirect) {
        BudgetLine line = budget.line(id, projectId, lineId);
        if (forms.submit(errors, redirect, () -> budget.update(lineId, form, version), "plan.budget.updated")) {
            return "redirect:/plans/" + id + "/projects/" + projectId + "#lines";
        }
        // the version read, not the current one: a correction over someone else's is refused on the next try
        model.addAttribute("editLine", line);
        model.addAttribute("editVersion", version);
        return show(id, projectId, null, model);
    }

    @PostMapping("/plans/{id}/projects/{projectId}/budget-lines/{lineId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteLine(
            @PathVariable long id,
            @PathVariable long projectId,
            @PathVariable long lineId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        budget.line(id, projectId, lineId);
        budget.delete(lineId, version);
        forms.success(redirect, "plan.budget.deleted");
        return "redirect:/plans/" + id + "/projects/" + projectId + "#lines";
    }

    /** A new line for the project's lead agency, in the current year when the plan runs, from the central budget. */
    private BudgetLineForm blank(Plan plan, PlanProject project) {
        int year = LocalDate.now(clock).getYear();
        int from = plan.getPeriodFrom().getYear();
        int to = plan.getPeriodTo().getYear();
        return new BudgetLineForm(
                project.getLeadAgencyId(), Math.max(from, Math.min(to, year)), FundingSource.CENTRAL, null, null, null);
    }
}
