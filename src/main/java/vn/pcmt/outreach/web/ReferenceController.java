package vn.pcmt.outreach.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/**
 * The pages of one reference register of outreach (schools, industrial zones, media; ADR 049): at the controller's
 * path, the list of a unit with the form to add one; at {@code /{id}}, the same page with one record to correct or
 * delete (with the version read). A refused form is shown again with what was typed and its errors ({@link Forms}).
 * A register says only what is its own: its records, its form (bound under the form type's name, e.g.
 * {@code schoolForm}) and the choices the form offers.
 *
 * @param <E> the record
 * @param <F> its form
 */
@PreAuthorize("hasAuthority('OUTREACH_READ')")
abstract class ReferenceController<E, F> {

    private final String view;
    private final String savedKey;
    private final Class<F> formType;
    private final String formName;
    private final RegisterScopes scopes;
    private final UnitService units;
    private final Forms forms;
    private final Clock clock;

    ReferenceController(
            String view,
            String savedKey,
            Class<F> formType,
            RegisterScopes scopes,
            UnitService units,
            Forms forms,
            Clock clock) {
        this.view = view;
        this.savedKey = savedKey;
        this.formType = formType;
        this.formName = StringUtils.uncapitalize(formType.getSimpleName());
        this.scopes = scopes;
        this.units = units;
        this.forms = forms;
        this.clock = clock;
    }

    /** The form to add a record, as the list page offers it. */
    abstract F blank();

    abstract E find(long id);

    /** The form that corrects the record. */
    abstract F toForm(E record);

    abstract E add(F form);

    abstract E correct(long id, F form);

    abstract void delete(long id, long version);

    abstract String name(E record);

    /** The rows the list shows for a unit. */
    abstract List<?> rows(String unitCode);

    /** The choices the form offers (levels, kinds), when it has any. */
    void choices(Model model) {}

    @GetMapping
    String list(@RequestParam(required = false) String unit, Model model) {
        if (!model.containsAttribute(formName)) {
            model.addAttribute(formName, blank());
        }
        return page(unit, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String create(@Valid @ModelAttribute F form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return forms.submit(errors, () -> add(form))
                .map(x -> forms.done(redirect, "redirect:/" + view, savedKey, name(x)))
                .orElseGet(() -> page(null, null, kept(model, errors)));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        E record = find(id);
        if (!model.containsAttribute(formName)) {
            model.addAttribute(formName, toForm(record));
        }
        return page(null, record, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        E record = find(id);
        return forms.submit(errors, () -> correct(id, form))
                .map(x -> forms.done(redirect, "redirect:/" + view, savedKey, name(x)))
                .orElseGet(() -> page(null, record, kept(model, errors)));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String remove(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String named = name(find(id));
        forms.act(redirect, () -> delete(id, version), "outreach.deletedNamed", named);
        return "redirect:/" + view;
    }

    /** The code of the user's own unit when it is a commune, blank otherwise (the form's default commune). */
    String ownCommune() {
        String own = scopes.own();
        return own.length() == 5 ? own : "";
    }

    String ownProvince() {
        return scopes.ownProvince();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private String page(String unit, E editing, Model model) {
        AdminUnit shown = units.find(scopes.ownOr(unit), today()).orElseThrow();
        model.addAttribute("unit", shown);
        model.addAttribute("editing", editing);
        choices(model);
        model.addAttribute("rows", rows(shown.code()));
        return view;
    }

    private Model kept(Model model, BindingResult errors) {
        model.addAttribute(formName, KeptInput.inModel(model, formName, formType, errors));
        model.addAttribute("formOpen", true);
        return model;
    }
}
