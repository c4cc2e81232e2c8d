package vn.pcmt.localities.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.internal.CriteriaLevel;
import vn.pcmt.localities.internal.CriteriaSet;
import vn.pcmt.localities.internal.CriteriaSetForm;
import vn.pcmt.localities.internal.CriteriaSets;
import vn.pcmt.localities.internal.CriterionForm;
import vn.pcmt.localities.internal.CriterionMethod;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.platform.Forms;

/**
 * The pages of drug-free criteria sets: the templates and a province's sets, a new set, a set with its criteria and
 * its next revision, a copy (ADR 025). The form has blank criterion rows to fill; rows left blank are not criteria.
 */
@Controller
class CriteriaSetController {

    /** Criterion rows a form offers beyond those it holds. */
    private static final int BLANK_ROWS = 3;

    private final CriteriaSets sets;
    private final Metrics metrics;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final SmartValidator validator;
    private final Clock clock;

    CriteriaSetController(
            CriteriaSets sets,
            Metrics metrics,
            UnitService units,
            UnitCoverage coverage,
            Forms forms,
            SmartValidator validator,
            Clock clock) {
        this.sets = sets;
        this.metrics = metrics;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/drug-free/criteria-sets")
    String list(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        AdminUnit shown = coverage.provinceWorkedIn(code);
        List<CriteriaSet> all = sets.list(code);
        model.addAttribute("province", shown);
        model.addAttribute(
                "templates", all.stream().filter(CriteriaSet::template).toList());
        model.addAttribute("own", all.stream().filter(s -> !s.template()).toList());
        return "localities/criteria-sets";
    }

    @GetMapping("/drug-free/criteria-sets/new")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String newSet(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        coverage.provinceCovered(code);
        if (!model.containsAttribute("setForm")) {
            model.addAttribute(
                    "setForm",
                    new CriteriaSetForm(
                            code,
                            "",
                            "",
                            CriteriaLevel.COMMUNE,
                            LocalDate.now(clock),
                            null,
                            "",
                            false,
                            padded(List.of())));
        }
        return form(model, null);
    }

    @PostMapping("/drug-free/criteria-sets")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String create(
            @ModelAttribute("setForm") CriteriaSetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CriteriaSetForm cleaned = withoutBlankRows(form);
        BindingResult checked = validated(cleaned, errors, model);
        return forms.submit(checked, () -> sets.create(cleaned))
                .map(set -> forms.done(
                        redirect, "redirect:/drug-free/criteria-sets/" + set.id(), "criteriaSet.created", set.name()))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/drug-free/criteria-sets/{id}")
    String show(@PathVariable long id, Model model) {
        CriteriaSet set = sets.get(id);
        model.addAttribute("set", set);
        model.addAttribute("latest", sets.latest(set));
        model.addAttribute(
                "canEdit",
                !set.template()
                        && coverage.covers(coverage.current(), province(set).id()));
        if (!model.containsAttribute("setForm")) {
            model.addAttribute(
                    "setForm",
                    new CriteriaSetForm(
                            set.provinceCode(),
                            set.code(),
                            set.name(),
                            set.level(),
                            set.validFrom(),
                            set.validTo(),
                            set.source(),
                            set.confirmed(),
                            padded(set.criteria().stream()
                                    .map(c -> new CriterionForm(
                                            c.code(),
                                            c.text(),
                                            c.method(),
                                            c.metricCode(),
                                            c.denominator(),
                                            c.comparison(),
                                            c.threshold()))
                                    .toList())));
        }
        return form(model, set);
    }

    @PostMapping("/drug-free/criteria-sets/{id}/revisions")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String revise(
            @PathVariable long id,
            @ModelAttribute("setForm") CriteriaSetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CriteriaSetForm cleaned = withoutBlankRows(form);
        BindingResult checked = validated(cleaned, errors, model);
        return forms.submit(checked, () -> sets.revise(id, cleaned))
                .map(set -> forms.done(
                        redirect,
                        "redirect:/drug-free/criteria-sets/" + set.id(),
                        "criteriaSet.revised",
                        set.name(),
                        set.revision()))
                .orElseGet(() -> show(id, model));
    }

    @PostMapping("/drug-free/criteria-sets/{id}/copy")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String copy(
            @PathVariable long id,
            @RequestParam String province,
            @RequestParam String code,
            RedirectAttributes redirect) {
        return forms.act(redirect, () -> sets.copy(id, province, code))
                .map(set -> forms.done(
                        redirect, "redirect:/drug-free/criteria-sets/" + set.id(), "criteriaSet.copied", set.code()))
                .orElse("redirect:/drug-free/criteria-sets?province="
                        + coverage.provinceWorkedIn(province).code());
    }

    @PostMapping("/drug-free/criteria-sets/{id}/delete")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CriteriaSet set = sets.get(id);
        if (forms.act(redirect, () -> sets.delete(id), "criteriaSet.deleted", set.name())) {
            return "redirect:/drug-free/criteria-sets?province=" + set.provinceCode();
        }
        return "redirect:/drug-free/criteria-sets/" + id;
    }

    private String form(Model model, CriteriaSet set) {
        model.addAttribute("methods", CriterionMethod.values());
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("levels", CriteriaLevel.values());
        model.addAttribute("catalogue", metrics.catalogue(null));
        return set == null ? "localities/criteria-set-new" : "localities/criteria-set";
    }

    private AdminUnit province(CriteriaSet set) {
        return coverage.provinceWorkedIn(set.provinceCode());
    }

    /** The form's own errors (binding) and those of its rows once the blank ones are left out. */
    private BindingResult validated(CriteriaSetForm cleaned, BindingResult errors, Model model) {
        CriteriaSetForm shown = withBlankRows(cleaned);
        BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(shown, "setForm");
        errors.getGlobalErrors().forEach(result::addError);
        errors.getFieldErrors().stream()
                .filter(e -> !e.getField().startsWith("criteria"))
                .forEach(result::addError);
        BindingResult rows = new org.springframework.validation.BeanPropertyBindingResult(cleaned, "setForm");
        validator.validate(cleaned, rows);
        rows.getAllErrors().forEach(result::addError);
        model.addAttribute("setForm", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "setForm", result);
        return result;
    }

    private static CriteriaSetForm withoutBlankRows(CriteriaSetForm form) {
        List<CriterionForm> rows = form.criteria() == null
                ? List.of()
                : form.criteria().stream()
                        .filter(c -> c != null && !(blank(c.code()) && blank(c.text())))
                        .toList();
        return new CriteriaSetForm(
                form.provinceCode(),
                form.code(),
                form.name(),
                form.level(),
                form.validFrom(),
                form.validTo(),
                form.source(),
                form.confirmed(),
                rows);
    }

    private static CriteriaSetForm withBlankRows(CriteriaSetForm form) {
        return new CriteriaSetForm(
                form.provinceCode(),
                form.code(),
                form.name(),
                form.level(),
                form.validFrom(),
                form.validTo(),
                form.source(),
                form.confirmed(),
                padded(form.criteria()));
    }

    private static List<CriterionForm> padded(List<CriterionForm> rows) {
        List<CriterionForm> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new CriterionForm("", "", null, null, null, null, null));
        }
        return all;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
