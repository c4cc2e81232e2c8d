package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.plans.Plan;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo budget (embedded mode only): when Hưng Yên's plan 135/KH-UBND was copied from its template with its projects,
 * a few budget lines of 2026, allocated and partly disbursed, entered through the services as the standing office
 * ("tinh") would. Does nothing without that plan, or when its projects already have money.
 */
@Component
@ConditionalOnDemoData
@Order(95)
class ProjectDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);
    private static final String PROVINCE = "33";
    private static final int YEAR = 2026;

    private record Line(String project, String agency, FundingSource source, long allocated, long disbursed) {}

    private static final List<Line> LINES = List.of(
            new Line("DA1", "CA", FundingSource.CENTRAL, 1_250_000_000L, 480_000_000L),
            new Line("DA4", "CA", FundingSource.LOCAL, 850_000_000L, 610_000_000L),
            new Line("DA5", "CA", FundingSource.CENTRAL, 2_100_000_000L, 1_150_000_000L),
            new Line("DA5", "CA", FundingSource.LOCAL, 400_000_000L, 0L),
            new Line("DA6", "SYT", FundingSource.CENTRAL, 640_000_000L, 215_000_000L),
            new Line("DA7.1", "SVHTTDL", FundingSource.LOCAL, 320_000_000L, 96_000_000L),
            new Line("DA7.3", "SGDDT", FundingSource.LOCAL, 280_000_000L, 140_000_000L),
            new Line("DA8", "STP", FundingSource.CENTRAL, 180_000_000L, 45_000_000L));

    private final PlanService plans;
    private final ProjectService projects;
    private final BudgetService budget;
    private final AgencyService agencies;
    private final UserDetailsService users;

    ProjectDemoData(
            PlanService plans,
            ProjectService projects,
            BudgetService budget,
            AgencyService agencies,
            UserDetailsService users) {
        this.plans = plans;
        this.projects = projects;
        this.budget = budget;
        this.agencies = agencies;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        var details = users.loadUserByUsername("tinh");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            plans.list(PROVINCE).stream()
                    .filter(p -> "HY-135-2025".equals(p.getTemplateCode()))
                    .filter(p -> p.getPeriodFrom().getYear() <= YEAR
                            && YEAR <= p.getPeriodTo().getYear())
                    .findFirst()
                    .ifPresent(this::fill);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void fill(Plan plan) {
        List<ProjectView> all = projects.ofPlan(plan.getId());
        if (all.isEmpty() || budget.summary(plan.getId()).total().hasMoney()) {
            return;
        }
        List<Agency> ofProvince = agencies.list(PROVINCE);
        int added = 0;
        for (Line line : LINES) {
            Optional<ProjectView> project = all.stream()
                    .filter(v -> v.project().getCode().equals(line.project()))
                    .findFirst();
            Optional<Agency> agency = ofProvince.stream()
                    .filter(a -> a.getCode().equals(line.agency()))
                    .findFirst();
            if (project.isPresent() && agency.isPresent()) {
                budget.add(
                        plan.getId(),
                        project.get().project().getId(),
                        new BudgetLineForm(
                                agency.get().getId(),
                                YEAR,
                                line.source(),
                                BigDecimal.valueOf(line.allocated()),
                                BigDecimal.valueOf(line.disbursed()),
                                null));
                added++;
            }
        }
        log.info("Demo budget of plan {}: {} lines of {}", plan.getNumber(), added, YEAR);
    }
}
