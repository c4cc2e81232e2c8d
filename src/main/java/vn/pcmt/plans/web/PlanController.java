package vn.pcmt.plans.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.Comparison;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.PlanDocument;
import vn.pcmt.plans.PlanForm;
import vn.pcmt.plans.PlanService;
import vn.pcmt.plans.PlanTargetForm;
import vn.pcmt.plans.PlanTaskForm;
import vn.pcmt.plans.Recurrence;
import vn.pcmt.plans.TargetForm;
import vn.pcmt.plans.TaskService;
import vn.pcmt.platform.Forms;

/** Plan pages: the province's plans, templates and import; a plan with its targets' progress. */
@Controller
class PlanController {

    private final PlanService plans;
    private final Metrics metrics;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final ObjectMapper json;
    private final Forms forms;
    private final TaskService tasks;
    private final AgencyService agencies;
    private final ProjectSection projectSection;
    private final Clock clock;
    private final vn.pcmt.geo.UnitGroups groups;

    PlanController(
            PlanService plans,
            TaskService tasks,
            AgencyService agencies,
            Metrics metrics,
            UnitService units,
            UnitCoverage coverage,
            ObjectMapper json,
            Forms forms,
            ProjectSection projectSection,
            Clock clock,
            vn.pcmt.geo.UnitGroups groups) {
        this.groups = groups;
        this.projectSection = projectSection;
        this.plans = plans;
        this.tasks = tasks;
        this.agencies = agencies;
        this.metrics = metrics;
        this.units = units;
        this.coverage = coverage;
        this.json = json;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        model.addAttribute("provinceCode", code);
        model.addAttribute("province", units.find(code, LocalDate.now(clock)).orElse(null));
        model.addAttribute("plans", plans.list(code));
        model.addAttribute("templates", plans.templates());
        if (!model.containsAttribute("planForm")) {
            int year = LocalDate.now(clock).getYear();
            model.addAttribute(
                    "planForm",
                    new PlanForm(
                            code,
                            "",
                            "",
                            "",
                            LocalDate.now(clock),
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31),
                            "",
                            ""));
        }
        return "plans/list";
    }

    @PostMapping("/plans")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String create(
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> plans.create(form))
                .map(plan -> forms.done(redirect, "redirect:/plans/" + plan.getId(), "plan.created", plan.getNumber()))
                .orElseGet(() -> list(form.provinceCode(), model));
    }

    @PostMapping("/plans/templates/copy")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String copyTemplate(
            @RequestParam String template,
            @RequestParam String province,
            @RequestParam(defaultValue = "0") int shiftYears,
            RedirectAttributes redirect) {
        return forms.act(redirect, () -> plans.copyTemplate(template, province, shiftYears))
                .map(plan -> forms.done(redirect, "redirect:/plans/" + plan.getId(), "plan.copied", plan.getNumber()))
                .orElse("redirect:/plans?province=" + province);
    }

    @PostMapping("/plans/import")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String importPlan(
            @RequestParam String province, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        String list = "redirect:/plans?province=" + province;
        PlanDocument document;
        try {
            document = json.readValue(file.getInputStream(), PlanDocument.class);
        } catch (JacksonException | IOException e) {
            forms.refused(redirect, "plan.import.unreadable");
            return list;
        }
        return forms.act(redirect, () -> plans.importPlan(document, province))
                .map(plan -> forms.done(redirect, "redirect:/plans/" + plan.getId(), "plan.imported", plan.getNumber()))
                .orElse(list);
    }

    @GetMapping("/plans/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date,
            Model model) {
        Plan plan = plans.get(id);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        String code = plans.unitFor(plan, unit);
        model.addAttribute("plan", plan);
        model.addAttribute("unit", code);
        model.addAttribute("date", on);
        model.addAttribute("targets", plans.targets(id));
        model.addAttribute("progress", plans.progress(id, code, on));
        model.addAttribute("catalogue", metrics.catalogue(plan.getProvinceCode()));
        model.addAttribute("forms", TargetForm.values());
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("levels", vn.pcmt.plans.TargetLevel.values());
        java.util.List<vn.pcmt.geo.UnitGroup> provinceGroups = groups.list(plan.getProvinceCode());
        model.addAttribute("groups", provinceGroups);
        model.addAttribute(
                "groupNames",
                provinceGroups.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                vn.pcmt.geo.UnitGroup::getId, vn.pcmt.geo.UnitGroup::getName)));
        model.addAttribute("tasks", tasks.ofPlan(id));
        model.addAttribute("agencies", agencies.list(plan.getProvinceCode()));
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("taskStatuses", vn.pcmt.plans.TaskStatus.values());
        model.addAttribute("canEditPlan", plans.coversProvince(plan.getProvinceCode()));
        projectSection.addTo(model, plan);
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute(
                    "targetForm",
                    new PlanTargetForm("", "", "", TargetForm.VALUE, "", Comparison.GE, BigDecimal.ZERO, true, null));
        }
        return "plans/plan";
    }

    @PostMapping("/plans/{id}/targets")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String addTarget(
            @PathVariable long id,
            @Valid @ModelAttribute("targetForm") PlanTargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(errors, redirect, () -> plans.addTarget(id, form), "plan.target.added", form.code())) {
            return "redirect:/plans/" + id;
        }
        return show(id, null, null, model);
    }

    @PostMapping("/plans/{id}/targets/{targetId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        plans.deleteTarget(id, targetId, version);
        forms.success(redirect, "plan.target.deleted");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/tasks")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String addTask(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long leadAgencyId,
            @RequestParam(required = false) java.util.List<Long> cooperatingAgencyIds,
            @RequestParam(required = false) LocalDate dueOn,
            @RequestParam(defaultValue = "NONE") Recurrence recurrence,
            RedirectAttributes redirect) {
        if (text == null || text.isBlank() || leadAgencyId == null) {
            forms.refused(redirect, "plan.task.incomplete");
            return "redirect:/plans/" + id;
        }
        forms.act(
                redirect,
                () -> tasks.add(id, new PlanTaskForm(text, leadAgencyId, cooperatingAgencyIds, dueOn, recurrence)),
                "plan.task.added");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteTask(
            @PathVariable long id, @PathVariable long taskId, @RequestParam long version, RedirectAttributes redirect) {
        tasks.delete(id, taskId, version);
        forms.success(redirect, "plan.task.deleted");
        return "redirect:/plans/" + id;
    }

    @GetMapping("/plans/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(plans.export(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ke-hoach-" + id + ".json\"")
                .body(body);
    }
}
