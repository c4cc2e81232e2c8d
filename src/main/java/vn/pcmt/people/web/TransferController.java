package vn.pcmt.people.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.people.internal.TransferForm;
import vn.pcmt.people.internal.TransferService;
import vn.pcmt.platform.Forms;

/** Moving a person to another commune, and the receiving commune's decision. */
@Controller
class TransferController {

    private final TransferService transfers;
    private final Forms forms;

    private final java.time.Clock clock;

    TransferController(TransferService transfers, Forms forms, java.time.Clock clock) {
        this.clock = clock;
        this.transfers = transfers;
        this.forms = forms;
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
        forms.act(errors, redirect, () -> transfers.request(id, form), "transfer.requested");
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
        if (decision.equals("presented")) {
            forms.act(redirect, () -> transfers.presented(id, version, presentedOn), "transfer.presented.saved");
            return "redirect:/people/transfers";
        }
        forms.act(redirect, () -> switch (decision) {
                    case "accept" -> transfers.accept(id, version);
                    case "reject" -> transfers.reject(id, version);
                    case "cancel" -> transfers.cancel(id, version);
                    default -> throw new java.util.NoSuchElementException(decision);
                })
                .ifPresent(done -> forms.success(redirect, "transfer." + done.getStatus()));
        return "redirect:/people/transfers";
    }
}
