package vn.pcmt.reports.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.Plans;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegime;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.platform.Forms;
import vn.pcmt.reports.Report;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportText;

/** Report pages: the reports of a plan, a report with its figures and narrative, its review, its Word, PDF and Excel files. */
@Controller
class ReportController {

    private final ReportService reports;
    private final ReportingRegimes regimes;
    private final Plans plans;
    private final Forms forms;
    private final Clock clock;

    ReportController(ReportService reports, ReportingRegimes regimes, Plans plans, Forms forms, Clock clock) {
        this.regimes = regimes;
        this.reports = reports;
        this.plans = plans;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/reports")
    String list(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        var list = reports.ofPlan(id);
        java.util.Map<Long, String> units = reports.reporterNames(list);
        // who is still to report: this year's reporters, or those of the plan's last (first) year for a plan of the
        // past (future), or of the year asked
        int asked = year != null ? year : LocalDate.now(clock).getYear();
        int shown = Math.max(
                plan.getPeriodFrom().getYear(), Math.min(plan.getPeriodTo().getYear(), asked));
        List<ReportingRegime> lines = regimes.of(id);
        java.util.Map<ReportKind, List<String>> outstanding = new java.util.EnumMap<>(ReportKind.class);
        lines.stream()
                .map(ReportingRegime::getKind)
                .filter(k -> k != ReportKind.AD_HOC)
                .distinct()
                .forEach(k -> outstanding.put(k, reports.outstanding(id, k, shown)));
        model.addAttribute("reports", list);
        model.addAttribute("units", units);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute(
                "reportersList",
                java.util.Arrays.stream(Reporters.values())
                        .filter(Reporters::supported)
                        .toList());
        model.addAttribute("year", shown);
        model.addAttribute("regimes", lines);
        model.addAttribute("outstanding", outstanding);
        model.addAttribute("canEditPlan", plans.coversProvince(plan.getProvinceCode()));
        return "reports/list";
    }

    @PostMapping("/reports/{id}/gather")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String gather(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        forms.act(redirect, () -> reports.gather(id, version), "report.gather.done");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/plans/{id}/reports")
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    String open(
            @PathVariable long id,
            @RequestParam ReportKind kind,
            @RequestParam int year,
            @RequestParam(required = false) String unit,
            RedirectAttributes redirect) {
        return forms.act(redirect, () -> reports.open(id, kind, year, unit))
                .map(report -> forms.done(redirect, "redirect:/reports/" + report.getId(), "report.opened"))
                .orElse("redirect:/plans/" + id + "/reports");
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Model model) {
        Report report = reports.get(id);
        model.addAttribute("report", report);
        model.addAttribute("plan", plans.get(report.getPlanId()));
        model.addAttribute("unit", reports.unitOf(report));
        model.addAttribute("figures", reports.figures(id));
        model.addAttribute("steps", reports.steps(id));
        model.addAttribute("reporter", reports.reporterName(report));
        var gathered = reports.gathered(id);
        model.addAttribute("gathered", gathered.reports());
        model.addAttribute("gatheredNames", gathered.names());
        model.addAttribute(
                "canReview", plans.coversProvince(plans.get(report.getPlanId()).getProvinceCode()));
        return "reports/report";
    }

    @PostMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    String write(
            @PathVariable long id,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String results,
            @RequestParam(required = false) String limits,
            @RequestParam(required = false) String causes,
            @RequestParam(required = false) String proposals,
            @RequestParam long version,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        boolean submit = action.equals("submit");
        forms.act(
                redirect,
                () -> {
                    Report saved =
                            reports.write(id, new ReportText(number, results, limits, causes, proposals, version));
                    if (submit) {
                        reports.submit(id, saved.getVersion());
                    }
                },
                submit ? "report.submitted" : "report.saved");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/review")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String review(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) @Size(max = 4000) String comment,
            @RequestParam long version,
            RedirectAttributes redirect) {
        boolean accept = decision.equals("accept");
        forms.act(
                redirect,
                () -> {
                    if (accept) {
                        reports.accept(id, comment, version);
                    } else {
                        reports.sendBack(id, comment, version);
                    }
                },
                accept ? "report.accepted" : "report.returned");
        return "redirect:/reports/" + id;
    }

    @GetMapping("/reports/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return ReportFiles.DOCX.download(id, reports.docx(id));
    }

    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportFiles.PDF.download(id, reports.pdf(id));
    }

    @GetMapping("/reports/{id}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return ReportFiles.XLSX.download(id, reports.xlsx(id));
    }
}
