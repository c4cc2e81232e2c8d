package vn.pcmt.people.web;

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
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.people.internal.CounsellingForm;
import vn.pcmt.people.internal.CounsellingKind;
import vn.pcmt.people.internal.CounsellingService;
import vn.pcmt.people.internal.CounsellingSession;
import vn.pcmt.people.internal.CounsellingTopic;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.ListPeriod;

/** Counselling sessions (ADR 053): a person's sessions with the form, and the list of a unit or a facility. */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class CounsellingController {

    private final CounsellingService counselling;
    private final PersonService people;
    private final RegisterScopes scopes;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;

    CounsellingController(
            CounsellingService counselling,
            PersonService people,
            RegisterScopes scopes,
            UnitCoverage coverage,
            Forms forms,
            Clock clock) {
        this.counselling = counselling;
        this.people = people;
        this.scopes = scopes;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/counselling")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Long facility,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        RegisterScope scope = coverage.current().isFacility() ? null : scopes.of(unit, from, to);
        ListPeriod period = scope == null ? ListPeriod.lenient(from, to, clock) : scope.period();
        if (scope != null) {
            model.addAllAttributes(scope.attributes());
        } else {
            model.addAttribute("from", period.from());
            model.addAttribute("to", period.to());
        }
        model.addAttribute("facility", facility);
        model.addAttribute(
                "rows", counselling.search(scope == null ? null : scope.unit(), facility, period.from(), period.to()));
        return "people/counselling-list";
    }

    @GetMapping("/people/{id}/counselling")
    String person(@PathVariable long id, Model model) {
        List<CounsellingSession> sessions = counselling.ofPerson(id);
        model.addAttribute("personId", id);
        model.addAttribute("personName", people.visibleName(id));
        model.addAttribute("sessions", sessions);
        Map<Long, String> names = new LinkedHashMap<>();
        sessions.forEach(s -> names.computeIfAbsent(s.getFacilityId(), counselling::facilityName));
        model.addAttribute("names", names);
        model.addAttribute("kinds", CounsellingKind.values());
        model.addAttribute("topics", CounsellingTopic.values());
        if (!model.containsAttribute("counsellingForm")) {
            model.addAttribute(
                    "counsellingForm",
                    new CounsellingForm(
                            LocalDate.now(clock),
                            counselling.workplace(),
                            CounsellingKind.INDIVIDUAL,
                            CounsellingTopic.ADDICTION,
                            ""));
        }
        return "people/counselling";
    }

    @PostMapping("/people/{id}/counselling")
    @PreAuthorize("hasAuthority('COUNSELLING_EDIT')")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("counsellingForm") CounsellingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> counselling.record(id, form))
                .map(s -> forms.done(redirect, "redirect:/people/" + id + "/counselling", "counselling.recorded"))
                .orElseGet(() -> person(id, model));
    }

    @PostMapping("/counselling/{id}/delete")
    @PreAuthorize("hasAuthority('COUNSELLING_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        long personId = counselling.get(id).getPersonId();
        forms.act(redirect, () -> counselling.delete(id, version), "counselling.deleted");
        return "redirect:/people/" + personId + "/counselling";
    }
}
