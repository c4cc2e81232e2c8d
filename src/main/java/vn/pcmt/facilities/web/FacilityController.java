package vn.pcmt.facilities.web;

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
import vn.pcmt.facilities.internal.AssessmentForm;
import vn.pcmt.facilities.internal.Criterion;
import vn.pcmt.facilities.internal.Facility;
import vn.pcmt.facilities.internal.FacilityForm;
import vn.pcmt.facilities.internal.FacilityKind;
import vn.pcmt.facilities.internal.FacilityService;
import vn.pcmt.facilities.internal.QualificationForm;
import vn.pcmt.facilities.internal.QualificationKind;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/**
 * The facility pages: the list with the unit and kind, a facility with its qualifications and (public rehab) the
 * checklist of legal conditions, the new and correction forms.
 */
@Controller
@PreAuthorize("hasAuthority('FACILITY_READ')")
class FacilityController {

    private final FacilityService facilities;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    FacilityController(FacilityService facilities, RegisterScopes scopes, Forms forms, Clock clock) {
        this.facilities = facilities;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/facilities")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FacilityKind kind,
            @RequestParam(required = false) LocalDate on,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        String code = scopes.ownOr(unit);
        AdminUnit shown = scopes.visible(code, day);
        model.addAttribute("rows", facilities.search(code, kind, day));
        model.addAttribute("unit", shown);
        model.addAttribute("kind", kind);
        model.addAttribute("on", day);
        model.addAttribute("kinds", FacilityKind.values());
        return "facilities/list";
    }

    @GetMapping("/facilities/new")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String create(Model model) {
        if (!model.containsAttribute("facilityForm")) {
            String own = scopes.own();
            model.addAttribute(
                    "facilityForm",
                    new FacilityForm(
                            own.length() == 5 ? own : "",
                            FacilityKind.HEALTH_STATION,
                            "",
                            Boolean.TRUE,
                            "",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            "",
                            null));
        }
        return form(model, null);
    }

    @PostMapping("/facilities")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String record(
            @Valid @ModelAttribute("facilityForm") FacilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> facilities.record(form))
                .map(f -> forms.done(redirect, "redirect:/facilities/" + f.getId(), "facility.recorded"))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/facilities/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(pattern = "dd/MM/yyyy")
                    LocalDate on,
            Model model) {
        Facility f = facilities.get(id);
        LocalDate today = LocalDate.now(clock);
        if (f.getKind().isRehab()) {
            model.addAttribute("occupancy", facilities.occupancy(id, on == null ? today : on));
        }
        model.addAttribute("facility", f);
        model.addAttribute("commune", facilities.communeOf(f));
        model.addAttribute("clinicName", facilities.clinicName(f));
        model.addAttribute("qualifications", facilities.qualifications(id));
        model.addAttribute("today", today);
        if (f.getKind() == FacilityKind.PUBLIC_REHAB) {
            model.addAttribute("criteria", Criterion.values());
            model.addAttribute("checklist", facilities.checklist(id, today));
            model.addAttribute("assessments", facilities.assessments(id));
            model.addAttribute("meetsLaw", facilities.meetsLaw(id, today));
        }
        model.addAttribute("qualificationKinds", QualificationKind.values());
        if (!model.containsAttribute("qualificationForm")) {
            model.addAttribute(
                    "qualificationForm",
                    new QualificationForm(
                            f.getKind() == FacilityKind.RECEPTION_POINT
                                    ? QualificationKind.RECEPTION_COUNSELLING
                                    : QualificationKind.DETERMINE_ADDICTION,
                            today,
                            null,
                            "",
                            f.getVersion()));
        }
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute(
                    "assessmentForm", new AssessmentForm(Criterion.PREMISES, today, Boolean.TRUE, "", f.getVersion()));
        }
        return "facilities/facility";
    }

    @PostMapping("/facilities/{id}/qualifications")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String qualify(
            @PathVariable long id,
            @Valid @ModelAttribute("qualificationForm") QualificationForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        facilities.get(id);
        if (forms.submit(errors, () -> facilities.qualify(id, form)).isPresent()) {
            forms.success(redirect, "facility.qualified");
            return "redirect:/facilities/" + id;
        }
        return forms.back(redirect, "qualificationForm", form, errors, "redirect:/facilities/" + id);
    }

    @PostMapping("/facilities/{id}/qualifications/{qualificationId}/delete")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String deleteQualification(
            @PathVariable long id,
            @PathVariable long qualificationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        facilities.get(id);
        forms.act(
                redirect,
                () -> facilities.deleteQualification(id, qualificationId, version),
                "facility.qualification.deleted");
        return "redirect:/facilities/" + id;
    }

    @PostMapping("/facilities/{id}/assessments")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String assess(
            @PathVariable long id,
            @Valid @ModelAttribute("assessmentForm") AssessmentForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        facilities.get(id);
        if (forms.submit(errors, () -> facilities.assess(id, form)).isPresent()) {
            forms.success(redirect, "facility.assessed");
            return "redirect:/facilities/" + id;
        }
        return forms.back(redirect, "assessmentForm", form, errors, "redirect:/facilities/" + id);
    }

    @PostMapping("/facilities/{id}/assessments/{assessmentId}/delete")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String deleteAssessment(
            @PathVariable long id,
            @PathVariable long assessmentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        facilities.get(id);
        forms.act(
                redirect, () -> facilities.deleteAssessment(id, assessmentId, version), "facility.assessment.deleted");
        return "redirect:/facilities/" + id;
    }

    @GetMapping("/facilities/{id}/edit")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String edit(@PathVariable long id, Model model) {
        Facility f = facilities.get(id);
        if (!model.containsAttribute("facilityForm")) {
            model.addAttribute("facilityForm", f.toForm(facilities.communeOf(f).code()));
        }
        return form(model, id);
    }

    @PostMapping("/facilities/{id}")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("facilityForm") FacilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        facilities.get(id);
        return forms.submit(errors, () -> facilities.correct(id, form))
                .map(f -> forms.done(redirect, "redirect:/facilities/" + id, "facility.corrected"))
                .orElseGet(() -> form(model, id));
    }

    @PostMapping("/facilities/{id}/delete")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        facilities.get(id);
        forms.act(redirect, () -> facilities.delete(id, version), "facility.deleted");
        return "redirect:/facilities";
    }

    private String form(Model model, Long id) {
        FacilityForm form = KeptInput.kept(model, "facilityForm", FacilityForm.class);
        model.addAttribute("facilityForm", form);
        model.addAttribute("facilityId", id);
        model.addAttribute("kinds", FacilityKind.values());
        return "facilities/form";
    }
}
