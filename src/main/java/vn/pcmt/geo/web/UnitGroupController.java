package vn.pcmt.geo.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.geo.UnitGroup;
import vn.pcmt.geo.UnitGroups;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.internal.UnitAttributeForm;
import vn.pcmt.geo.internal.UnitAttributeKind;
import vn.pcmt.geo.internal.UnitAttributeRow;
import vn.pcmt.geo.internal.UnitGroupForm;
import vn.pcmt.platform.Forms;

/** The pages of a province's groups of units and of its units' attributes (ADR 024). */
@Controller
class UnitGroupController {

    private final UnitGroups groups;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;

    UnitGroupController(UnitGroups groups, UnitService units, UnitCoverage coverage, Forms forms, Clock clock) {
        this.groups = groups;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/unit-groups")
    String list(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        AdminUnit shown = coverage.provinceWorkedIn(code);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("province", shown);
        model.addAttribute("groups", groups.list(code));
        model.addAttribute("attributes", groups.attributes(code));
        model.addAttribute("kinds", UnitAttributeKind.values());
        model.addAttribute("today", today);
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute(
                    "groupForm",
                    new UnitGroupForm(shown.code(), "", null, UnitAttributeKind.BORDER, List.of(), today, null, null));
        }
        if (!model.containsAttribute("attributeForm")) {
            model.addAttribute(
                    "attributeForm", new UnitAttributeForm("", UnitAttributeKind.BORDER, today, null, null, null));
        }
        return "geo/groups";
    }

    @PostMapping("/unit-groups")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String create(
            @Valid @ModelAttribute("groupForm") UnitGroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> groups.create(form))
                .map(group -> forms.done(
                        redirect, "redirect:/unit-groups/" + group.getId(), "unitGroup.created", group.getName()))
                .orElseGet(() -> list(form.provinceCode(), model));
    }

    @GetMapping("/unit-groups/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) LocalDate date, Model model) {
        UnitGroup group = groups.group(id);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        List<AdminUnit> listed = groups.listed(id);
        model.addAttribute("group", group);
        model.addAttribute("date", on);
        model.addAttribute("unitsOn", groups.unitsOn(id, null, on));
        model.addAttribute("kinds", UnitAttributeKind.values());
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute(
                    "groupForm",
                    new UnitGroupForm(
                            group.getProvinceCode(),
                            group.getName(),
                            group.getDescription(),
                            group.getAttribute(),
                            listed.stream().map(AdminUnit::code).toList(),
                            group.getValidFrom(),
                            group.getValidTo(),
                            group.getVersion()));
        }
        return "geo/group";
    }

    @PostMapping("/unit-groups/{id}")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("groupForm") UnitGroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (forms.submit(errors, redirect, () -> groups.update(id, form), "unitGroup.saved", form.name())) {
            return "redirect:/unit-groups/" + id;
        }
        return show(id, null, model);
    }

    @PostMapping("/unit-groups/{id}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        UnitGroup group = groups.group(id);
        groups.delete(id, version);
        forms.success(redirect, "unitGroup.deleted", group.getName());
        return "redirect:/unit-groups?province=" + group.getProvinceCode();
    }

    @PostMapping("/unit-attributes")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String addAttribute(
            @RequestParam String province,
            @Valid @ModelAttribute("attributeForm") UnitAttributeForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String page = "redirect:/unit-groups?province="
                + coverage.provinceWorkedIn(province).code();
        return forms.submit(errors, () -> groups.addAttribute(form))
                .map(row -> forms.done(redirect, page, "unitAttribute.added", row.unitName()))
                .orElseGet(() -> forms.back(redirect, "attributeForm", form, errors, page));
    }

    @PostMapping("/unit-attributes/{id}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String deleteAttribute(
            @PathVariable long id,
            @RequestParam String province,
            @RequestParam long version,
            RedirectAttributes redirect) {
        UnitAttributeRow row = groups.attribute(id);
        groups.deleteAttribute(id, version);
        forms.success(redirect, "unitAttribute.deleted", row.unitName());
        return "redirect:/unit-groups?province="
                + coverage.provinceWorkedIn(province).code();
    }
}
