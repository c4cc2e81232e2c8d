package vn.pcmt.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.BudgetSummary.AgencyTotal;
import vn.pcmt.plans.internal.BudgetSummary.ProjectTotal;
import vn.pcmt.plans.internal.BudgetSummary.SourceTotal;
import vn.pcmt.plans.internal.BudgetSummary.YearTotal;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * Budget lines of a plan's projects (allocated and disbursed, per agency, year and funding source) and their totals,
 * always summed from the lines. Read with the plan; changed by the standing office of its province.
 */
@Service
@Transactional
public class BudgetService {

    private final PlanService plans;
    private final ProjectService projects;
    private final PlanProjectRepository projectRepository;
    private final BudgetLineRepository lines;
    private final BudgetTotals totals;
    private final Clock clock;

    BudgetService(
            PlanService plans,
            ProjectService projects,
            PlanProjectRepository projectRepository,
            BudgetLineRepository lines,
            BudgetTotals totals,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.projectRepository = projectRepository;
        this.lines = lines;
        this.totals = totals;
        this.clock = clock;
    }

    /** The lines of a project (not of its sub-projects), by year, agency and source. */
    @Transactional(readOnly = true)
    public List<BudgetLineView> lines(long planId, long projectId) {
        projects.get(planId, projectId);
        Map<Long, String> names = projects.agencyNames(plans.get(planId));
        return lines.findLive(projectId).stream()
                .map(l -> view(l, names))
                .sorted(Comparator.comparing((BudgetLineView v) -> v.line().getYear())
                        .thenComparing(VietnameseText.comparing(BudgetLineView::agency))
                        .thenComparing(v -> v.line().getSource()))
                .toList();
    }

    /** A live line of the project of the plan, read under the plan's read check. */
    @Transactional(readOnly = true)
    public BudgetLine line(long planId, long projectId, long lineId) {
        projects.get(planId, projectId);
        return lines.findById(lineId)
                .filter(l -> l.getProjectId() == projectId && !l.isDeleted())
                .orElseThrow();
    }

    /** A live line, read under the read check of its plan. */
    @Transactional(readOnly = true)
    public BudgetLineView line(long lineId) {
        BudgetLine line = live(lineId);
        return view(line, projects.agencyNames(plans.get(planOf(line))));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public BudgetLine add(long planId, long projectId, BudgetLineForm form) {
        Plan plan = projects.writable(planId);
        projects.get(planId, projectId);
        check(plan, projectId, null, form);
        return save(new BudgetLine(projectId, form, user(), Instant.now(clock)));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public BudgetLine update(long lineId, BudgetLineForm form, long version) {
        BudgetLine line = live(lineId);
        Plan plan = projects.writable(planOf(line));
        stale(line, version);
        check(plan, line.getProjectId(), line, form);
        line.apply(form, user(), Instant.now(clock));
        return save(line);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long lineId, long version) {
        BudgetLine line = live(lineId);
        projects.writable(planOf(line));
        stale(line, version);
        line.delete(user(), Instant.now(clock));
        lines.saveAndFlush(line);
    }

    /** The plan's money in all, by project (a project with its sub-projects), by year, by agency and by source. */
    @Transactional(readOnly = true)
    public BudgetSummary summary(long planId) {
        Plan plan = plans.get(planId);
        Map<Long, String> names = projects.agencyNames(plan);
        Map<Integer, BudgetTotal> years = totals.byYear(planId);
        Map<String, BudgetTotal> sources = totals.bySource(planId);
        return new BudgetSummary(
                years.values().stream().reduce(BudgetTotal.ZERO, BudgetTotal::plus),
                projects.ofPlan(planId).stream()
                        .map(v -> new ProjectTotal(
                                v.project().getId(),
                                v.project().getCode(),
                                v.project().getName(),
                                v.parentCode(),
                                v.total()))
                        .toList(),
                years.entrySet().stream()
                        .map(e -> new YearTotal(e.getKey(), e.getValue()))
                        .toList(),
                totals.byAgency(planId).entrySet().stream()
                        .map(e -> new AgencyTotal(e.getKey(), names.getOrDefault(e.getKey(), "—"), e.getValue()))
                        .sorted(VietnameseText.comparing(AgencyTotal::agency))
                        .toList(),
                Arrays.stream(FundingSource.values())
                        .filter(s -> sources.containsKey(s.name()))
                        .map(s -> new SourceTotal(s, sources.get(s.name())))
                        .toList());
    }

    private void check(Plan plan, long projectId, BudgetLine self, BudgetLineForm form) {
        BudgetLineRules.check(plan, form);
        projects.agencyOf(plan, form.agencyId());
        lines.findLive(projectId).stream()
                .filter(l -> l.sameKey(form.agencyId(), form.year(), form.source()))
                .filter(l -> self == null || !l.getId().equals(self.getId()))
                .findFirst()
                .ifPresent(existing -> {
                    throw BudgetLineRules.duplicate(existing);
                });
    }

    private BudgetLine save(BudgetLine line) {
        try {
            return lines.saveAndFlush(line);
        } catch (DataIntegrityViolationException e) {
            // another officer saved the same line a moment ago: the unique index decides
            throw new RuleViolationException("plan.budget.duplicateJustSaved");
        }
    }

    private void stale(BudgetLine line, long version) {
        if (line.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(BudgetLine.class, line.getId());
        }
    }

    private BudgetLine live(long lineId) {
        return lines.findById(lineId).filter(l -> !l.isDeleted()).orElseThrow();
    }

    private long planOf(BudgetLine line) {
        return projectRepository
                .findById(line.getProjectId())
                .filter(p -> !p.isDeleted())
                .orElseThrow()
                .getPlanId();
    }

    private BudgetLineView view(BudgetLine line, Map<Long, String> names) {
        return new BudgetLineView(
                line,
                names.getOrDefault(line.getAgencyId(), "—"),
                BudgetTotal.of(line.getAllocated(), line.getDisbursed()));
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
