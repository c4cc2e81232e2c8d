package vn.pcmt.plans.web;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.Reporters;
import vn.pcmt.plans.ReportingRegimes;
import vn.pcmt.plans.internal.RegimeForm;
import vn.pcmt.platform.Forms;

/**
 * The plan's reporting regime, entered by the standing office on the plan's reports page ({@code reports/list}, which
 * shows the regime beside the reports it asks for): each change goes back to that page.
 */
@Controller
class RegimeController {

    private final ReportingRegimes regimes;
    private final Forms forms;

    RegimeController(ReportingRegimes regimes, Forms forms) {
        this.regimes = regimes;
        this.forms = forms;
    }

    @PostMapping("/plans/{id}/regimes")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String addRegime(
            @PathVariable long id,
            @RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) Reporters reporters,
            @RequestParam(required = false) Integer periodStartDay,
            @RequestParam(required = false) Integer periodStartMonth,
            @RequestParam(required = false) Integer periodEndDay,
            @RequestParam(required = false) Integer periodEndMonth,
            @RequestParam(required = false) Integer dueDay,
            @RequestParam(required = false) Integer dueMonth,
            @RequestParam(required = false) LocalDate dueOn,
            @RequestParam(required = false) String recipient,
            RedirectAttributes redirect) {
        forms.act(
                redirect,
                () -> regimes.add(
                        id,
                        new RegimeForm(
                                kind,
                                reporters,
                                periodEndMonth,
                                periodEndDay,
                                dueMonth,
                                dueDay,
                                dueOn,
                                recipient,
                                periodStartMonth,
                                periodStartDay)),
                "plan.regime.added");
        return "redirect:/plans/" + id + "/reports";
    }

    @PostMapping("/plans/{id}/regimes/{regimeId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteRegime(
            @PathVariable long id,
            @PathVariable long regimeId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> regimes.delete(id, regimeId, version), "plan.regime.deleted");
        return "redirect:/plans/" + id + "/reports";
    }
}
