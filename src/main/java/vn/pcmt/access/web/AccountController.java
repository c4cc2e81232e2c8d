package vn.pcmt.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.access.internal.AccountService;
import vn.pcmt.access.internal.ApiTokens;
import vn.pcmt.platform.Forms;

/** A user's own account: their password, and their personal access tokens for the API. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final Forms forms;

    AccountController(AccountService accounts, ApiTokens tokens, Forms forms) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.forms = forms;
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
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("error", forms.message("password.confirm.mismatch"));
            return page(model);
        }
        if (!forms.onPage(model, "error", () -> accounts.changePassword(currentPassword, newPassword))) {
            return page(model);
        }
        return forms.done(redirect, "redirect:/", "password.changed");
    }

    /** The new token is shown on the page this answer renders, not kept anywhere to be shown again. */
    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days,
            @RequestParam(defaultValue = "false") boolean readOnly,
            Model model) {
        forms.onPage(
                model,
                "tokenError",
                () -> model.addAttribute("createdToken", tokens.create(name, null, days, readOnly)));
        return page(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        return forms.done(redirect, "redirect:/account/password#tokens", "token.revoked");
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("today", tokens.today());
        return "access/password";
    }
}
