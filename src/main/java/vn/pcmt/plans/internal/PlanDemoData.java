package vn.pcmt.plans.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.ManualFigure;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetric;
import vn.pcmt.plans.Plan;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo data for plans (embedded mode only): Hưng Yên's plan 135/KH-UBND copied from its template, with a target of
 * each commune entered by hand, tasks for three agencies, and manual figures of the first half of 2025 and 2026 in
 * each state of review, entered through the services as the standing office ("tinh") would.
 */
@Component
@ConditionalOnDemoData
@Order(90)
class PlanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    private static final String PROVINCE = "33";

    private final PlanService plans;
    private final TaskService tasks;
    private final ManualFigures manual;
    private final AgencyService agencies;
    private final UserDetailsService users;
    private final Clock clock;

    PlanDemoData(
            PlanService plans,
            TaskService tasks,
            ManualFigures manual,
            AgencyService agencies,
            UserDetailsService users,
            Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.manual = manual;
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var details = users.loadUserByUsername("tinh");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            if (plans.list(PROVINCE).stream().anyMatch(p -> "HY-135-2025".equals(p.getTemplateCode()))) {
                return;
            }
            create();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void create() {
        // Hưng Yên's own plan: the copy is a draft to fill in with the plan's number, issuer and date, then adopted
        PlanDocument template = plans.templates().stream()
                .filter(t -> "HY-135-2025".equals(t.templateCode()))
                .findFirst()
                .orElseThrow();
        Plan draft = plans.copyTemplate("HY-135-2025", PROVINCE, 0);
        draft = plans.update(
                draft.getId(),
                new PlanForm(
                        PROVINCE,
                        template.number(),
                        template.title(),
                        template.issuer(),
                        template.issuedOn(),
                        template.periodFrom(),
                        template.periodTo(),
                        template.legalBasis(),
                        template.objectives()),
                draft.getVersion());
        Plan plan = plans.adopt(draft.getId(), draft.getVersion());
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "HY-X1",
                        "Mỗi xã, phường không để phát sinh điểm, tụ điểm mới trong năm",
                        "hotspots.arisen",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null,
                        TargetLevel.EACH_COMMUNE));
        tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Rà soát, xác định tình trạng nghiện; bảo đảm trạm y tế xã đủ điều kiện xác định tình trạng nghiện",
                        agency("SYT"),
                        List.of(agency("CA")),
                        LocalDate.now(clock).plusMonths(1),
                        Recurrence.NONE));
        tasks.add(
                plan.getId(),
                new PlanTaskForm(
                        "Tuyên truyền, giáo dục phòng, chống ma túy trong trường học, báo cáo 6 tháng",
                        agency("SGDDT"),
                        List.of(agency("DTN")),
                        LocalDate.of(2026, 6, 15),
                        Recurrence.HALF_YEARLY));

        // the latest half-year already over: figures dated in the future are refused (in January as in December);
        // cases and cultivation (HY3b, HY5a, HY5b), facilities (HY6, HY7a, HY7b), people (HY7b, HY7c), outreach
        // (HY8), legal aid (HY9) and substitution treatment (HY10b) are counted from their registers, not entered
        // here (see FacilityDemoData, SubstitutionDemoData)
        LocalDate today = LocalDate.now(clock);
        int year = today.isBefore(LocalDate.of(today.getYear(), 6, 30)) ? today.getYear() - 1 : today.getYear();
        LocalDate june = LocalDate.of(year, 6, 30);
        accepted("manual.border_units", on(june), 12);
        accepted("manual.border_units_equipped", on(june), 10);
        // one figure waiting for review, one returned with the office's reason (the half-year before)
        LocalDate[] before = {LocalDate.of(year - 1, 7, 1), LocalDate.of(year - 1, 12, 31)};
        enter("manual.border_units", before, 12, "Báo cáo của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, 6 tháng cuối năm");
        ManualFigure returned = enter("manual.border_units_equipped", before, 9, null);
        manual.review(
                returned.getId(),
                false,
                "Ghi rõ đơn vị nào được trang bị phương tiện, thiết bị",
                returned.getVersion());
        log.info("Demo plan {} of Hưng Yên with its targets, tasks and manual figures", plan.getNumber());
    }

    private static LocalDate[] on(LocalDate date) {
        return new LocalDate[] {date.withDayOfYear(1), date};
    }

    private void accepted(String code, LocalDate[] period, int value) {
        ManualFigure figure = enter(code, period, value, null);
        manual.review(figure.getId(), true, null, figure.getVersion());
    }

    private ManualFigure enter(String code, LocalDate[] period, int value, String note) {
        ManualMetric metric = manual.definitions(PROVINCE).stream()
                .filter(m -> m.getCode().equals(code))
                .findFirst()
                .orElseThrow();
        return manual.enter(metric.getId(), PROVINCE, period[0], period[1], BigDecimal.valueOf(value), note);
    }

    private long agency(String code) {
        return agencies.list(PROVINCE).stream()
                .filter(a -> a.getCode().equals(code))
                .map(Agency::getId)
                .findFirst()
                .orElseThrow();
    }
}
