package vn.pcmt.outreach.web;

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
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.outreach.internal.ActivityForm;
import vn.pcmt.outreach.internal.Audience;
import vn.pcmt.outreach.internal.OutreachActivity;
import vn.pcmt.outreach.internal.OutreachForm;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/** The outreach activity pages: the list with the unit and period, an activity, the new and correction forms. */
@Controller
@PreAuthorize("hasAuthority('OUTREACH_READ')")
class OutreachController {

    private final OutreachService outreach;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    OutreachController(OutreachService outreach, RegisterScopes scopes, Forms forms, Clock clock) {
        this.outreach = outreach;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/outreach")
    String list(RegisterScope scope, Model model) {
        model.addAttribute("rows", outreach.activities(scope.code(), scope.from(), scope.to()));
        return "outreach/list";
    }

    @GetMapping("/outreach/new")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String create(Model model) {
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute(
                    "activityForm",
                    new ActivityForm(
                            LocalDate.now(clock),
                            OutreachForm.TALK,
                            Audience.GENERAL,
                            "",
                            scopes.singleCommuneCode().isEmpty() ? List.of() : List.of(scopes.singleCommuneCode()),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            "",
                            null));
        }
        return form(model, null);
    }

    @PostMapping("/outreach")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String record(
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> outreach.record(form))
                .map(a -> forms.done(redirect, "redirect:/outreach/" + a.getId(), "outreach.recorded", a.getTitle()))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/outreach/{id}")
    String show(@PathVariable long id, Model model) {
        OutreachActivity a = outreach.activity(id);
        model.addAttribute("activity", a);
        model.addAttribute("communes", outreach.unitsOf(a.getCommuneIds()));
        model.addAttribute("schools", outreach.schoolsOf(a.getSchoolIds()));
        model.addAttribute("zones", outreach.zonesOf(a.getZoneIds()));
        model.addAttribute("medium", outreach.mediumOf(a.getMediumId()).orElse(null));
        model.addAttribute("agency", outreach.agencyName(a.getAgencyId()));
        return "outreach/activity";
    }

    @GetMapping("/outreach/{id}/edit")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String edit(@PathVariable long id, Model model) {
        OutreachActivity a = outreach.activity(id);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute(
                    "activityForm",
                    new ActivityForm(
                            a.getHeldOn(),
                            a.getForm(),
                            a.getAudience(),
                            a.getTitle(),
                            outreach.unitsOf(a.getCommuneIds()).stream()
                                    .map(AdminUnit::code)
                                    .toList(),
                            List.copyOf(a.getSchoolIds()),
                            List.copyOf(a.getZoneIds()),
                            a.getMediumId(),
                            a.getParticipants(),
                            a.getAgencyId(),
                            a.getNote(),
                            a.getVersion()));
        }
        return form(model, id);
    }

    @PostMapping("/outreach/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        outreach.activity(id);
        return forms.submit(errors, () -> outreach.correct(id, form))
                .map(a -> forms.done(redirect, "redirect:/outreach/" + id, "outreach.corrected", a.getTitle()))
                .orElseGet(() -> form(model, id));
    }

    @PostMapping("/outreach/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String title = outreach.activity(id).getTitle();
        forms.act(redirect, () -> outreach.delete(id, version), "outreach.deleted", title);
        return "redirect:/outreach";
    }

    private String form(Model model, Long id) {
        ActivityForm form = KeptInput.kept(model, "activityForm", ActivityForm.class);
        model.addAttribute("activityForm", form);
        model.addAttribute("activityId", id);
        model.addAttribute("communes", scopes.communesToRecordIn());
        String own = scopes.own();
        model.addAttribute("schools", outreach.schools(own));
        model.addAttribute("zones", outreach.zones(own));
        model.addAttribute("media", outreach.media(own));
        model.addAttribute("agencies", outreach.agencies());
        model.addAttribute("outreachForms", OutreachForm.values());
        model.addAttribute("audiences", Audience.values());
        return "outreach/form";
    }
}
