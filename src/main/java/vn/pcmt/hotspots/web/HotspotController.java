package vn.pcmt.hotspots.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.Village;
import vn.pcmt.geo.VillageService;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.EliminationForm;
import vn.pcmt.hotspots.internal.Hotspot;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotSearch;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.hotspots.internal.HotspotState;
import vn.pcmt.hotspots.internal.ReformationForm;
import vn.pcmt.people.People;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/** The hotspot pages: a map and a list by state on a date, a hotspot's page with its lifecycle, the form. */
@Controller
class HotspotController {

    private final HotspotService hotspots;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final RegisterScopes scopes;
    private final VillageService villages;
    private final People people;
    private final Forms forms;
    private final List<Hotspots.Links> links;
    private final Clock clock;

    HotspotController(
            HotspotService hotspots,
            UnitService units,
            UnitCoverage coverage,
            RegisterScopes scopes,
            VillageService villages,
            People people,
            Forms forms,
            List<Hotspots.Links> links,
            Clock clock) {
        this.hotspots = hotspots;
        this.units = units;
        this.coverage = coverage;
        this.scopes = scopes;
        this.villages = villages;
        this.people = people;
        this.forms = forms;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/hotspots")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) HotspotState state,
            @RequestParam(required = false) HotspotActivity activity,
            Model model) {
        String code = scopes.ownOr(unit);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        AdminUnit shown = scopes.visible(code, on);
        model.addAttribute("unit", shown);
        model.addAttribute("date", on);
        model.addAttribute("state", state);
        model.addAttribute("activity", activity);
        model.addAttribute("states", HotspotState.values());
        model.addAttribute("activities", HotspotActivity.values());
        model.addAttribute("rows", hotspots.search(new HotspotSearch(code, on, state, activity)));
        LocalDate start = from == null || from.isAfter(on) ? on.withDayOfYear(1) : from;
        model.addAttribute("from", start);
        model.addAttribute("figures", hotspots.figures(code, start, on));
        model.addAttribute("provinceCode", shown.provinceCode());
        return "hotspots/list";
    }

    @GetMapping("/hotspots/new")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String create(@RequestParam(name = "commune", required = false) String asked, Model model) {
        if (!model.containsAttribute("hotspotForm")) {
            // a page that refers to a new hotspot (a business's inspection) names its commune
            String commune = asked != null
                            && scopes.communesToRecordIn().stream()
                                    .anyMatch(c -> c.code().equals(asked))
                    ? asked
                    : scopes.singleCommuneCode();
            model.addAttribute(
                    "hotspotForm",
                    new HotspotForm(
                            commune,
                            null,
                            HotspotShape.POINT,
                            HotspotActivity.SELLING,
                            "",
                            "",
                            null,
                            null,
                            BusinessKind.NONE,
                            "",
                            LocalDate.now(clock),
                            "",
                            "",
                            List.of(),
                            null));
        }
        return form(model, null);
    }

    @PostMapping("/hotspots")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String record(
            @Valid @ModelAttribute("hotspotForm") HotspotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> hotspots.record(form))
                .map(hotspot -> forms.done(
                        redirect, "redirect:/hotspots/" + hotspot.getId(), "hotspot.recorded", hotspot.getName()))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/hotspots/{id}")
    String show(@PathVariable long id, Model model, Authentication auth) {
        Hotspot hotspot = hotspots.get(id);
        AdminUnit commune = hotspots.communeOf(hotspot);
        model.addAttribute("hotspot", hotspot);
        model.addAttribute("commune", commune);
        model.addAttribute(
                "village",
                hotspot.getVillageId() == null
                        ? null
                        : villages.find(hotspot.getVillageId())
                                .map(Village::getName)
                                .orElse(null));
        model.addAttribute("state", hotspot.stateOn(LocalDate.now(clock)));
        model.addAttribute("reformation", hotspots.reformationOf(id).orElse(null));
        model.addAttribute(
                "links", links.stream().flatMap(l -> l.linksTo(id).stream()).toList());
        model.addAttribute("suspects", suspects(hotspot, auth));
        model.addAttribute("activities", HotspotActivity.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "hotspots/hotspot";
    }

    @GetMapping("/hotspots/{id}/edit")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String edit(@PathVariable long id, Model model) {
        Hotspot hotspot = hotspots.get(id);
        if (!model.containsAttribute("hotspotForm")) {
            model.addAttribute(
                    "hotspotForm", hotspot.toForm(hotspots.communeOf(hotspot).code()));
        }
        return form(model, hotspot);
    }

    @PostMapping("/hotspots/{id}")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("hotspotForm") HotspotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Hotspot hotspot = hotspots.get(id);
        if (forms.submit(errors, redirect, () -> hotspots.correct(id, form), "hotspot.saved", form.name())) {
            return "redirect:/hotspots/" + id;
        }
        return form(model, hotspot);
    }

    @PostMapping("/hotspots/{id}/eliminate")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String eliminate(
            @PathVariable long id,
            @Valid @ModelAttribute EliminationForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            forms.refused(redirect, "hotspot.eliminate.incomplete");
            return "redirect:/hotspots/" + id;
        }
        forms.act(redirect, () -> hotspots.eliminate(id, form))
                .ifPresent(hotspot -> forms.success(redirect, "hotspot.eliminated", hotspot.getName()));
        return "redirect:/hotspots/" + id;
    }

    @PostMapping("/hotspots/{id}/reform")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String reform(
            @PathVariable long id,
            @Valid @ModelAttribute ReformationForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            forms.refused(redirect, "hotspot.reform.incomplete");
            return "redirect:/hotspots/" + id;
        }
        return forms.act(redirect, () -> hotspots.reform(id, form))
                .map(reformed -> forms.done(
                        redirect, "redirect:/hotspots/" + reformed.getId(), "hotspot.reformed", reformed.getName()))
                .orElse("redirect:/hotspots/" + id);
    }

    @PostMapping("/hotspots/{id}/delete")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Hotspot hotspot = hotspots.get(id);
        return forms.act(redirect, () -> hotspots.delete(id, version), "hotspot.deleted", hotspot.getName())
                ? "redirect:/hotspots"
                : "redirect:/hotspots/" + id;
    }

    /** The villages of a commune as options, for the form (htmx). */
    @GetMapping("/hotspots/villages")
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    String villageOptions(@RequestParam(name = "communeCode", defaultValue = "") String commune, Model model) {
        model.addAttribute("villages", villagesOf(commune));
        model.addAttribute("selected", null);
        return "hotspots/form :: villageOptions";
    }

    private String form(Model model, Hotspot hotspot) {
        // a value that did not convert (30/02/2025) leaves the form null: rebuilt with everything else typed
        HotspotForm form = KeptInput.kept(model, "hotspotForm", HotspotForm.class);
        model.addAttribute("hotspot", hotspot);
        model.addAttribute("communes", scopes.communesToRecordIn());
        model.addAttribute("villages", villagesOf(form == null ? "" : form.communeCode()));
        model.addAttribute("selected", form == null ? null : form.villageId());
        model.addAttribute("shapes", HotspotShape.values());
        model.addAttribute("activities", HotspotActivity.values());
        model.addAttribute("businessKinds", BusinessKind.values());
        model.addAttribute("provinceCode", scopes.ownProvince());
        return "hotspots/form";
    }

    private List<Village> villagesOf(String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return List.of();
        }
        return units.find(communeCode.strip(), LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.COMMUNE && coverage.covers(coverage.current(), u.id()))
                .map(u -> villages.list(u.id()))
                .orElse(List.of());
    }

    /** Suspects by name for users who may read records; by record number only for others. */
    private List<Suspect> suspects(Hotspot hotspot, Authentication auth) {
        boolean canRead =
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("PERSON_READ"));
        return hotspot.getSuspectIds().stream()
                .sorted()
                .map(id -> new Suspect(id, canRead ? nameOf(id).orElse(null) : null))
                .toList();
    }

    private Optional<String> nameOf(long personId) {
        try {
            return Optional.of(people.visibleName(personId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A suspect linked to a hotspot; the name only when the viewer may see it. */
    record Suspect(long id, String name) {}
}
