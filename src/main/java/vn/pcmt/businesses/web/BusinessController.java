package vn.pcmt.businesses.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
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
import vn.pcmt.businesses.internal.Business;
import vn.pcmt.businesses.internal.BusinessForm;
import vn.pcmt.businesses.internal.BusinessKind;
import vn.pcmt.businesses.internal.BusinessService;
import vn.pcmt.businesses.internal.HotspotLinkForm;
import vn.pcmt.businesses.internal.InspectionForm;
import vn.pcmt.businesses.internal.LicenceAction;
import vn.pcmt.businesses.internal.LicenceForm;
import vn.pcmt.businesses.internal.Violation;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/** The pages of businesses under security conditions: the list with the registration form, a business's page. */
@Controller
class BusinessController {

    private final BusinessService businesses;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    BusinessController(BusinessService businesses, RegisterScopes scopes, Forms forms, Clock clock) {
        this.businesses = businesses;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/businesses")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) BusinessKind kind,
            Model model) {
        if (!model.containsAttribute("businessForm")) {
            String own = scopes.own();
            model.addAttribute(
                    "businessForm",
                    new BusinessForm(
                            own.length() == 5 ? own : "", BusinessKind.KARAOKE, "", "", "", "", null, "", null));
        }
        return list(unit, kind, model, false);
    }

    @PostMapping("/businesses")
    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    String register(
            @Valid @ModelAttribute("businessForm") BusinessForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> businesses.register(form))
                .map(b -> forms.done(redirect, "redirect:/businesses/" + b.getId(), "business.registered", b.getName()))
                .orElseGet(() -> {
                    model.addAttribute(
                            "businessForm", KeptInput.inModel(model, "businessForm", BusinessForm.class, errors));
                    return list(null, null, model, true);
                });
    }

    @GetMapping("/businesses/{id}")
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("inspectionForm")) {
            model.addAttribute(
                    "inspectionForm", new InspectionForm(LocalDate.now(clock), "", "", Set.of(), "", "", null));
        }
        return page(id, model);
    }

    @PostMapping("/businesses/{id}/inspections")
    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    String inspect(
            @PathVariable long id,
            @Valid @ModelAttribute("inspectionForm") InspectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Business business = businesses.get(id);
        return forms.submit(errors, () -> businesses.inspect(id, form))
                .map(i -> forms.done(redirect, "redirect:/businesses/" + id, "business.inspected", business.getName()))
                .orElseGet(() -> {
                    model.addAttribute(
                            "inspectionForm", KeptInput.inModel(model, "inspectionForm", InspectionForm.class, errors));
                    return page(id, model);
                });
    }

    @PostMapping("/businesses/{id}/licence")
    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    String licence(
            @PathVariable long id,
            @Valid @ModelAttribute LicenceForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        businesses.get(id);
        if (errors.hasErrors()) {
            forms.refused(redirect, "business.licence.incomplete");
            return "redirect:/businesses/" + id;
        }
        forms.act(redirect, () -> businesses.decide(id, form))
                .ifPresent(b -> forms.success(
                        redirect,
                        "business.licence.done",
                        b.getName(),
                        forms.message("business.licence." + form.action())));
        return "redirect:/businesses/" + id;
    }

    /** Links an inspection that found drug use to a hotspot of the hotspot register, or unlinks it (ADR 037). */
    @PostMapping("/businesses/{id}/inspections/{inspectionId}/hotspot")
    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    String linkHotspot(
            @PathVariable long id,
            @PathVariable long inspectionId,
            @ModelAttribute HotspotLinkForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Business business = businesses.get(id);
        if (errors.hasErrors()) {
            forms.refused(redirect, "business.hotspot.incomplete");
            return "redirect:/businesses/" + id;
        }
        forms.act(redirect, () -> businesses.linkHotspot(id, inspectionId, form))
                .ifPresent(i -> forms.success(
                        redirect,
                        i.getHotspotId() == null ? "business.hotspot.unlinked" : "business.hotspot.linked",
                        business.getName()));
        return "redirect:/businesses/" + id;
    }

    private String list(String unit, BusinessKind kind, Model model, boolean formOpen) {
        String code = scopes.ownOr(unit);
        AdminUnit shown = scopes.visible(code, LocalDate.now(clock));
        model.addAttribute("unit", shown);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", BusinessKind.values());
        model.addAttribute("rows", businesses.search(code, kind));
        model.addAttribute("formOpen", formOpen);
        return "businesses/list";
    }

    private String page(long id, Model model) {
        Business business = businesses.get(id);
        model.addAttribute("business", business);
        model.addAttribute("commune", businesses.communeOf(business));
        var inspections = businesses.inspectionsOf(id);
        model.addAttribute("inspections", inspections);
        java.util.Map<Long, vn.pcmt.hotspots.Hotspots.Summary> linked = new java.util.HashMap<>();
        inspections.forEach(i -> businesses.hotspotOf(i).ifPresent(h -> linked.put(i.getId(), h)));
        model.addAttribute("linkedHotspots", linked);
        model.addAttribute(
                "hotspotsNear",
                inspections.stream().anyMatch(i -> i.getViolations().contains(Violation.DRUG_USE_ON_PREMISES))
                        ? businesses.hotspotsNear(id)
                        : java.util.List.of());
        model.addAttribute("steps", businesses.licenceStepsOf(id));
        model.addAttribute("violations", Violation.values());
        model.addAttribute(
                "actions",
                Arrays.stream(LicenceAction.values())
                        .filter(business.getLicenceStatus()::allows)
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "businesses/business";
    }
}
