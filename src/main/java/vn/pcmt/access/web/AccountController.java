package vn.pcmt.access.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.access.AccountService;
import vn.pcmt.access.ApiTokens;
import vn.pcmt.platform.RuleViolationException;

/** A user's own account: their password, and their personal access tokens for the API. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AccountController(AccountService accounts, ApiTokens tokens, MessageSource messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        return page(model);
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
            return page(model);
        }
        try {
            accounts.changePassword(currentPassword, newPassword);
        } catch (RuleViolationException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("password.changed", null, locale));
        return "redirect:/";
    }

    /** The new token is shown on the page this answer renders, not kept anywhere to be shown again. */
    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam(defaultValue = "false") boolean readOnly,
            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            model.addAttribute("createdToken", tokens.create(name, null, days, readOnly));
        } catch (RuleViolationException e) {
            model.addAttribute("tokenError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return page(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute(
                "flash", messages.getMessage("token.revoked", null, LocaleContextHolder.getLocale()));
        return "redirect:/account/password#tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("today", tokens.today());
        return "access/password";
    }
}
