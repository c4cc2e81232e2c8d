package vn.pcmt.cases.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.cases.internal.AgeGroup;
import vn.pcmt.cases.internal.CaseAction;
import vn.pcmt.cases.internal.CaseExport;
import vn.pcmt.cases.internal.CaseFlag;
import vn.pcmt.cases.internal.CaseForm;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.CaseStage;
import vn.pcmt.cases.internal.DrugCase;
import vn.pcmt.cases.internal.SeizureForm;
import vn.pcmt.cases.internal.SeizureUnit;
import vn.pcmt.cases.internal.StageForm;
import vn.pcmt.cases.internal.SuspectForm;
import vn.pcmt.cases.internal.SuspectRole;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.people.People;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/** The case pages: a list with filters, a case's page with its stages, suspects and seizures, the new-case form. */
@Controller
@PreAuthorize("hasAuthority('CASE_READ')")
class CaseController {

    private final CaseService cases;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;
    private final CaseExport exporter;

    CaseController(CaseService cases, RegisterScopes scopes, Forms forms, Clock clock, CaseExport exporter) {
        this.exporter = exporter;
        this.cases = cases;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    /** A seized quantity typed the Vietnamese way ("1,5") or with a point ("1.5"). */
    @org.springframework.web.bind.annotation.InitBinder
    void quantities(org.springframework.web.bind.WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, "quantity", new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String t = text == null ? "" : text.strip().replace(" ", "");
                if (t.isEmpty()) {
                    setValue(null);
                    return;
                }
                if (t.contains(",")) {
                    t = t.replace(".", "").replace(',', '.');
                }
                setValue(new java.math.BigDecimal(t));
            }
        });
    }

    @GetMapping("/cases")
    String list(
            RegisterScope scope,
            @RequestParam(required = false) String article,
            @RequestParam(required = false) CaseStage stage,
            @RequestParam(required = false) CaseFlag flag,
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) String substance,
            Model model) {
        model.addAttribute("article", article);
        model.addAttribute("stage", stage);
        model.addAttribute("flag", flag);
        model.addAttribute("articles", cases.articles());
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("flags", CaseFlag.values());
        model.addAttribute(
                "rows", cases.search(scope.code(), scope.from(), scope.to(), article, stage, flag, agency, substance));
        model.addAttribute("agency", agency);
        model.addAttribute("agencyName", agency == null ? null : cases.agencyName(agency));
        model.addAttribute("substance", substance);
        model.addAttribute("substances", cases.substances());
        return "cases/list";
    }

    /** The list, as filtered, as an Excel file: the reason is required and the export is logged. */
    @GetMapping("/cases/export")
    void export(
            RegisterScope scope,
            @RequestParam(required = false) String article,
            @RequestParam(required = false) CaseStage stage,
            @RequestParam(required = false) CaseFlag flag,
            @RequestParam(required = false) Long agency,
            @RequestParam(required = false) String substance,
            @RequestParam(defaultValue = "") String reason,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        exporter.write(
                scope.code(),
                scope.from(),
                scope.to(),
                article,
                stage,
                flag,
                agency,
                substance,
                reason,
                org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                buffer);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + CaseExport.fileName(LocalDate.now(clock)) + "\"");
        buffer.writeTo(response.getOutputStream());
    }

    @GetMapping("/cases/summary")
    String summary(RegisterScope scope, Model model) {
        var summary = cases.summary(scope.code(), scope.from(), scope.to());
        model.addAttribute("summary", summary);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute(
                "quantities",
                summary.bySubstance().stream()
                        .map(z -> Quantities.text(z.quantity(), locale))
                        .toList());
        return "cases/summary";
    }

    @GetMapping("/cases/new")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String create(Model model) {
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute(
                    "caseForm",
                    new CaseForm(
                            scopes.singleCommuneCode(),
                            LocalDate.now(clock),
                            null,
                            null,
                            null,
                            "",
                            List.of(),
                            false,
                            false,
                            false,
                            false,
                            "",
                            null));
        }
        return form(model);
    }

    @PostMapping("/cases")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String record(
            @Valid @ModelAttribute("caseForm") CaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> cases.record(form))
                .map(c -> forms.done(redirect, "redirect:/cases/" + c.getId(), "case.recorded", c.getId()))
                .orElseGet(() -> form(model));
    }

    @GetMapping("/cases/{id}/edit")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String edit(@PathVariable long id, Model model) {
        if (!model.containsAttribute("caseForm")) {
            DrugCase c = cases.get(id);
            model.addAttribute(
                    "caseForm",
                    new CaseForm(
                            cases.communeOf(c.getCommuneId()).code(),
                            c.getDetectedOn(),
                            c.getLatitude(),
                            c.getLongitude(),
                            c.getAgencyId(),
                            c.getSummary(),
                            c.getArticles().stream().sorted().toList(),
                            c.isCyberspace(),
                            c.isTransnational(),
                            c.isOrganisedRing(),
                            c.isKeyRoute(),
                            c.getNote(),
                            c.getVersion()));
        }
        model.addAttribute("editId", id);
        return form(model);
    }

    @PostMapping("/cases/{id}/edit")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("caseForm") CaseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> cases.correct(id, form))
                .map(c -> forms.done(redirect, "redirect:/cases/" + id, "case.corrected", id))
                .orElseGet(() -> {
                    model.addAttribute("editId", id);
                    return form(model);
                });
    }

    @PostMapping("/cases/{id}/suspects/{suspectId}/delete")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String deleteSuspect(
            @PathVariable long id,
            @PathVariable long suspectId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> cases.deleteSuspect(id, suspectId, version), "case.suspect.deleted");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/seizures/{seizureId}/delete")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String deleteSeizure(
            @PathVariable long id,
            @PathVariable long seizureId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> cases.deleteSeizure(id, seizureId, version), "case.seizure.deleted");
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model) {
        DrugCase c = cases.get(id);
        model.addAttribute("kase", c);
        model.addAttribute("commune", cases.communeOf(c.getCommuneId()));
        model.addAttribute("agency", cases.agencyName(c.getAgencyId()));
        model.addAttribute(
                "suspects",
                cases.suspects(id).stream()
                        .map(s -> new SuspectLine(
                                s.getId(),
                                s.getPersonId(),
                                cases.nameOf(s),
                                s.getBirthYear(),
                                People.maskIdNumber(s.getIdNumber()),
                                s.getRole(),
                                s.getAgeGroup(),
                                s.isPriorRecord(),
                                s.isDrugUser(),
                                s.getVersion()))
                        .toList());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute(
                "seizures",
                cases.seizures(id).stream()
                        .map(z -> new SeizureLine(
                                z.getId(),
                                z.getSubstanceCode(),
                                Quantities.text(z.getQuantity(), locale),
                                z.getUnit(),
                                z.getOtherItems(),
                                z.getVersion()))
                        .toList());
        model.addAttribute("substances", cases.substances());
        model.addAttribute(
                "actions",
                java.util.Arrays.stream(CaseAction.values())
                        .filter(a -> c.getStage().allows(a))
                        .toList());
        model.addAttribute("roles", SuspectRole.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute("units", SeizureUnit.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "cases/case";
    }

    @PostMapping("/cases/{id}/stage")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String stage(
            @PathVariable long id,
            @Valid @ModelAttribute StageForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> cases.act(id, form), "case.stage.done");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/suspects")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String addSuspect(
            @PathVariable long id,
            @Valid @ModelAttribute SuspectForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> cases.addSuspect(id, form), "case.suspect.added");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/seizures")
    @PreAuthorize("hasAuthority('CASE_EDIT')")
    String addSeizure(
            @PathVariable long id,
            @Valid @ModelAttribute SeizureForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> cases.addSeizure(id, form), "case.seizure.added");
        return "redirect:/cases/" + id;
    }

    private String form(Model model) {
        CaseForm form = KeptInput.kept(model, "caseForm", CaseForm.class);
        model.addAttribute("caseForm", form);
        model.addAttribute("communes", scopes.communesToRecordIn());
        model.addAttribute("articles", cases.articles());
        String province = scopes.ownProvince();
        model.addAttribute("agencies", cases.agenciesFor(province));
        return "cases/form";
    }

    /** A seizure as the case page shows it: the quantity as entered, in the reader's notation. */
    record SeizureLine(
            long id, String substanceCode, String quantity, SeizureUnit unit, String otherItems, long version) {}

    /** A suspect as the case page shows it: the identification number masked. */
    record SuspectLine(
            long id,
            Long personId,
            String name,
            Integer birthYear,
            String idNumberMasked,
            SuspectRole role,
            AgeGroup ageGroup,
            boolean priorRecord,
            boolean drugUser,
            long version) {}
}
