package vn.pcmt.legalaid.web;

import jakarta.validation.Valid;
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
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.legalaid.internal.AnswerForm;
import vn.pcmt.legalaid.internal.LegalAidForm;
import vn.pcmt.legalaid.internal.LegalAidRequest;
import vn.pcmt.legalaid.internal.LegalAidService;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/** The legal-aid pages: the list with the unit and period, a request with its answer, the new and correction forms. */
@Controller
@PreAuthorize("hasAuthority('LEGAL_AID_READ')")
class LegalAidController {

    private final LegalAidService legalAid;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    LegalAidController(LegalAidService legalAid, RegisterScopes scopes, Forms forms, Clock clock) {
        this.legalAid = legalAid;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/legal-aid")
    String list(RegisterScope scope, Model model) {
        model.addAttribute("rows", legalAid.search(scope.code(), scope.from(), scope.to()));
        return "legalaid/list";
    }

    @GetMapping("/legal-aid/new")
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    String create(Model model) {
        if (!model.containsAttribute("legalAidForm")) {
            String own = scopes.own();
            model.addAttribute(
                    "legalAidForm",
                    new LegalAidForm(
                            own.length() == 5 ? own : "",
                            null,
                            LocalDate.now(clock),
                            "",
                            null,
                            "",
                            null,
                            null,
                            "",
                            "",
                            null));
        }
        return form(model, null);
    }

    @PostMapping("/legal-aid")
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    String record(
            @Valid @ModelAttribute("legalAidForm") LegalAidForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> legalAid.record(form))
                .map(r -> forms.done(redirect, "redirect:/legal-aid/" + r.getId(), "legalaid.recorded"))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/legal-aid/{id}")
    String show(@PathVariable long id, Model model) {
        LegalAidRequest r = legalAid.get(id);
        model.addAttribute("request", r);
        model.addAttribute("commune", legalAid.communeOf(r));
        model.addAttribute("personName", legalAid.personName(r));
        model.addAttribute("provider", legalAid.agencyName(r.getProviderAgencyId()));
        model.addAttribute("agencies", legalAid.agencies());
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute(
                    "answerForm",
                    new AnswerForm(
                            r.getEligible() == null ? Boolean.TRUE : r.getEligible(),
                            r.getEligibilityReason(),
                            r.getServedOn() == null ? LocalDate.now(clock) : r.getServedOn(),
                            r.getProviderAgencyId(),
                            r.getProviderName(),
                            r.getVersion()));
        }
        return "legalaid/request";
    }

    @PostMapping("/legal-aid/{id}/answer")
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    String answer(
            @PathVariable long id,
            @Valid @ModelAttribute("answerForm") AnswerForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        legalAid.get(id);
        if (forms.submit(errors, () -> legalAid.answer(id, form)).isPresent()) {
            forms.success(redirect, "legalaid.answered");
            return "redirect:/legal-aid/" + id;
        }
        return forms.back(redirect, "answerForm", form, errors, "redirect:/legal-aid/" + id);
    }

    @GetMapping("/legal-aid/{id}/edit")
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    String edit(@PathVariable long id, Model model) {
        LegalAidRequest r = legalAid.get(id);
        if (!model.containsAttribute("legalAidForm")) {
            model.addAttribute("legalAidForm", r.toForm(legalAid.communeOf(r).code()));
        }
        return form(model, id);
    }

    @PostMapping("/legal-aid/{id}")
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("legalAidForm") LegalAidForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        legalAid.get(id);
        return forms.submit(errors, () -> legalAid.correct(id, form))
                .map(r -> forms.done(redirect, "redirect:/legal-aid/" + id, "legalaid.corrected"))
                .orElseGet(() -> form(model, id));
    }

    @PostMapping("/legal-aid/{id}/delete")
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        legalAid.get(id);
        forms.act(redirect, () -> legalAid.delete(id, version), "legalaid.deleted");
        return "redirect:/legal-aid";
    }

    private String form(Model model, Long id) {
        LegalAidForm form = KeptInput.kept(model, "legalAidForm", LegalAidForm.class);
        model.addAttribute("legalAidForm", form);
        model.addAttribute("requestId", id);
        model.addAttribute("agencies", legalAid.agencies());
        return "legalaid/form";
    }
}
