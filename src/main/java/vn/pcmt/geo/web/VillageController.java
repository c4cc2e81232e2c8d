package vn.pcmt.geo.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.pcmt.geo.VillageForm;
import vn.pcmt.geo.VillageService;
import vn.pcmt.platform.RuleViolationException;

/** Creating, renaming and deleting villages from a commune's page. */
@Controller
@PreAuthorize("hasAuthority('VILLAGE_EDIT')")
class VillageController {

    private final VillageService villages;
    private final UnitService units;
    private final MessageSource messages;
    private final Clock clock;

    VillageController(VillageService villages, UnitService units, MessageSource messages, Clock clock) {
        this.villages = villages;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/units/{code}/villages")
    String create(
            @PathVariable String code,
            @Valid @ModelAttribute("villageForm") VillageForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        AdminUnit commune = units.find(code, LocalDate.now(clock)).orElseThrow();
        if (!errors.hasErrors()) {
            try {
                Village village = villages.create(commune.id(), form);
                redirect.addFlashAttribute("flash", message("village.created", village.getName()));
                return "redirect:/units/" + code;
            } catch (RuleViolationException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        redirect.addFlashAttribute("org.springframework.validation.BindingResult.villageForm", errors);
        redirect.addFlashAttribute("villageForm", form);
        return "redirect:/units/" + code;
    }

    @PostMapping("/villages/{id}")
    String rename(
            @PathVariable long id,
            @Valid @ModelAttribute("villageForm") VillageForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Village village = villages.find(id).orElseThrow();
        String code = units.findById(village.getCommuneId()).orElseThrow().code();
        if (!errors.hasErrors()) {
            try {
                villages.update(id, form);
                redirect.addFlashAttribute("flash", message("village.saved", form.name()));
                return "redirect:/units/" + code;
            } catch (RuleViolationException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        redirect.addFlashAttribute(
                "flashError", messages.getMessage(errors.getAllErrors().get(0), LocaleContextHolder.getLocale()));
        return "redirect:/units/" + code;
    }

    @PostMapping("/villages/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Village village = villages.find(id).orElseThrow();
        String code = units.findById(village.getCommuneId()).orElseThrow().code();
        villages.delete(id, version);
        redirect.addFlashAttribute("flash", message("village.deleted", village.getName()));
        return "redirect:/units/" + code;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
