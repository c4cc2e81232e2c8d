package vn.pcmt.substitution.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.pcmt.facilities.Clinics.Clinic;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;
import vn.pcmt.platform.ListPeriod;
import vn.pcmt.substitution.internal.DispensingForm;
import vn.pcmt.substitution.internal.Medicine;
import vn.pcmt.substitution.internal.StopForm;
import vn.pcmt.substitution.internal.StopReason;
import vn.pcmt.substitution.internal.SubstitutionQueries.ListMode;
import vn.pcmt.substitution.internal.SubstitutionService;
import vn.pcmt.substitution.internal.TransferForm;
import vn.pcmt.substitution.internal.TreatmentEpisode;
import vn.pcmt.substitution.internal.TreatmentForm;

/**
 * The substitution treatment pages: the patients of a clinic or a unit (in treatment on a day, or started over a
 * period), a person's treatment history with the stop and transfer forms, the new and correction forms.
 */
@Controller
@PreAuthorize("hasAuthority('SUBSTITUTION_READ') and hasAuthority('PERSON_READ')")
class SubstitutionController {

    private final SubstitutionService substitution;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;

    SubstitutionController(SubstitutionService substitution, RegisterScopes scopes, Forms forms, Clock clock) {
        this.substitution = substitution;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/substitution")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Long clinic,
            @RequestParam(required = false) ListMode mode,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        // a clinic's staff have no unit to ask: their scope is their clinic's province (ADR 053)
        Long own = substitution.ownClinic();
        RegisterScope scope = own == null ? scopes.of(unit, from, to) : substitution.staffScope(from, to);
        model.addAllAttributes(scope.attributes());
        ListMode how = mode == null ? ListMode.IN_TREATMENT : mode;
        model.addAttribute("mode", how);
        model.addAttribute("modes", ListMode.values());
        model.addAttribute("clinic", own == null ? clinic : own);
        model.addAttribute("clinics", clinics());
        model.addAttribute("rows", substitution.search(scope.code(), clinic, how, scope.from(), scope.to()));
        return "substitution/list";
    }

    @GetMapping("/substitution/new")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String create(@RequestParam(required = false) Long personId, Model model) {
        if (!model.containsAttribute("treatmentForm")) {
            model.addAttribute(
                    "treatmentForm",
                    new TreatmentForm(personId, null, LocalDate.now(clock), Medicine.METHADONE, "", null, "", null));
        }
        return form(model, null);
    }

    @PostMapping("/substitution")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String record(
            @Valid @ModelAttribute("treatmentForm") TreatmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> substitution.record(form))
                .map(e -> forms.done(
                        redirect, "redirect:/substitution/people/" + e.getPersonId(), "substitution.recorded"))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/substitution/people/{personId}")
    String history(@PathVariable long personId, Model model) {
        List<TreatmentEpisode> history = substitution.history(personId);
        model.addAttribute("personId", personId);
        model.addAttribute("personName", substitution.personName(personId));
        model.addAttribute("episodes", history);
        Map<Long, String> names = new LinkedHashMap<>();
        history.forEach(e -> {
            names.put(e.getClinicId(), substitution.facilityName(e.getClinicId()));
            if (e.getDispensingPointId() != null) {
                names.put(e.getDispensingPointId(), substitution.facilityName(e.getDispensingPointId()));
            }
        });
        model.addAttribute("names", names);
        TreatmentEpisode open =
                history.stream().filter(TreatmentEpisode::isOpen).findFirst().orElse(null);
        model.addAttribute("open", open);
        model.addAttribute(
                "latest",
                history.stream()
                        .reduce((a, b) -> b)
                        .map(TreatmentEpisode::getId)
                        .orElse(null));
        model.addAttribute(
                "reasons",
                List.of(
                        StopReason.COMPLETED,
                        StopReason.QUIT,
                        StopReason.EXPELLED,
                        StopReason.DIED,
                        StopReason.DETAINED));
        model.addAttribute("medicines", Medicine.values());
        model.addAttribute("clinics", substitution.clinicsIn(scopes.ownProvince()));
        model.addAttribute("today", LocalDate.now(clock));
        return "substitution/history";
    }

    /** An episode: its person's history, where it is one of the rows. */
    @GetMapping("/substitution/episodes/{id}")
    String show(@PathVariable long id, Model model) {
        return history(substitution.get(id).getPersonId(), model);
    }

    @PostMapping("/substitution/episodes/{id}/stop")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String stop(
            @PathVariable long id,
            @Valid @ModelAttribute("stopForm") StopForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        long personId = substitution.get(id).getPersonId();
        forms.act(errors, redirect, () -> substitution.stop(id, form), "substitution.stopped");
        return "redirect:/substitution/people/" + personId;
    }

    /** Corrects the day and reason of a stop (ADR 053); the person's legal record follows. */
    @PostMapping("/substitution/episodes/{id}/stop/correct")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String correctStop(
            @PathVariable long id,
            @Valid @ModelAttribute("stopForm") StopForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        long personId = substitution.get(id).getPersonId();
        forms.act(errors, redirect, () -> substitution.correctStop(id, form), "substitution.stop.corrected");
        return "redirect:/substitution/people/" + personId;
    }

    /** The doses given in an episode, with the form to record today's (ADR 053). */
    @GetMapping("/substitution/episodes/{id}/dispensings")
    String dispensings(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        TreatmentEpisode episode = substitution.get(id);
        ListPeriod period = ListPeriod.lenient(from, to, clock);
        model.addAttribute("episode", episode);
        model.addAttribute("personName", substitution.personName(episode.getPersonId()));
        model.addAttribute("clinicName", substitution.facilityName(episode.getClinicId()));
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("doses", substitution.dispensings(id, period.from(), period.to()));
        model.addAttribute("points", substitution.dispensingPoints(episode.getClinicId()));
        Map<Long, String> names = new LinkedHashMap<>();
        substitution.dispensingPoints(episode.getClinicId()).forEach(p -> names.put(p.id(), p.name()));
        model.addAttribute("pointNames", names);
        if (!model.containsAttribute("dispensingForm")) {
            model.addAttribute(
                    "dispensingForm",
                    new DispensingForm(LocalDate.now(clock), null, episode.getDispensingPointId(), ""));
        }
        return "substitution/dispensings";
    }

    @PostMapping("/substitution/episodes/{id}/dispensings")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String dispense(
            @PathVariable long id,
            @Valid @ModelAttribute("dispensingForm") DispensingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> substitution.dispense(id, form))
                .map(d -> forms.done(
                        redirect, "redirect:/substitution/episodes/" + id + "/dispensings", "substitution.dispensed"))
                .orElseGet(() -> dispensings(id, null, null, model));
    }

    @PostMapping("/substitution/dispensings/{id}/delete")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String deleteDispensing(
            @PathVariable long id,
            @RequestParam long episode,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> substitution.deleteDispensing(id, version), "substitution.dispensing.deleted");
        return "redirect:/substitution/episodes/" + episode + "/dispensings";
    }

    @PostMapping("/substitution/episodes/{id}/transfer")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String transfer(
            @PathVariable long id,
            @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        long personId = substitution.get(id).getPersonId();
        forms.act(errors, redirect, () -> substitution.transfer(id, form), "substitution.transferred");
        return "redirect:/substitution/people/" + personId;
    }

    @GetMapping("/substitution/episodes/{id}/edit")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String edit(@PathVariable long id, Model model) {
        TreatmentEpisode e = substitution.get(id);
        if (!model.containsAttribute("treatmentForm")) {
            model.addAttribute("treatmentForm", e.toForm());
        }
        return form(model, id);
    }

    @PostMapping("/substitution/episodes/{id}")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("treatmentForm") TreatmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        long personId = substitution.get(id).getPersonId();
        return forms.submit(errors, () -> substitution.correct(id, form))
                .map(e -> forms.done(redirect, "redirect:/substitution/people/" + personId, "substitution.corrected"))
                .orElseGet(() -> form(model, id));
    }

    @PostMapping("/substitution/episodes/{id}/delete")
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        long personId = substitution.get(id).getPersonId();
        forms.act(redirect, () -> substitution.delete(id, version), "substitution.deleted");
        return "redirect:/substitution/people/" + personId;
    }

    /** The clinics a form offers: the province's, or a clinic's staff's own (ADR 053). */
    private List<Clinic> clinics() {
        Long own = substitution.ownClinic();
        List<Clinic> all = substitution.clinicsIn(scopes.ownProvince());
        return own == null ? all : all.stream().filter(c -> c.id() == own).toList();
    }

    private String form(Model model, Long id) {
        TreatmentForm form = KeptInput.kept(model, "treatmentForm", TreatmentForm.class);
        model.addAttribute("treatmentForm", form);
        model.addAttribute("episodeId", id);
        TreatmentEpisode episode = id == null ? null : substitution.get(id);
        model.addAttribute("stopped", episode == null || episode.isOpen() ? null : episode);
        model.addAttribute(
                "stopReasons",
                episode != null && episode.getStopReason() == StopReason.TRANSFERRED
                        ? List.of(StopReason.TRANSFERRED)
                        : List.of(
                                StopReason.COMPLETED,
                                StopReason.QUIT,
                                StopReason.EXPELLED,
                                StopReason.DIED,
                                StopReason.DETAINED));
        List<Clinic> clinics = clinics();
        model.addAttribute("clinics", clinics);
        model.addAttribute("byPapers", substitution.ownClinic() != null && id == null);
        Map<Clinic, List<Clinic>> points = new LinkedHashMap<>();
        clinics.forEach(c -> points.put(c, substitution.dispensingPoints(c.id())));
        model.addAttribute("points", points);
        model.addAttribute("medicines", Medicine.values());
        if (form != null && form.personId() != null) {
            try {
                model.addAttribute("personName", substitution.personName(form.personId()));
            } catch (RuntimeException e) {
                model.addAttribute("personName", null);
            }
        }
        return "substitution/form";
    }
}
