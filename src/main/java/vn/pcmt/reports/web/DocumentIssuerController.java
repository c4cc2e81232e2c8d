package vn.pcmt.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.platform.Forms;
import vn.pcmt.reports.Report;
import vn.pcmt.reports.internal.DocumentHeading;
import vn.pcmt.reports.internal.ReportContent;
import vn.pcmt.reports.internal.ReportService;

/**
 * The page where a reporter keeps how its documents are headed and signed (Decree 30/2020), reached from any of its
 * reports; the settings serve every report of the same reporter.
 */
@Controller
class DocumentIssuerController {

    private final ReportService reports;
    private final Forms forms;
    private final Clock clock;

    DocumentIssuerController(ReportService reports, Forms forms, Clock clock) {
        this.reports = reports;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/reports/{id}/issuer")
    String show(@PathVariable long id, Model model) {
        DocumentHeading heading = reports.issuer(id);
        if (!model.containsAttribute("issuerForm")) {
            model.addAttribute("issuerForm", IssuerForm.of(heading));
        }
        return page(id, heading, model);
    }

    @PostMapping("/reports/{id}/issuer")
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    String save(
            @PathVariable long id,
            @ModelAttribute("issuerForm") IssuerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(errors, redirect, () -> reports.saveIssuer(id, form.heading()), "report.issuer.saved")) {
            return "redirect:/reports/" + id + "/issuer";
        }
        return page(id, reports.issuer(id), model);
    }

    @PostMapping("/reports/{id}/issuer/reset")
    @PreAuthorize("hasAuthority('REPORT_EDIT')")
    String reset(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        forms.act(redirect, () -> reports.resetIssuer(id, version), "report.issuer.wasReset");
        return "redirect:/reports/" + id + "/issuer";
    }

    private String page(long id, DocumentHeading heading, Model model) {
        Report report = reports.get(id);
        model.addAttribute("report", report);
        model.addAttribute("reporter", reports.reporterName(report));
        model.addAttribute("heading", heading);
        model.addAttribute("documentDate", ReportContent.documentDate(report, LocalDate.now(clock)));
        return "reports/issuer";
    }
}
