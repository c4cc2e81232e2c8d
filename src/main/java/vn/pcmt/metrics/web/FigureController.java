package vn.pcmt.metrics.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.metrics.internal.ManualMetricForm;
import vn.pcmt.platform.Forms;

/**
 * Manual figures of a province: the standing office defines them; the agency responsible enters values per unit
 * and period; the standing office accepts or returns them.
 */
@Controller
class FigureController {

    private final ManualFigures manual;
    private final AgencyService agencies;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;
    private final Metrics catalogue;

    FigureController(
            ManualFigures manual,
            Metrics catalogue,
            AgencyService agencies,
            UnitService units,
            UnitCoverage coverage,
            Forms forms,
            Clock clock) {
        this.manual = manual;
        this.catalogue = catalogue;
        this.agencies = agencies;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/figures")
    String list(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        model.addAttribute("provinceCode", code);
        model.addAttribute("province", units.find(code, LocalDate.now(clock)).orElse(null));
        model.addAttribute("metrics", manual.definitions(code));
        model.addAttribute("standIns", manual.standIns(code));
        model.addAttribute("registerMetrics", catalogue.registerMetrics());
        var counts = new java.util.HashMap<Long, java.util.Map<String, Long>>();
        manual.statusCounts(code).forEach((metric, byStatus) -> {
            var named = new java.util.HashMap<String, Long>();
            byStatus.forEach((status, n) -> named.put(status.name(), n));
            counts.put(metric, named);
        });
        model.addAttribute("counts", counts);
        var list = agencies.list(code);
        model.addAttribute("agencies", list);
        model.addAttribute(
                "agencyNames",
                list.stream().collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getName)));
        model.addAttribute("kinds", MetricKind.values());
        if (!model.containsAttribute("metricForm")) {
            model.addAttribute("metricForm", new ManualMetricForm("manual.", "", "", MetricKind.FLOW, "", null));
        }
        return "figures/list";
    }

    @PostMapping("/figures")
    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    String define(
            @RequestParam String province,
            @Valid @ModelAttribute("metricForm") ManualMetricForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> manual.define(province, form))
                .map(metric -> forms.done(
                        redirect, "redirect:/figures/" + metric.getId(), "figure.metric.created", metric.getName()))
                .orElseGet(() -> list(province, model));
    }

    /**
     * A register metric picked to enter figures of periods before a unit kept the register (ADR 035): its manual
     * figure in the province, opened (created the first time) for entering.
     */
    @PostMapping("/figures/stand-ins")
    @PreAuthorize("hasAuthority('FIGURE_ENTER')")
    String standIn(@RequestParam String province, @RequestParam String code, RedirectAttributes redirect) {
        return forms.act(redirect, () -> catalogue.standIn(province, code))
                .map(metric -> "redirect:/figures/" + metric.getId() + "#enter")
                .orElse("redirect:/figures?province=" + province);
    }

    @GetMapping("/figures/{id}")
    String metric(@PathVariable long id, @RequestParam(required = false) Long correct, Model model) {
        ManualMetric metric = manual.get(id);
        var rows = manual.figures(id);
        model.addAttribute("metric", metric);
        model.addAttribute("standsFor", metric.standsFor().orElse(null));
        // the entry form only for those whose entry is accepted (a department enters its own agency's figures)
        model.addAttribute("mayEnter", manual.mayEnter(metric));
        LocalDate since = manual.registerStart(metric).orElse(null);
        model.addAttribute("registerSince", since);
        model.addAttribute("figures", rows);
        model.addAttribute("units", manual.enterableUnits(metric));
        model.addAttribute("agencies", agencies.list(metric.getProvinceCode()));
        model.addAttribute(
                "agency",
                metric.getAgencyId() == null
                        ? null
                        : agencies.find(metric.getAgencyId()).orElse(null));
        model.addAttribute("kinds", MetricKind.values());
        if (!model.containsAttribute("definition")) {
            model.addAttribute("definition", metric.toForm());
        }
        if (!model.containsAttribute("figureForm")) {
            int year = LocalDate.now(clock).getYear() - 1;
            if (since != null) {
                // a figure standing in for a register: the last whole year before the province kept it
                year = Math.min(year, since.getYear() - 1);
            }
            ManualFigureForm form = rows.stream()
                    .filter(r -> correct != null && r.figure().getId().equals(correct))
                    .findFirst()
                    .map(r -> new ManualFigureForm(
                            r.unitCode(),
                            r.figure().getPeriodFrom(),
                            r.figure().getPeriodTo(),
                            r.figure().getValue(),
                            r.figure().getNote(),
                            r.figure().getVersion()))
                    .orElse(new ManualFigureForm(
                            metric.getProvinceCode(),
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31),
                            null,
                            "",
                            null));
            model.addAttribute("figureForm", form);
        }
        return "figures/metric";
    }

    @PostMapping("/figures/{id}/definition")
    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    String update(
            @PathVariable long id,
            @RequestParam long version,
            @Valid @ModelAttribute("definition") ManualMetricForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(
                errors, redirect, () -> manual.update(id, form, version), "figure.metric.updated", form.name())) {
            return "redirect:/figures/" + id;
        }
        return metric(id, null, model);
    }

    @PostMapping("/figures/{id}/delete")
    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String province = manual.get(id).getProvinceCode();
        manual.delete(id, version);
        forms.success(redirect, "figure.metric.deleted");
        return "redirect:/figures?province=" + province;
    }

    @PostMapping("/figures/{id}/values")
    @PreAuthorize("hasAuthority('FIGURE_ENTER')")
    String enter(
            @PathVariable long id,
            @Valid @ModelAttribute("figureForm") ManualFigureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(errors, redirect, () -> manual.enter(id, form), "figure.entered")) {
            return "redirect:/figures/" + id;
        }
        return metric(id, null, model);
    }

    @PostMapping("/figures/values/{figureId}/review")
    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    String review(
            @PathVariable long figureId,
            @RequestParam long metric,
            @RequestParam boolean accept,
            @RequestParam(required = false) @Size(max = 2000) String comment,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(
                redirect,
                () -> manual.review(figureId, accept, comment, version),
                accept ? "figure.accepted" : "figure.returned");
        return "redirect:/figures/" + metric;
    }

    @PostMapping("/figures/values/{figureId}/delete")
    @PreAuthorize("hasAuthority('FIGURE_REVIEW')")
    String deleteFigure(
            @PathVariable long figureId,
            @RequestParam long metric,
            @RequestParam long version,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> manual.deleteFigure(figureId, version), "figure.deleted");
        return "redirect:/figures/" + metric;
    }
}
