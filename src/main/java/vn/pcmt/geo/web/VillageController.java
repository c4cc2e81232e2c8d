package vn.pcmt.geo.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.Village;
import vn.pcmt.geo.VillageService;
import vn.pcmt.geo.internal.VillageForm;
import vn.pcmt.platform.Forms;

/** Creating, renaming and deleting villages from a commune's page. */
@Controller
@PreAuthorize("hasAuthority('VILLAGE_EDIT')")
class VillageController {

    private final VillageService villages;
    private final UnitService units;
    private final Forms forms;
    private final Clock clock;

    VillageController(VillageService villages, UnitService units, Forms forms, Clock clock) {
        this.villages = villages;
        this.units = units;
        this.forms = forms;
        this.clock = clock;
    }

    @PostMapping("/units/{code}/villages")
    String create(
            @PathVariable String code,
            @Valid @ModelAttribute("villageForm") VillageForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        AdminUnit commune = units.find(code, LocalDate.now(clock)).orElseThrow();
        String page = "redirect:/units/" + code;
        return forms.submit(errors, () -> villages.create(commune.id(), form))
                .map(village -> forms.done(redirect, page, "village.created", village.getName()))
                .orElseGet(() -> forms.back(redirect, "villageForm", form, errors, page));
    }

    @PostMapping("/villages/{id}")
    String rename(
            @PathVariable long id,
            @Valid @ModelAttribute("villageForm") VillageForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Village village = villages.find(id).orElseThrow();
        String code = units.findById(village.getCommuneId()).orElseThrow().code();
        forms.act(errors, redirect, () -> villages.update(id, form), "village.saved", form.name());
        return "redirect:/units/" + code;
    }

    @PostMapping("/villages/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Village village = villages.find(id).orElseThrow();
        String code = units.findById(village.getCommuneId()).orElseThrow().code();
        villages.delete(id, version);
        forms.success(redirect, "village.deleted", village.getName());
        return "redirect:/units/" + code;
    }
}
