package vn.pcmt.plans;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.plans.internal.ReportingRegimeRepository;
import vn.pcmt.platform.RuleViolationException;

/**
 * A plan's reporting regime: which reports are due, from whom, for which period and by when, to whom. Entered by
 * the standing office, brought by the templates, read by the reports when they open.
 */
@Service
@Transactional
public class ReportingRegimes {

    private final ReportingRegimeRepository regimes;
    private final PlanService plans;
    private final Clock clock;

    ReportingRegimes(ReportingRegimeRepository regimes, PlanService plans, Clock clock) {
        this.regimes = regimes;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportingRegime> of(long planId) {
        plans.get(planId);
        return regimes.findLive(planId);
    }

    /** The regime line for a kind of report from these reporters, if the plan has one. */
    @Transactional(readOnly = true)
    public Optional<ReportingRegime> find(long planId, ReportKind kind, Reporters reporters) {
        return of(planId).stream()
                .filter(r -> r.getKind() == kind && r.getReporters() == reporters)
                .findFirst();
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public ReportingRegime add(long planId, RegimeForm form) {
        // the plan's province covered, and the plan open to changes of content (a superseded plan is frozen)
        plans.contentWritable(planId);
        check(form);
        if (find(planId, form.kind(), form.reporters()).isPresent()) {
            throw new RuleViolationException("plan.regime.exists");
        }
        return regimes.saveAndFlush(new ReportingRegime(planId, form));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long planId, long id, long version) {
        // the plan's province covered, and the plan open to changes of content (a superseded plan is frozen)
        plans.contentWritable(planId);
        ReportingRegime regime = regimes.findById(id)
                .filter(r -> r.getPlanId() == planId && !r.isDeleted())
                .orElseThrow();
        if (regime.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ReportingRegime.class, id);
        }
        regime.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        regimes.saveAndFlush(regime);
    }

    /**
     * A regime's days must exist (no 31/6), a yearly report cannot be due before its period ends, only yearly
     * reports have a start day, and facilities cannot report until their register exists.
     */
    public static void check(RegimeForm form) {
        if (form.kind() == null
                || form.reporters() == null
                || form.recipient() == null
                || form.recipient().isBlank()) {
            throw new RuleViolationException("plan.regime.incomplete");
        }
        if (!form.reporters().supported()) {
            throw new RuleViolationException("plan.regime.facilitiesUnsupported");
        }
        MonthDay start = monthDay(form.periodStartMonth(), form.periodStartDay());
        if (start != null && (form.kind() == ReportKind.FINAL || form.kind() == ReportKind.AD_HOC)) {
            throw new RuleViolationException("plan.regime.startOnlyYearly");
        }
        MonthDay end = monthDay(form.periodEndMonth(), form.periodEndDay());
        MonthDay due = monthDay(form.dueMonth(), form.dueDay());
        if (end != null && due != null && due.isBefore(end)) {
            throw new RuleViolationException("plan.regime.dueBeforeEnd");
        }
    }

    private static MonthDay monthDay(Integer month, Integer day) {
        if (month == null && day == null) {
            return null;
        }
        if (month == null || day == null) {
            throw new RuleViolationException("plan.regime.dayInvalid");
        }
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new RuleViolationException("plan.regime.dayInvalid");
        }
    }
}
