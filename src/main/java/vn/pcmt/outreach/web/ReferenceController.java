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
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.geo.UnitService;
import vn.pcmt.outreach.internal.IndustrialZone;
import vn.pcmt.outreach.internal.Medium;
import vn.pcmt.outreach.internal.MediumForm;
import vn.pcmt.outreach.internal.MediumKind;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.outreach.internal.School;
import vn.pcmt.outreach.internal.SchoolForm;
import vn.pcmt.outreach.internal.SchoolLevel;
import vn.pcmt.outreach.internal.ZoneForm;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/**
 * The reference registers of outreach: schools, industrial zones and media. Each has a list with its unit and the
 * form to add one, and a page to correct or delete one.
 */
@Controller
@PreAuthorize("hasAuthority('OUTREACH_READ')")
class ReferenceController {

    private final OutreachService outreach;
    private final UnitService units;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    ReferenceController(OutreachService outreach, UnitService units, RegisterScopes scopes, Forms forms, Clock clock) {
        this.outreach = outreach;
        this.units = units;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    // --- schools

    @GetMapping("/outreach/schools")
    String schools(@RequestParam(required = false) String unit, Model model) {
        if (!model.containsAttribute("schoolForm")) {
            String own = scopes.own();
            model.addAttribute(
                    "schoolForm",
                    new SchoolForm(own.length() == 5 ? own : "", "", SchoolLevel.PRIMARY, null, null, null));
        }
        return schoolPage(unit, null, model);
    }

    @PostMapping("/outreach/schools")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String addSchool(
            @Valid @ModelAttribute("schoolForm") SchoolForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> outreach.addSchool(form))
                .map(s -> forms.done(redirect, "redirect:/outreach/schools", "outreach.school.saved", s.getName()))
                .orElseGet(() -> schoolPage(null, null, kept(model, "schoolForm", SchoolForm.class, errors)));
    }

    @GetMapping("/outreach/schools/{id}")
    String school(@PathVariable long id, Model model) {
        School s = outreach.school(id);
        if (!model.containsAttribute("schoolForm")) {
            model.addAttribute(
                    "schoolForm", s.toForm(outreach.unitOf(s.getCommuneId()).code()));
        }
        return schoolPage(null, s, model);
    }

    @PostMapping("/outreach/schools/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correctSchool(
            @PathVariable long id,
            @Valid @ModelAttribute("schoolForm") SchoolForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        School s = outreach.school(id);
        return forms.submit(errors, () -> outreach.correctSchool(id, form))
                .map(x -> forms.done(redirect, "redirect:/outreach/schools", "outreach.school.saved", x.getName()))
                .orElseGet(() -> schoolPage(null, s, kept(model, "schoolForm", SchoolForm.class, errors)));
    }

    @PostMapping("/outreach/schools/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String deleteSchool(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String name = outreach.school(id).getName();
        forms.act(redirect, () -> outreach.deleteSchool(id, version), "outreach.deletedNamed", name);
        return "redirect:/outreach/schools";
    }

    private String schoolPage(String unit, School editing, Model model) {
        AdminUnit shown = shown(unit);
        model.addAttribute("unit", shown);
        model.addAttribute("editing", editing);
        model.addAttribute("levels", SchoolLevel.values());
        model.addAttribute("rows", outreach.schools(shown.code()));
        return "outreach/schools";
    }

    // --- industrial zones

    @GetMapping("/outreach/zones")
    String zones(@RequestParam(required = false) String unit, Model model) {
        if (!model.containsAttribute("zoneForm")) {
            String own = scopes.own();
            model.addAttribute(
                    "zoneForm",
                    new ZoneForm("", own.length() == 5 ? List.of(own) : List.of(), null, LocalDate.now(clock), null));
        }
        return zonePage(unit, null, model);
    }

    @PostMapping("/outreach/zones")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String addZone(
            @Valid @ModelAttribute("zoneForm") ZoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> outreach.addZone(form))
                .map(z -> forms.done(redirect, "redirect:/outreach/zones", "outreach.zone.saved", z.getName()))
                .orElseGet(() -> zonePage(null, null, kept(model, "zoneForm", ZoneForm.class, errors)));
    }

    @GetMapping("/outreach/zones/{id}")
    String zone(@PathVariable long id, Model model) {
        IndustrialZone z = outreach.zone(id);
        if (!model.containsAttribute("zoneForm")) {
            model.addAttribute(
                    "zoneForm",
                    new ZoneForm(
                            z.getName(),
                            outreach.unitsOf(z.getCommuneIds()).stream()
                                    .map(AdminUnit::code)
                                    .toList(),
                            z.getWorkers(),
                            z.getWorkersCountedOn(),
                            z.getVersion()));
        }
        return zonePage(null, z, model);
    }

    @PostMapping("/outreach/zones/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correctZone(
            @PathVariable long id,
            @Valid @ModelAttribute("zoneForm") ZoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        IndustrialZone z = outreach.zone(id);
        return forms.submit(errors, () -> outreach.correctZone(id, form))
                .map(x -> forms.done(redirect, "redirect:/outreach/zones", "outreach.zone.saved", x.getName()))
                .orElseGet(() -> zonePage(null, z, kept(model, "zoneForm", ZoneForm.class, errors)));
    }

    @PostMapping("/outreach/zones/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String deleteZone(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String name = outreach.zone(id).getName();
        forms.act(redirect, () -> outreach.deleteZone(id, version), "outreach.deletedNamed", name);
        return "redirect:/outreach/zones";
    }

    private String zonePage(String unit, IndustrialZone editing, Model model) {
        AdminUnit shown = shown(unit);
        model.addAttribute("unit", shown);
        model.addAttribute("editing", editing);
        model.addAttribute("rows", outreach.zones(shown.code()));
        return "outreach/zones";
    }

    // --- media

    @GetMapping("/outreach/media")
    String media(@RequestParam(required = false) String unit, Model model) {
        if (!model.containsAttribute("mediumForm")) {
            String province = scopes.ownProvince();
            model.addAttribute(
                    "mediumForm", new MediumForm(province, "", MediumKind.NEWSPAPER, true, null, null, null));
        }
        return mediumPage(unit, null, model);
    }

    @PostMapping("/outreach/media")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String addMedium(
            @Valid @ModelAttribute("mediumForm") MediumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> outreach.addMedium(form))
                .map(m -> forms.done(redirect, "redirect:/outreach/media", "outreach.medium.saved", m.getName()))
                .orElseGet(() -> mediumPage(null, null, kept(model, "mediumForm", MediumForm.class, errors)));
    }

    @GetMapping("/outreach/media/{id}")
    String medium(@PathVariable long id, Model model) {
        Medium m = outreach.medium(id);
        if (!model.containsAttribute("mediumForm")) {
            model.addAttribute(
                    "mediumForm", m.toForm(outreach.unitOf(m.getProvinceId()).code()));
        }
        return mediumPage(null, m, model);
    }

    @PostMapping("/outreach/media/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correctMedium(
            @PathVariable long id,
            @Valid @ModelAttribute("mediumForm") MediumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Medium m = outreach.medium(id);
        return forms.submit(errors, () -> outreach.correctMedium(id, form))
                .map(x -> forms.done(redirect, "redirect:/outreach/media", "outreach.medium.saved", x.getName()))
                .orElseGet(() -> mediumPage(null, m, kept(model, "mediumForm", MediumForm.class, errors)));
    }

    @PostMapping("/outreach/media/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String deleteMedium(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String name = outreach.medium(id).getName();
        forms.act(redirect, () -> outreach.deleteMedium(id, version), "outreach.deletedNamed", name);
        return "redirect:/outreach/media";
    }

    private String mediumPage(String unit, Medium editing, Model model) {
        AdminUnit shown = shown(unit);
        model.addAttribute("unit", shown);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", MediumKind.values());
        model.addAttribute("rows", outreach.media(shown.code()));
        return "outreach/media";
    }

    // --- helpers

    private AdminUnit shown(String unit) {
        String code = scopes.ownOr(unit);
        LocalDate today = LocalDate.now(clock);
        return units.find(code, today).orElseThrow();
    }

    private static <T> Model kept(Model model, String name, Class<T> type, BindingResult errors) {
        model.addAttribute(name, KeptInput.inModel(model, name, type, errors));
        model.addAttribute("formOpen", true);
        return model;
    }
}
