package vn.pcmt.localities.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.internal.ClassificationService;
import vn.pcmt.localities.internal.CommuneClassification;
import vn.pcmt.localities.internal.CommuneYearFigureForm;
import vn.pcmt.localities.internal.KeyLocality;
import vn.pcmt.localities.internal.KeyLocalityForm;
import vn.pcmt.localities.internal.KeyLocalityService;
import vn.pcmt.platform.Forms;

/** Key complex localities (list, page, selection) and the proposed classification of communes. */
@Controller
class LocalityController {

    private final KeyLocalityService localities;
    private final ClassificationService classification;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;

    LocalityController(
            KeyLocalityService localities,
            ClassificationService classification,
            UnitService units,
            UnitCoverage coverage,
            Forms forms,
            Clock clock) {
        this.localities = localities;
        this.classification = classification;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/localities")
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        String code = units.unitAskedOrOwn(unit, coverage.current());
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        model.addAttribute("unit", code);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("rows", localities.list(code, end));
        model.addAttribute("figures", localities.figures(code, start, end));
        if (!model.containsAttribute("keyLocalityForm")) {
            model.addAttribute(
                    "keyLocalityForm",
                    new KeyLocalityForm(
                            "",
                            null,
                            "",
                            "",
                            LocalDate.now(clock),
                            LocalDate.now(clock),
                            LocalDate.now(clock).plusYears(1),
                            "",
                            "",
                            ""));
        }
        return "localities/list";
    }

    @PostMapping("/localities")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String select(
            @Valid @ModelAttribute("keyLocalityForm") KeyLocalityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> localities.select(form))
                .map(k -> forms.done(
                        redirect,
                        "redirect:/localities/" + k.getId(),
                        "locality.selected",
                        localities.unitOf(k).fullName()))
                .orElseGet(() -> list(null, null, null, model));
    }

    @GetMapping("/localities/{id}")
    String show(@PathVariable long id, Model model) {
        KeyLocality k = localities.get(id);
        model.addAttribute("locality", k);
        model.addAttribute("commune", localities.unitOf(k));
        model.addAttribute("state", k.stateOn(LocalDate.now(clock)));
        model.addAttribute("tasks", localities.tasks(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "localities/locality";
    }

    @PostMapping("/localities/{id}/transform")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String transform(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) @Size(max = 100) String decision,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "locality.transformed",
                () -> localities.transform(id, Forms.requiredDate(on), decision, version));
    }

    @PostMapping("/localities/{id}/complex-again")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String complexAgain(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) @Size(max = 4000) String reason,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "locality.complexAgainRecorded",
                () -> localities.complexAgain(id, Forms.requiredDate(on), reason, version));
    }

    @PostMapping("/localities/{id}/tasks")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String addTask(
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 1000) String text,
            @RequestParam(required = false) @Size(max = 250) String lead,
            @RequestParam(required = false) LocalDate dueOn,
            RedirectAttributes redirect) {
        return step(id, redirect, "locality.taskAdded", () -> localities.addTask(id, text, lead, dueOn));
    }

    @PostMapping("/localities/{id}/tasks/{taskId}/done")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String taskDone(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(required = false) LocalDate on,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(id, redirect, "locality.taskDone", () -> localities.completeTask(id, taskId, on, version));
    }

    @GetMapping("/localities/classification")
    String classification(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String edit,
            Model model) {
        String code = units.unitAskedOrOwn(unit, coverage.current());
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<CommuneClassification> rows = classification.propose(code, y);
        AdminUnit shown = units.find(code, LocalDate.now(clock)).orElseThrow();
        model.addAttribute("unit", shown);
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "proposed", rows.stream().filter(r -> r.proposedType() != null).collect(Collectors.toList()));
        model.addAttribute("thresholds", classification.thresholds(LocalDate.of(y, 12, 31)));
        if (!model.containsAttribute("figureForm")) {
            CommuneYearFigureForm form = edit == null || edit.isBlank()
                    ? new CommuneYearFigureForm("", y, null, null, null, null, false, null, null)
                    : classification
                            .figures(edit, y)
                            .map(f -> new CommuneYearFigureForm(
                                    edit,
                                    y,
                                    f.getPopulation(),
                                    f.getDrugArrests(),
                                    f.getPlantsDestroyed(),
                                    f.getCultivationAreaM2(),
                                    f.isOnTraffickingRoute(),
                                    f.getNote(),
                                    f.getVersion()))
                            .orElse(new CommuneYearFigureForm(edit, y, null, null, null, null, false, null, null));
            model.addAttribute("figureForm", form);
        }
        return "localities/classification";
    }

    @PostMapping("/localities/figures")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String saveFigures(
            @Valid @ModelAttribute("figureForm") CommuneYearFigureForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String back = "redirect:/localities/classification?year=" + (form.year() == null ? "" : form.year());
        if (errors.hasErrors()) {
            forms.refused(redirect, "classification.figures.invalid");
            return back;
        }
        forms.act(
                redirect,
                () -> classification.saveFigures(form),
                "classification.figures.saved",
                form.communeCode(),
                form.year());
        return back;
    }

    @PostMapping("/localities/classification/confirm")
    @PreAuthorize("hasAuthority('LOCALITY_EDIT')")
    String confirm(
            @RequestParam String communeCode,
            @RequestParam int year,
            @RequestParam(required = false) @Size(max = 100) String decisionNumber,
            @RequestParam(required = false) LocalDate decisionDate,
            RedirectAttributes redirect) {
        CommuneClassification c =
                classification.propose(communeCode, year).stream().findFirst().orElseThrow();
        if (c.proposedType() == null || decisionNumber == null || decisionNumber.isBlank() || decisionDate == null) {
            forms.refused(redirect, "classification.confirm.incomplete");
            return "redirect:/localities/classification?year=" + year;
        }
        String criteria = c.metByType().get(c.proposedType()).stream()
                .map(k -> forms.message("classification.criterion." + k))
                .collect(Collectors.joining("; "));
        String back = "redirect:/localities/classification?year=" + year;
        return forms.act(
                        redirect,
                        () -> localities.select(new KeyLocalityForm(
                                communeCode,
                                null,
                                c.proposedType(),
                                decisionNumber,
                                decisionDate,
                                LocalDate.of(year, 1, 1).isBefore(decisionDate)
                                        ? decisionDate
                                        : LocalDate.of(year, 1, 1),
                                LocalDate.of(year + 1, 12, 31),
                                forms.message("classification.reason", c.proposedType(), year),
                                criteria,
                                null)))
                .map(k -> forms.done(redirect, "redirect:/localities/" + k.getId(), "locality.selected", c.name()))
                .orElse(back);
    }

    private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        forms.act(redirect, action, done);
        return "redirect:/localities/" + id;
    }
}
