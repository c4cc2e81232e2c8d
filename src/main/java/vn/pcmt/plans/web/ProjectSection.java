package vn.pcmt.plans.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.BudgetService;
import vn.pcmt.plans.internal.FundingSource;
import vn.pcmt.plans.internal.PlanProjectForm;
import vn.pcmt.plans.internal.ProjectService;
import vn.pcmt.plans.internal.ProjectView;

/** What the plan page shows of its projects: the table with totals, the summaries, and the form to add one. */
@Component
class ProjectSection {

    private final ProjectService projects;
    private final BudgetService budget;

    ProjectSection(ProjectService projects, BudgetService budget) {
        this.projects = projects;
        this.budget = budget;
    }

    void addTo(Model model, Plan plan) {
        List<ProjectView> all = projects.ofPlan(plan.getId());
        model.addAttribute("projects", all);
        model.addAttribute(
                "topProjects",
                all.stream().filter(v -> !v.project().isSubProject()).toList());
        model.addAttribute("budget", budget.summary(plan.getId()));
        model.addAttribute("fundingSources", FundingSource.values());
        if (!model.containsAttribute("projectForm")) {
            model.addAttribute("projectForm", new PlanProjectForm("", "", null, null, List.of(), ""));
        }
    }
}
