package vn.pcmt.cases.web;

import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.DrugViolation;
import vn.pcmt.cases.internal.ViolationForm;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.people.People;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/**
 * The administrative violation pages (sanction decisions on drugs): a list of a unit of the caller's jurisdiction (a
 * commune, or what a province or former district covers) over a period, a violation's page with its correction form,
 * the new-violation form and the soft delete. Reading a violation and the list are logged by the service.
 */
@Controller
@PreAuthorize("hasAuthority('CASE_READ')")
class ViolationController {

    private final CaseService cases;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    ViolationController(CaseService cases, RegisterScopes scopes, Forms forms, Clock clock) {
        this.cases = cases;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    /** A fine typed with thousands separators ("1.500.000" or "1,500,000"). */
    @InitBinder("violationForm")
    void fines(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, "fine", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String digits = text == null ? "" : text.replaceAll("[\\s.,]", "");
                setValue(digits.isEmpty() ? null : new BigDecimal(digits));
            }
        });
    }

    @GetMapping("/violations")
    String list(RegisterScope scope, Model model) {
        model.addAttribute("rows", cases.violations(scope.code(), scope.from(), scope.to()));
        return "cases/violations";
    }

    @GetMapping("/violations/new")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String create(Model model) {
        if (!model.containsAttribute("violationForm")) {
            model.addAttribute(
                    "violationForm",
                    new ViolationForm(
                            scopes.singleCommuneCode(),
                            LocalDate.now(clock),
                            null,
                            "",
                            null,
                            null,
                            "",
                            "",
                            "",
                            null,
                            "",
                            null));
        }
        return form(model, null);
    }

    @PostMapping("/violations")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String record(
            @Valid @ModelAttribute("violationForm") ViolationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> cases.recordViolation(form))
                .map(v -> forms.done(
                        redirect, "redirect:/violations/" + v.getId(), "violation.recorded", v.getDecisionNumber()))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/violations/{id}")
    String show(@PathVariable long id, Model model) {
        DrugViolation v = cases.violation(id);
        if (!model.containsAttribute("violationForm")) {
            model.addAttribute(
                    "violationForm",
                    new ViolationForm(
                            cases.communeOf(v.getCommuneId()).code(),
                            v.getDecidedOn(),
                            v.getPersonId(),
                            v.getFullName(),
                            v.getFemale(),
                            v.getBirthYear(),
                            v.getIdNumber(),
                            v.getDecisionNumber(),
                            v.getBehaviour(),
                            v.getFine(),
                            v.getMeasure(),
                            v.getVersion()));
        }
        return page(model, v);
    }

    @PostMapping("/violations/{id}")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("violationForm") ViolationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> cases.correctViolation(id, form))
                .map(v -> forms.done(redirect, "redirect:/violations/" + id, "violation.corrected"))
                .orElseGet(() -> page(model, cases.violation(id)));
    }

    @PostMapping("/violations/{id}/delete")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        DrugViolation v = cases.violation(id);
        String unit = cases.communeOf(v.getCommuneId()).code();
        if (forms.act(redirect, () -> cases.deleteViolation(id, version), "violation.deleted")) {
            return "redirect:/violations?unit=" + unit;
        }
        return "redirect:/violations/" + id;
    }

    private String page(Model model, DrugViolation v) {
        model.addAttribute("violation", v);
        model.addAttribute("commune", cases.communeOf(v.getCommuneId()));
        model.addAttribute("personName", v.getPersonId() == null ? null : nameOf(v.getPersonId()));
        model.addAttribute("idNumberMasked", People.maskIdNumber(v.getIdNumber()));
        return form(model, v.getId());
    }

    private String nameOf(long personId) {
        try {
            return cases.personName(personId);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String form(Model model, Long id) {
        ViolationForm form = KeptInput.kept(model, "violationForm", ViolationForm.class);
        model.addAttribute("violationForm", form);
        model.addAttribute("violationId", id);
        model.addAttribute("today", LocalDate.now(clock));
        return "cases/violation";
    }
}
