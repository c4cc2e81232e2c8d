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
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.internal.PlanDocument;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.PlanTaskForm;
import vn.pcmt.plans.internal.Recurrence;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TaskService;
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
    private final vn.pcmt.plans.ReportingRegimes regimes;

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
            vn.pcmt.geo.UnitGroups groups,
            vn.pcmt.plans.ReportingRegimes regimes) {
        this.groups = groups;
        this.regimes = regimes;
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
                .map(plan ->
                        forms.done(redirect, "redirect:/plans/" + plan.getId(), "plan.created", plan.numberShown()))
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
                .map(plan -> forms.done(redirect, "redirect:/plans/" + plan.getId(), "plan.copied", plan.numberShown()))
                .orElse("redirect:/plans?province=" + province);
    }

    @PostMapping("/plans/import")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String importPlan(
            @RequestParam String province,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean keepHeader,
            Model model,
            RedirectAttributes redirect) {
        String list = "redirect:/plans?province=" + province;
        String text;
        try {
            text = new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            forms.refused(redirect, "plan.import.unreadable");
            return list;
        }
        return importText(province, text, keepHeader, java.util.Map.of(), model, redirect);
    }

    /**
     * The second step of an import whose agencies the province does not all have: the file again (as text) with the
     * agency chosen for each code not matched ({@code agency.<code>}).
     */
    @PostMapping("/plans/import/mapped")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String importMapped(
            @RequestParam String province,
            @RequestParam String document,
            @RequestParam(defaultValue = "false") boolean keepHeader,
            @RequestParam java.util.Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        return importText(province, document, keepHeader, AgencyMapping.from(parameters), model, redirect);
    }

    private String importText(
            String province,
            String text,
            boolean keepHeader,
            java.util.Map<String, String> mapping,
            Model model,
            RedirectAttributes redirect) {
        String list = "redirect:/plans?province=" + province;
        PlanDocument document;
        try {
            document = json.readValue(text, PlanDocument.class);
        } catch (JacksonException e) {
            forms.refused(redirect, "plan.import.unreadable");
            return list;
        }
        try {
            Plan plan = plans.importPlan(document, province, new PlanService.ImportOptions(keepHeader, mapping));
            return forms.done(redirect, "redirect:/plans/" + plan.getId(), "plan.imported", plan.numberShown());
        } catch (vn.pcmt.platform.RuleViolationException e) {
            if (!"plan.import.agencyUnmatched".equals(e.messageKey())) {
                forms.refused(redirect, e.messageKey(), e.arguments());
                return list;
            }
            model.addAttribute("provinceCode", province);
            model.addAttribute("document", text);
            model.addAttribute("keepHeader", keepHeader);
            model.addAttribute("unmatched", e.details().get("unmatched"));
            model.addAttribute("agencies", agencies.list(province));
            model.addAttribute("mapping", mapping);
            return "plans/import-mapping";
        }
    }

    /** The plan page's tabs, each a short page of its own ({@code ?tab=}); the overview when none or unknown. */
    static final java.util.List<String> TABS =
            java.util.List.of("overview", "targets", "tasks", "projects", "reporting", "documents");

    @GetMapping("/plans/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String tab,
            Model model) {
        String shown = tab != null && TABS.contains(tab) ? tab : "overview";
        Plan plan = plans.get(id);
        LocalDate on = date == null ? plans.defaultDate(plan) : date;
        String code = plans.unitFor(plan, unit);
        model.addAttribute("tab", shown);
        model.addAttribute("tabs", TABS);
        model.addAttribute("plan", plan);
        model.addAttribute("unit", code);
        model.addAttribute("date", on);
        model.addAttribute("canEditPlan", plans.coversProvince(plan.getProvinceCode()));
        java.util.List<vn.pcmt.plans.TaskView> planTasks = tasks.ofPlan(id);
        model.addAttribute("tasks", planTasks);
        switch (shown) {
            case "overview" -> overview(plan, code, on, planTasks, model);
            case "targets" -> targetsTab(plan, code, on, model);
            case "tasks" -> tasksTab(plan, model);
            case "projects" -> {
                model.addAttribute(
                        "agencies",
                        agencies.listDuring(plan.getProvinceCode(), plan.getPeriodFrom(), plan.getPeriodTo()));
                projectSection.addTo(model, plan);
            }
            case "reporting" -> model.addAttribute("regimes", regimes.of(id));
            default -> {}
        }
        return "plans/plan";
    }

    private void overview(
            Plan plan, String code, LocalDate on, java.util.List<vn.pcmt.plans.TaskView> planTasks, Model model) {
        java.util.List<vn.pcmt.plans.TargetProgress> progress = plans.progress(plan.getId(), code, on);
        model.addAttribute("progress", progress);
        java.util.Map<vn.pcmt.plans.TargetStatus, Long> byStatus =
                new java.util.EnumMap<>(vn.pcmt.plans.TargetStatus.class);
        for (vn.pcmt.plans.TargetStatus s : vn.pcmt.plans.TargetStatus.values()) {
            byStatus.put(s, progress.stream().filter(p -> p.status() == s).count());
        }
        model.addAttribute("byStatus", byStatus);
        model.addAttribute(
                "watch",
                progress.stream()
                        .filter(p -> p.status() == vn.pcmt.plans.TargetStatus.MISSED
                                || p.status() == vn.pcmt.plans.TargetStatus.AT_RISK)
                        .toList());
        model.addAttribute(
                "tasksOverdue",
                planTasks.stream().filter(vn.pcmt.plans.TaskView::overdue).count());
        model.addAttribute("actions", vn.pcmt.plans.internal.PlanAction.values());
        model.addAttribute(
                "otherPlans",
                plans.list(plan.getProvinceCode()).stream()
                        .filter(p -> !p.getId().equals(plan.getId())
                                && p.getStatus() == vn.pcmt.plans.internal.PlanStatus.IN_FORCE)
                        .toList());
        if (!model.containsAttribute("headerForm")) {
            model.addAttribute("headerForm", plan.toForm());
        }
    }

    private void targetsTab(Plan plan, String code, LocalDate on, Model model) {
        long id = plan.getId();
        model.addAttribute("targets", plans.targets(id));
        model.addAttribute("progress", plans.progress(id, code, on));
        model.addAttribute("catalogue", metrics.catalogue(plan.getProvinceCode()));
        model.addAttribute("forms", TargetForm.values());
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("levels", vn.pcmt.plans.internal.TargetLevel.values());
        java.util.List<vn.pcmt.geo.UnitGroup> provinceGroups = groups.list(plan.getProvinceCode());
        model.addAttribute("groups", provinceGroups);
        model.addAttribute(
                "groupNames",
                provinceGroups.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                vn.pcmt.geo.UnitGroup::getId, vn.pcmt.geo.UnitGroup::getName)));
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute(
                    "targetForm",
                    new PlanTargetForm("", "", "", TargetForm.VALUE, "", Comparison.GE, BigDecimal.ZERO, true, null));
        }
    }

    private void tasksTab(Plan plan, Model model) {
        model.addAttribute(
                "agencies", agencies.listDuring(plan.getProvinceCode(), plan.getPeriodFrom(), plan.getPeriodTo()));
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("taskUnits", tasks.unitsFor(plan));
        model.addAttribute("taskStatuses", vn.pcmt.plans.internal.TaskStatus.values());
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
            return "redirect:/plans/" + id + "?tab=targets";
        }
        return show(id, null, null, "targets", model);
    }

    /** The header corrected from the plan page; a refusal shows the form again with what was typed. */
    @PostMapping("/plans/{id}/header")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String editHeader(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("headerForm") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(errors, redirect, () -> plans.update(id, form, version), "plan.header.saved")) {
            return "redirect:/plans/" + id;
        }
        model.addAttribute("headerOpen", true);
        return show(id, null, null, "overview", model);
    }

    @PostMapping("/plans/{id}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String province = plans.get(id).getProvinceCode();
        return forms.act(redirect, () -> {
                    plans.delete(id, version);
                    return id;
                })
                .map(x -> forms.done(redirect, "redirect:/plans?province=" + province, "plan.deleted"))
                .orElse("redirect:/plans/" + id);
    }

    @PostMapping("/plans/{id}/status")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String move(
            @PathVariable long id,
            @RequestParam vn.pcmt.plans.internal.PlanAction action,
            @RequestParam long version,
            @RequestParam(required = false) Long by,
            RedirectAttributes redirect) {
        forms.act(
                redirect,
                () -> {
                    switch (action) {
                        case ADOPT -> plans.adopt(id, version);
                        case END -> plans.end(id, version);
                        case SUPERSEDE -> {
                            if (by == null) {
                                throw vn.pcmt.platform.RuleViolationException.onField(
                                        "supersededBy", "plan.supersede.unknown");
                            }
                            plans.supersede(id, by, version);
                        }
                        default -> throw new vn.pcmt.platform.RuleViolationException(
                                "plan.lifecycle.notAllowed." + action.name(), action.name());
                    }
                },
                "plan.lifecycle.done." + action.name());
        return "redirect:/plans/" + id;
    }

    /** A target's correction page: the target's form filled in, and its history. */
    @GetMapping("/plans/{id}/targets/{targetId}/edit")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String editTarget(@PathVariable long id, @PathVariable long targetId, Model model) {
        Plan plan = plans.get(id);
        vn.pcmt.plans.internal.PlanTarget target = plans.target(id, targetId);
        model.addAttribute("plan", plan);
        model.addAttribute("target", target);
        model.addAttribute("history", plans.targetHistory(id, targetId));
        model.addAttribute("catalogue", metrics.catalogue(plan.getProvinceCode()));
        model.addAttribute("forms", TargetForm.values());
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("levels", vn.pcmt.plans.internal.TargetLevel.values());
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", target.toForm());
        }
        return "plans/target-edit";
    }

    @PostMapping("/plans/{id}/targets/{targetId}/edit")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String correctTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam long version,
            @Valid @ModelAttribute("targetForm") PlanTargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(
                errors,
                redirect,
                () -> plans.correctTarget(id, targetId, form, version),
                "plan.target.corrected",
                form.code())) {
            return "redirect:/plans/" + id + "?tab=targets";
        }
        return editTarget(id, targetId, model);
    }

    @PostMapping("/plans/{id}/targets/{targetId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteTarget(
            @PathVariable long id,
            @PathVariable long targetId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> {
                    plans.deleteTarget(id, targetId, version);
                    return targetId;
                })
                .ifPresent(x -> forms.success(redirect, "plan.target.deleted"));
        return "redirect:/plans/" + id + "?tab=targets";
    }

    @PostMapping("/plans/{id}/tasks")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String addTask(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long leadAgencyId,
            @RequestParam(required = false) String leadUnitCode,
            @RequestParam(required = false) java.util.List<Long> cooperatingAgencyIds,
            @RequestParam(required = false) LocalDate dueOn,
            @RequestParam(defaultValue = "NONE") Recurrence recurrence,
            RedirectAttributes redirect) {
        boolean toUnit = leadUnitCode != null && !leadUnitCode.isBlank();
        if (text == null || text.isBlank() || (leadAgencyId == null) == !toUnit) {
            forms.refused(redirect, "plan.task.incomplete");
            return "redirect:/plans/" + id + "?tab=tasks";
        }
        forms.act(
                redirect,
                () -> tasks.add(
                        id,
                        new PlanTaskForm(
                                text,
                                toUnit ? null : leadAgencyId,
                                cooperatingAgencyIds,
                                dueOn,
                                recurrence,
                                toUnit ? leadUnitCode.strip() : null)),
                "plan.task.added");
        return "redirect:/plans/" + id + "?tab=tasks";
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteTask(
            @PathVariable long id, @PathVariable long taskId, @RequestParam long version, RedirectAttributes redirect) {
        tasks.delete(id, taskId, version);
        forms.success(redirect, "plan.task.deleted");
        return "redirect:/plans/" + id + "?tab=tasks";
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
