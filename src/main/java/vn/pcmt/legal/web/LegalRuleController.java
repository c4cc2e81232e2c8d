package vn.pcmt.legal.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.geo.CurrentJurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.legal.DurationUnit;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.platform.Forms;

/** The administrator reads the rules of law in force and records a new version when the law changes. */
@Controller
@PreAuthorize("hasAuthority('LEGAL_RULE_EDIT')")
class LegalRuleController {

    private final LegalRules rules;
    private final Forms forms;
    private final CurrentJurisdiction jurisdiction;
    private final Clock clock;

    LegalRuleController(LegalRules rules, Forms forms, CurrentJurisdiction jurisdiction, Clock clock) {
        this.rules = rules;
        this.forms = forms;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @GetMapping("/admin/legal-rules")
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("codes", LegalRuleCode.values());
        model.addAttribute("units", DurationUnit.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "legal/rules";
    }

    @PostMapping("/admin/legal-rules")
    String supersede(
            @RequestParam LegalRuleCode code,
            @RequestParam int amount,
            @RequestParam DurationUnit unit,
            @RequestParam LocalDate from,
            @RequestParam String source,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        if (!jurisdiction.get().isNational()) {
            throw new OutsideJurisdictionException(); // the law is national: only national administrators change it
        }
        if (amount < 0 || source.isBlank()) {
            forms.refused(redirect, "legalRule.invalid");
            return "redirect:/admin/legal-rules";
        }
        forms.act(
                redirect,
                () -> rules.supersede(code, amount, unit, from, source.strip(), note.isBlank() ? null : note.strip()),
                "legalRule.saved");
        return "redirect:/admin/legal-rules";
    }
}
