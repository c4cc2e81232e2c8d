package vn.pcmt.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.plans.Plan;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.RuleViolationException;

/**
 * The projects and sub-projects of a plan (the National Target Programme's Dự án 1–9), each led by an agency of the
 * plan's province. Read by whoever may read the plan; changed by the standing office of its province.
 */
@Service
@Transactional
public class ProjectService {

    private final PlanService plans;
    private final PlanProjectRepository projects;
    private final BudgetLineRepository lines;
    private final BudgetTotals totals;
    private final AgencyService agencies;
    private final Clock clock;

    ProjectService(
            PlanService plans,
            PlanProjectRepository projects,
            BudgetLineRepository lines,
            BudgetTotals totals,
            AgencyService agencies,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.lines = lines;
        this.totals = totals;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The projects of a plan, each followed by its sub-projects, in the order of their codes, with their totals. */
    @Transactional(readOnly = true)
    public List<ProjectView> ofPlan(long planId) {
        Plan plan = plans.get(planId);
        List<PlanProject> all = projects.findLive(planId);
        Map<Long, BudgetTotal> own = totals.byProject(planId);
        Map<Long, String> names = agencyNames(plan);
        Comparator<PlanProject> byCode = Comparator.comparing(PlanProject::getCode, PlanProject.CODE_ORDER);
        List<ProjectView> out = new ArrayList<>();
        all.stream().filter(p -> !p.isSubProject()).sorted(byCode).forEach(parent -> {
            List<PlanProject> children = all.stream()
                    .filter(c -> parent.getId().equals(c.getParentId()))
                    .sorted(byCode)
                    .toList();
            BudgetTotal total = children.stream()
                    .map(c -> own.getOrDefault(c.getId(), BudgetTotal.ZERO))
                    .reduce(own.getOrDefault(parent.getId(), BudgetTotal.ZERO), BudgetTotal::plus);
            out.add(view(parent, null, names, total, children.size()));
            children.forEach(
                    c -> out.add(view(c, parent.getCode(), names, own.getOrDefault(c.getId(), BudgetTotal.ZERO), 0)));
        });
        return out;
    }

    /** A project of the plan, with its total (and its sub-projects' when it has some). */
    @Transactional(readOnly = true)
    public ProjectView view(long planId, long projectId) {
        get(planId, projectId);
        return ofPlan(planId).stream()
                .filter(v -> v.project().getId() == projectId)
                .findFirst()
                .orElseThrow();
    }

    /** A live project of the plan, read under the plan's read check. */
    @Transactional(readOnly = true)
    public PlanProject get(long planId, long projectId) {
        plans.get(planId);
        return Part.live(projects.findById(projectId), planId);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public PlanProject add(long planId, PlanProjectForm form) {
        Plan plan = writable(planId);
        check(plan, null, form);
        return save(new PlanProject(planId, form), form);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public PlanProject update(long planId, long projectId, PlanProjectForm form, long version) {
        Plan plan = writable(planId);
        PlanProject project = current(planId, projectId, version);
        check(plan, project, form);
        project.apply(form);
        return save(project, form);
    }

    /** Deletes a project that has no sub-project and no budget line left (their money would vanish silently). */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long planId, long projectId, long version) {
        writable(planId);
        PlanProject project = current(planId, projectId, version);
        boolean hasChildren =
                projects.findLive(planId).stream().anyMatch(p -> project.getId().equals(p.getParentId()));
        if (hasChildren || lines.countLive(projectId) > 0) {
            throw new RuleViolationException("plan.project.notEmpty", project.getCode());
        }
        project.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        projects.saveAndFlush(project);
    }

    /** The plan, if the caller's jurisdiction covers its whole province (a change, not just a read). */
    Plan writable(long planId) {
        Plan plan = plans.get(planId);
        if (!plans.coversProvince(plan.getProvinceCode())) {
            throw new OutsideJurisdictionException();
        }
        plan.getStatus().check(PlanAction.EDIT_CONTENT);
        return plan;
    }

    /** The agency, if it is a live agency of the plan's province. */
    Agency agencyOf(Plan plan, long agencyId) {
        return agencies.find(agencyId)
                .filter(a -> a.getProvinceCode().equals(plan.getProvinceCode()))
                .orElseThrow(() -> new RuleViolationException("plan.project.agencyUnknown"));
    }

    Map<Long, String> agencyNames(Plan plan) {
        return agencies.list(plan.getProvinceCode()).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
    }

    private PlanProject current(long planId, long projectId, long version) {
        plans.get(planId);
        return Part.asRead(projects.findById(projectId), planId, version);
    }

    private void check(Plan plan, PlanProject self, PlanProjectForm form) {
        if (form.code() == null
                || form.code().isBlank()
                || form.name() == null
                || form.name().isBlank()) {
            throw new RuleViolationException("plan.project.incomplete");
        }
        List<PlanProject> live = projects.findLive(plan.getId());
        String code = form.code().strip();
        if (live.stream().anyMatch(p -> !same(p, self) && p.getCode().equalsIgnoreCase(code))) {
            throw new RuleViolationException("plan.project.codeTaken", code);
        }
        if (form.parentId() != null) {
            boolean parentOk = live.stream()
                    .anyMatch(p -> p.getId().equals(form.parentId()) && !p.isSubProject() && !same(p, self));
            if (!parentOk) {
                throw new RuleViolationException("plan.project.parentInvalid");
            }
            if (self != null && live.stream().anyMatch(p -> self.getId().equals(p.getParentId()))) {
                throw new RuleViolationException("plan.project.hasSubProjects", self.getCode());
            }
        }
        if (form.leadAgencyId() != null) {
            agencyOf(plan, form.leadAgencyId());
        }
        form.cooperating().forEach(id -> agencyOf(plan, id));
    }

    private static boolean same(PlanProject a, PlanProject b) {
        return b != null && a.getId().equals(b.getId());
    }

    private PlanProject save(PlanProject project, PlanProjectForm form) {
        try {
            return projects.saveAndFlush(project);
        } catch (DataIntegrityViolationException e) {
            // two officers adding the same code at once: the unique index decides
            throw new RuleViolationException(
                    "plan.project.codeTaken", form.code().strip());
        }
    }

    private ProjectView view(
            PlanProject p, String parentCode, Map<Long, String> names, BudgetTotal total, int subProjects) {
        Function<Long, String> name = id -> names.containsKey(id)
                ? names.get(id)
                : agencies.find(id).map(Agency::getName).orElse("—");
        return new ProjectView(
                p,
                parentCode,
                p.getLeadAgencyId() == null ? null : name.apply(p.getLeadAgencyId()),
                p.getCooperatingAgencyIds().stream().map(name).sorted().toList(),
                total,
                subProjects);
    }
}
