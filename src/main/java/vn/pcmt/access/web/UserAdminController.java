package vn.pcmt.access.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.pcmt.access.Role;
import vn.pcmt.access.internal.UserAccount;
import vn.pcmt.access.internal.UserAdministration;
import vn.pcmt.access.internal.UserForm;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.Forms;

/** Administrators create, edit, disable users and reset their passwords. */
@Controller
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserAdminController {

    private final UserAdministration users;
    private final UnitService units;
    private final AgencyService agencies;
    private final Forms forms;
    private final Clock clock;

    UserAdminController(UserAdministration users, UnitService units, AgencyService agencies, Forms forms, Clock clock) {
        this.users = users;
        this.units = units;
        this.agencies = agencies;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        List<UserAccount> found = users.search(q);
        model.addAttribute("users", found);
        model.addAttribute("unitNames", unitNames(found));
        model.addAttribute("q", q);
        model.addAttribute("now", java.time.Instant.now(clock));
        return "access/users";
    }

    @GetMapping("/admin/users/new")
    String createForm(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        return formPage(model, null);
    }

    @PostMapping("/admin/users")
    String create(
            @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> users.create(form))
                .map(created -> forms.done(
                        redirect, "redirect:/admin/users/" + created.getId(), "user.created", created.getUsername()))
                .orElseGet(() -> formPage(model, null));
    }

    @GetMapping("/admin/users/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = users.find(id).orElseThrow();
        model.addAttribute("userForm", UserForm.of(account, users.unitCode(account)));
        return formPage(model, account);
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.find(id).orElseThrow();
        if (forms.submit(errors, redirect, () -> users.update(id, form), "user.saved", account.getUsername())) {
            return "redirect:/admin/users/" + id;
        }
        return formPage(model, account);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @RequestParam long version,
            RedirectAttributes redirect) {
        UserAccount account = users.setEnabled(id, version, enabled);
        forms.success(redirect, enabled ? "user.enabledNow" : "user.disabledNow", account.getUsername());
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @PathVariable long id, @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        forms.act(redirect, () -> users.resetPassword(id, password), "user.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    /** The agencies of the province of the unit typed in the form, as options (htmx). */
    @GetMapping("/admin/users/agency-options")
    String agencyOptions(@RequestParam(defaultValue = "") String unitCode, Model model) {
        model.addAttribute("agencies", agenciesFor(unitCode));
        model.addAttribute("selected", null);
        return "access/user-form :: agencyOptions";
    }

    private String formPage(Model model, UserAccount account) {
        UserForm form = (UserForm) model.getAttribute("userForm");
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", agenciesFor(form == null ? "" : form.unitCode()));
        model.addAttribute("selected", form == null ? null : form.agencyId());
        return "access/user-form";
    }

    private List<Agency> agenciesFor(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return List.of();
        }
        return units.find(unitCode.strip(), LocalDate.now(clock))
                .map(u -> agencies.list(u.provinceCode()))
                .orElse(List.of());
    }

    private Map<Long, String> unitNames(List<UserAccount> accounts) {
        return accounts.stream()
                .map(UserAccount::getUnitId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .map(units::findById)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(AdminUnit::id, AdminUnit::fullName, (a, b) -> a));
    }
}
