package vn.pcmt.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.VillageService;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonExport;
import vn.pcmt.people.internal.PersonForm;
import vn.pcmt.people.internal.PersonSearch;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.PersonStatus;
import vn.pcmt.people.internal.Residence;
import vn.pcmt.people.internal.Sex;
import vn.pcmt.platform.Forms;

/** The register's list and the identity form of a person. */
@Controller
class PersonController {

    private static final int PAGE_SIZE = 50;

    private final PersonService people;
    private final UnitService units;
    private final VillageService villages;
    private final Forms forms;
    private final UnitCoverage coverage;
    private final PersonExport exporter;
    private final Clock clock;

    PersonController(
            PersonService people,
            UnitService units,
            VillageService villages,
            Forms forms,
            UnitCoverage coverage,
            PersonExport exporter,
            Clock clock) {
        this.people = people;
        this.units = units;
        this.villages = villages;
        this.forms = forms;
        this.coverage = coverage;
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping("/people")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PersonSearch search = new PersonSearch(q, birthYear, commune, officer, status, date).onOr(LocalDate.now(clock));
        model.addAttribute("search", search);
        model.addAttribute("statuses", PersonStatus.values());
        model.addAttribute("results", people.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "people/list";
    }

    /** The list as an Excel file: the reason is required and the export is logged. */
    @GetMapping("/people/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer birthYear,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response)
            throws IOException {
        PersonSearch search = new PersonSearch(q, birthYear, commune, officer, status, date);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        exporter.write(search, reason, LocaleContextHolder.getLocale(), buffer);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + PersonExport.fileName(LocalDate.now(clock)) + "\"");
        buffer.writeTo(response.getOutputStream());
    }

    @GetMapping("/people/new")
    String createForm(@RequestParam(required = false) String commune, Model model) {
        model.addAttribute("personForm", PersonForm.empty(commune != null ? commune : ownCommune()));
        return formPage(model, null);
    }

    @PostMapping("/people")
    String create(
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> people.create(form))
                .map(person -> forms.done(
                        redirect, "redirect:/people/" + person.getId(), "person.created", person.getFullName()))
                .orElseGet(() -> formPage(model, null));
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person person = people.view(id);
        Residence residence = people.residences(id).get(0);
        model.addAttribute("personForm", formOf(person, residence));
        return formPage(model, person);
    }

    @PostMapping("/people/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Person person = people.visible(id);
        if (forms.submit(errors, redirect, () -> people.update(id, form), "person.saved", form.fullName())) {
            return "redirect:/people/" + id;
        }
        return formPage(model, person);
    }

    @PostMapping("/people/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Person person = people.visible(id);
        people.delete(id, version);
        forms.success(redirect, "person.deleted", person.getFullName());
        return "redirect:/people";
    }

    /** A commune officer registers people of their own commune: the form starts with its code. */
    private String ownCommune() {
        var jurisdiction = coverage.current();
        if (jurisdiction.isNational()) {
            return "";
        }
        return units.findById(jurisdiction.unitId())
                .filter(u -> u.level() == vn.pcmt.geo.UnitLevel.COMMUNE)
                .map(u -> u.code())
                .orElse("");
    }

    /** The form again; a possible duplicate shows its candidates, an identity number in use the record it is on. */
    private String formPage(Model model, Person person) {
        BindingResult errors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "personForm");
        Map<String, Object> details = errors == null
                ? Map.of()
                : Forms.violation(errors).map(e -> e.details()).orElse(Map.of());
        if (details.containsKey("candidates")) {
            model.addAttribute("candidates", details.get("candidates"));
        }
        if (details.containsKey("existingId")) {
            model.addAttribute("existingId", details.get("existingId"));
        }
        PersonForm form = (PersonForm) model.getAttribute("personForm");
        model.addAttribute("person", person);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute(
                "villages",
                form == null
                                || form.residenceCommuneCode() == null
                                || form.residenceCommuneCode().isBlank()
                        ? List.of()
                        : units.find(form.residenceCommuneCode(), LocalDate.now(clock))
                                .map(u -> villages.list(u.id()))
                                .orElse(List.of()));
        return "people/form";
    }

    private PersonForm formOf(Person p, Residence residence) {
        String commune =
                units.findById(residence.getCommuneId()).map(u -> u.code()).orElse("");
        String permanent = p.getPermanentCommuneId() == null
                ? ""
                : units.findById(p.getPermanentCommuneId()).map(u -> u.code()).orElse("");
        return new PersonForm(
                p.getFullName(),
                p.getAliases(),
                p.getBirthDate(),
                p.getBirthDate() == null ? p.getBirthYear() : null,
                p.getSex(),
                p.getIdNumber(),
                p.getOldIdNumber(),
                p.getEthnicity(),
                p.getOccupation(),
                permanent,
                p.getPermanentVillageId(),
                p.getPermanentAddress(),
                commune,
                residence.getVillageId(),
                residence.getAddress(),
                residence.getValidFrom(),
                p.getFamilyContact(),
                p.getOfficer(),
                true,
                p.getVersion());
    }
}
