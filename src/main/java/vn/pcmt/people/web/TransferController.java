package vn.pcmt.people.web;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.people.Transfer;
import vn.pcmt.people.TransferForm;
import vn.pcmt.people.TransferService;
import vn.pcmt.platform.RuleViolationException;

/** Moving a person to another commune, and the receiving commune's decision. */
@Controller
class TransferController {

    private final TransferService transfers;
    private final MessageSource messages;

    private final java.time.Clock clock;

    TransferController(TransferService transfers, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.transfers = transfers;
        this.messages = messages;
    }

    @GetMapping("/people/transfers")
    String pending(Model model) {
        model.addAttribute("transfers", transfers.pending());
        model.addAttribute("awaiting", transfers.awaitingPresentation());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "people/transfers";
    }

    @PostMapping("/people/{id}/transfers")
    String request(
            @PathVariable long id,
            @Valid @ModelAttribute TransferForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        var locale = LocaleContextHolder.getLocale();
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(
                    "flashError", messages.getMessage(errors.getAllErrors().get(0), locale));
            return "redirect:/people/" + id;
        }
        try {
            transfers.request(id, form);
            redirect.addFlashAttribute("flash", messages.getMessage("transfer.requested", null, locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/people/" + id;
    }

    /**
     * The receiving commune accepts or refuses, the sending one cancels; "presented": the receiving commune records
     * the day the person presented at its police (Law 120/2025).
     */
    @PostMapping("/people/transfers/{id}/{decision}")
    String decide(
            @PathVariable long id,
            @PathVariable String decision,
            @RequestParam long version,
            @RequestParam(required = false) java.time.LocalDate presentedOn,
            RedirectAttributes redirect) {
        var locale = LocaleContextHolder.getLocale();
        try {
            if (decision.equals("presented")) {
                transfers.presented(id, version, presentedOn);
                redirect.addFlashAttribute("flash", messages.getMessage("transfer.presented.saved", null, locale));
                return "redirect:/people/transfers";
            }
            Transfer done =
                    switch (decision) {
                        case "accept" -> transfers.accept(id, version);
                        case "reject" -> transfers.reject(id, version);
                        case "cancel" -> transfers.cancel(id, version);
                        default -> throw new java.util.NoSuchElementException(decision);
                    };
            redirect.addFlashAttribute("flash", messages.getMessage("transfer." + done.getStatus(), null, locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/people/transfers";
    }
}
