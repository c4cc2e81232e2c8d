package vn.pcmt.access.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.access.AccountService;
import vn.pcmt.platform.RuleViolationException;

/** A user changes their own password. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final MessageSource messages;

    AccountController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form() {
        return "access/password";
    }

    @PostMapping("/account/password")
    String change(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        var locale = LocaleContextHolder.getLocale();
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("error", messages.getMessage("password.confirm.mismatch", null, locale));
            return "access/password";
        }
        try {
            accounts.changePassword(currentPassword, newPassword);
        } catch (RuleViolationException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "access/password";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("password.changed", null, locale));
        return "redirect:/";
    }
}
