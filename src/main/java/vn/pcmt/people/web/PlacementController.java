package vn.pcmt.people.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.people.internal.AdmissionForm;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.PlacementMove;
import vn.pcmt.people.internal.PlacementService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.platform.Forms;

/** The people placed at a rehab facility: admit, transfer, discharge (ADR 043). */
@Controller
class PlacementController {

    /** The forms of rehab carried out at a facility. */
    private static final List<RehabForm> FORMS =
            List.of(RehabForm.VOLUNTARY_FACILITY, RehabForm.COMPULSORY_ADULT, RehabForm.COMPULSORY_MINOR);

    /** Why a placement ends other than by a transfer. */
    private static final List<EndReason> REASONS = List.of(
            EndReason.COMPLETED,
            EndReason.STOPPED,
            EndReason.QUIT_ON_OWN,
            EndReason.ABSCONDED,
            EndReason.DIED,
            EndReason.OTHER);

    private final PlacementService placements;
    private final Forms forms;
    private final Clock clock;

    PlacementController(PlacementService placements, Forms forms, Clock clock) {
        this.placements = placements;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/facilities/{id}/placements")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            Model model) {
        if (!model.containsAttribute("admissionForm")) {
            model.addAttribute("admissionForm", AdmissionForm.empty(LocalDate.now(clock)));
        }
        return page(id, on, model);
    }

    @PostMapping("/facilities/{id}/placements")
    String admit(
            @PathVariable long id,
            @Valid @ModelAttribute("admissionForm") AdmissionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> placements.admit(id, form))
                .map(e -> forms.done(redirect, "redirect:/facilities/" + id + "/placements", "placement.admitted"))
                .orElseGet(() -> page(id, null, model));
    }

    @PostMapping("/placements/{episodeId}/transfer")
    String transfer(
            @PathVariable long episodeId,
            @RequestParam long facility,
            @Valid @ModelAttribute PlacementMove move,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> placements.transfer(episodeId, move), "placement.transferred");
        return "redirect:/facilities/" + facility + "/placements";
    }

    @PostMapping("/placements/{episodeId}/discharge")
    String discharge(
            @PathVariable long episodeId,
            @RequestParam long facility,
            @Valid @ModelAttribute PlacementMove move,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> placements.discharge(episodeId, move), "placement.discharged");
        return "redirect:/facilities/" + facility + "/placements";
    }

    private String page(long id, LocalDate on, Model model) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        model.addAttribute("facility", placements.facility(id));
        model.addAttribute("placed", placements.placed(id, day));
        model.addAttribute("on", day);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("forms", FORMS);
        model.addAttribute("reasons", REASONS);
        return "people/placements";
    }
}
