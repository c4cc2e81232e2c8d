package vn.pcmt.people.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeEnd;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.EventForm;
import vn.pcmt.people.internal.EventKind;
import vn.pcmt.people.internal.FlagKind;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonEvent;
import vn.pcmt.people.internal.PersonMerge;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.ServiceKind;
import vn.pcmt.people.internal.SubstitutionDrug;
import vn.pcmt.people.internal.TestResult;
import vn.pcmt.platform.Forms;

/** A person's page: identity, statuses, timeline, and the forms to record episodes and events. */
@Controller
class PersonRecordController {

    private final PersonService people;
    private final RecordService records;
    private final UnitService units;
    private final PersonMerge merges;
    private final vn.pcmt.people.internal.DocumentService documentService;
    private final Forms forms;
    private final Clock clock;

    PersonRecordController(
            PersonService people,
            RecordService records,
            UnitService units,
            PersonMerge merges,
            vn.pcmt.people.internal.DocumentService documentService,
            Forms forms,
            Clock clock) {
        this.people = people;
        this.records = records;
        this.units = units;
        this.merges = merges;
        this.documentService = documentService;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        Person person = people.view(id);
        List<Episode> episodes = records.episodes(id);
        List<PersonEvent> events = records.events(id);
        model.addAttribute("person", person);
        model.addAttribute("idNumber", people.idNumberFor(person));
        model.addAttribute("statuses", people.statuses(id, LocalDate.now(clock)));
        model.addAttribute("residences", people.residences(id));
        model.addAttribute("unitNames", new UnitNames(units));
        model.addAttribute(
                "running", episodes.stream().filter(e -> e.getEndDate() == null).toList());
        model.addAttribute("timeline", TimelineEntry.of(episodes, events));
        model.addAttribute("documents", documentService.list(id));
        model.addAttribute("episodeKinds", EpisodeKind.values());
        model.addAttribute("eventKinds", EventKind.values());
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("results", DeterminationResult.values());
        model.addAttribute("substances", vn.pcmt.people.internal.AddictionSubstance.values());
        model.addAttribute("testResults", TestResult.values());
        model.addAttribute("services", ServiceKind.values());
        return "people/person";
    }

    /** The fields of the episode form for a kind (htmx). */
    @GetMapping("/people/{id}/episode-form")
    String episodeForm(@PathVariable long id, @RequestParam EpisodeKind kind, Model model) {
        model.addAttribute("person", people.visible(id));
        model.addAttribute("kind", kind);
        model.addAttribute("rehabForms", RehabForm.values());
        model.addAttribute("drugs", SubstitutionDrug.values());
        model.addAttribute("flags", FlagKind.values());
        model.addAttribute("results", DeterminationResult.values());
        model.addAttribute("substances", vn.pcmt.people.internal.AddictionSubstance.values());
        return "people/episode-form :: fields";
    }

    @PostMapping("/people/{id}/episodes")
    String open(
            @PathVariable long id,
            @Valid @ModelAttribute EpisodeForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> records.open(id, form), "episode.opened");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/episodes/{episodeId}/end")
    String end(
            @PathVariable long id,
            @PathVariable long episodeId,
            @Valid @ModelAttribute EpisodeEnd end,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(errors, redirect, () -> records.end(id, episodeId, end), "episode.ended");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/episodes/{episodeId}/delete")
    String deleteEpisode(
            @PathVariable long id,
            @PathVariable long episodeId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        records.deleteEpisode(id, episodeId, version);
        forms.success(redirect, "episode.deleted");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/events")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute EventForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        forms.act(
                errors,
                redirect,
                () -> {
                    PersonEvent event = records.record(id, form);
                    if (event.isFlag256a()) {
                        Episode opener = records.episodes(id).stream()
                                .filter(e -> e.getId().equals(event.getFlag256aEpisodeId()))
                                .findFirst()
                                .orElseThrow();
                        forms.refused(
                                redirect,
                                "event.flagged256a",
                                event.getFlag256aWindow().clause(),
                                message("penal256a.window." + event.getFlag256aWindow()),
                                describe(opener));
                    }
                },
                "event.recorded");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam long duplicate,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> merges.merge(id, version, duplicate), "merge.done", duplicate);
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/events/{eventId}/delete")
    String deleteEvent(
            @PathVariable long id,
            @PathVariable long eventId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        records.deleteEvent(id, eventId, version);
        forms.success(redirect, "event.deleted");
        return "redirect:/people/" + id;
    }

    /** An episode in words: kind, form and start ("Cai nghiện — Tự nguyện tại gia đình, từ 01/02/2026"). */
    private String describe(Episode e) {
        String kind = message("episode.kind." + e.getKind())
                + (e.getForm() != null ? " — " + message("episode.form." + e.getForm()) : "");
        return message(
                "penal256a.episode",
                kind,
                e.getStartDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private String message(String key, Object... args) {
        return forms.message(key, args);
    }
}
