package vn.pcmt.metrics.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Register;
import vn.pcmt.metrics.internal.RegisterStartForm;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.platform.Forms;

/**
 * From when each unit of a province keeps each register: the standing office enters it when a unit starts using
 * PCMT; before it, the register's figures are "no data".
 */
@Controller
class RegisterStartController {

    private final RegisterStarts starts;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;

    RegisterStartController(RegisterStarts starts, UnitService units, UnitCoverage coverage, Forms forms, Clock clock) {
        this.starts = starts;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/figures/registers")
    String list(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        LocalDate today = LocalDate.now(clock);
        AdminUnit unit = units.find(code, today).orElse(null);
        model.addAttribute("provinceCode", code);
        model.addAttribute("province", unit);
        model.addAttribute("starts", starts.of(code));
        model.addAttribute("registers", Register.values());
        List<AdminUnit> choices = new ArrayList<>();
        if (unit != null) {
            choices.add(unit);
            choices.addAll(units.coveredOn(unit, UnitLevel.COMMUNE, today));
        }
        model.addAttribute("units", choices);
        if (!model.containsAttribute("startForm")) {
            model.addAttribute("startForm", new RegisterStartForm(code, Register.PEOPLE, today, null));
        }
        return "figures/registers";
    }

    @PostMapping("/figures/registers")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String set(
            @RequestParam(required = false) String province,
            @Valid @ModelAttribute("startForm") RegisterStartForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> starts.set(form))
                .map(view -> forms.done(
                        redirect,
                        "redirect:/figures/registers?province="
                                + units.provinceAskedOrOwn(province, coverage.current()),
                        "registerStart.saved",
                        view.unitName()))
                .orElseGet(() -> list(province, model));
    }

    @PostMapping("/figures/registers/{id}/delete")
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    String delete(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String province,
            RedirectAttributes redirect) {
        forms.act(redirect, () -> starts.delete(id, version), "registerStart.deleted");
        return "redirect:/figures/registers?province=" + units.provinceAskedOrOwn(province, coverage.current());
    }
}
