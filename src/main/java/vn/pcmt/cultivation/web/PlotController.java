package vn.pcmt.cultivation.web;

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
import vn.pcmt.cultivation.internal.CultivationService;
import vn.pcmt.cultivation.internal.DestructionForm;
import vn.pcmt.cultivation.internal.PlantSpecies;
import vn.pcmt.cultivation.internal.PlotForm;
import vn.pcmt.cultivation.internal.PlotState;
import vn.pcmt.cultivation.internal.ReplantingForm;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/** The cultivation pages: the list of plots with their destruction and re-planting, the form of a new plot. */
@Controller
class PlotController {

    private final CultivationService plots;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    PlotController(CultivationService plots, RegisterScopes scopes, Forms forms, Clock clock) {
        this.plots = plots;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/cultivation")
    String list(
            RegisterScope scope,
            @RequestParam(required = false) PlotState state,
            @RequestParam(required = false) PlantSpecies species,
            Model model) {
        model.addAttribute("state", state);
        model.addAttribute("species", species);
        model.addAttribute("states", PlotState.values());
        model.addAttribute("speciesList", PlantSpecies.values());
        model.addAttribute("rows", plots.search(scope.code(), scope.from(), scope.to(), state, species));
        model.addAttribute("today", LocalDate.now(clock));
        return "cultivation/list";
    }

    @GetMapping("/cultivation/new")
    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    String create(Model model) {
        if (!model.containsAttribute("plotForm")) {
            model.addAttribute(
                    "plotForm",
                    new PlotForm(
                            scopes.singleCommuneCode(),
                            PlantSpecies.CANNABIS,
                            "",
                            null,
                            null,
                            LocalDate.now(clock),
                            "",
                            null,
                            null,
                            "",
                            "",
                            null));
        }
        return form(model);
    }

    @PostMapping("/cultivation")
    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    String record(
            @Valid @ModelAttribute("plotForm") PlotForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> plots.record(form))
                .map(plot -> forms.done(
                        redirect,
                        "redirect:/cultivation?unit=" + plots.communeOf(plot).code() + "&from="
                                + plot.getFoundOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        "cultivation.recorded",
                        plot.getId()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/cultivation/{id}/destroy")
    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    String destroy(
            @PathVariable long id,
            @Valid @ModelAttribute DestructionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String back = back(id);
        if (errors.hasErrors()) {
            forms.refused(redirect, "cultivation.destroy.incomplete");
            return back;
        }
        forms.act(redirect, () -> plots.destroy(id, form))
                .ifPresent(p -> forms.success(redirect, "cultivation.destroyed", p.getId()));
        return back;
    }

    @PostMapping("/cultivation/{id}/replant")
    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    String replant(
            @PathVariable long id,
            @Valid @ModelAttribute ReplantingForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String back = back(id);
        if (errors.hasErrors()) {
            forms.refused(redirect, "cultivation.replant.incomplete");
            return back;
        }
        forms.act(redirect, () -> plots.replant(id, form))
                .ifPresent(p -> forms.success(redirect, "cultivation.replanted", p.getId()));
        return back;
    }

    /** The list of the plot's commune from the plot's year (checked against the jurisdiction). */
    private String back(long id) {
        var plot = plots.get(id);
        return "redirect:/cultivation?unit=" + plots.communeOf(plot).code() + "&from=01/01/"
                + plot.getFoundOn().getYear();
    }

    private String form(Model model) {
        KeptInput.kept(model, "plotForm", PlotForm.class);
        model.addAttribute("communes", scopes.communesToRecordIn());
        model.addAttribute("speciesList", PlantSpecies.values());
        return "cultivation/form";
    }
}
