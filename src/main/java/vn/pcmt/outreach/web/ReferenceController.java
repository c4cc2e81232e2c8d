package vn.pcmt.outreach.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
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
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.geo.UnitService;
import vn.pcmt.outreach.internal.IndustrialZone;
import vn.pcmt.outreach.internal.Medium;
import vn.pcmt.outreach.internal.MediumForm;
import vn.pcmt.outreach.internal.MediumKind;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.outreach.internal.School;
import vn.pcmt.outreach.internal.SchoolForm;
import vn.pcmt.outreach.internal.SchoolLevel;
import vn.pcmt.outreach.internal.ZoneForm;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.KeptInput;

/**
 * The reference registers of outreach: schools, industrial zones and media. Each is one {@link Register}: a list with
 * its unit and the form to add one, and a page to correct or delete one; the handlers below only bind the form type.
 */
@Controller
@PreAuthorize("hasAuthority('OUTREACH_READ')")
class ReferenceController {

    private final UnitService units;
    private final RegisterScopes scopes;
    private final Forms forms;
    private final Clock clock;
    private final Register<School, SchoolForm> schools;
    private final Register<IndustrialZone, ZoneForm> zones;
    private final Register<Medium, MediumForm> media;

    ReferenceController(OutreachService outreach, UnitService units, RegisterScopes scopes, Forms forms, Clock clock) {
        this.units = units;
        this.scopes = scopes;
        this.forms = forms;
        this.clock = clock;
        this.schools = new Register<>(
                "outreach/schools",
                "schoolForm",
                SchoolForm.class,
                "outreach.school.saved",
                () -> {
                    String own = scopes.own();
                    return new SchoolForm(own.length() == 5 ? own : "", "", SchoolLevel.PRIMARY, null, null, null);
                },
                outreach::school,
                s -> s.toForm(outreach.unitOf(s.getCommuneId()).code()),
                outreach::addSchool,
                outreach::correctSchool,
                outreach::deleteSchool,
                School::getName,
                outreach::schools,
                model -> model.addAttribute("levels", SchoolLevel.values()));
        this.zones = new Register<>(
                "outreach/zones",
                "zoneForm",
                ZoneForm.class,
                "outreach.zone.saved",
                () -> {
                    String own = scopes.own();
                    return new ZoneForm(
                            "", own.length() == 5 ? List.of(own) : List.of(), null, LocalDate.now(clock), null);
                },
                outreach::zone,
                z -> z.toForm(outreach.unitsOf(z.getCommuneIds()).stream()
                        .map(AdminUnit::code)
                        .toList()),
                outreach::addZone,
                outreach::correctZone,
                outreach::deleteZone,
                IndustrialZone::getName,
                outreach::zones,
                model -> {});
        this.media = new Register<>(
                "outreach/media",
                "mediumForm",
                MediumForm.class,
                "outreach.medium.saved",
                () -> new MediumForm(scopes.ownProvince(), "", MediumKind.NEWSPAPER, true, null, null, null),
                outreach::medium,
                m -> m.toForm(outreach.unitOf(m.getProvinceId()).code()),
                outreach::addMedium,
                outreach::correctMedium,
                outreach::deleteMedium,
                Medium::getName,
                outreach::media,
                model -> model.addAttribute("kinds", MediumKind.values()));
    }

    // --- schools

    @GetMapping("/outreach/schools")
    String schools(@RequestParam(required = false) String unit, Model model) {
        return schools.list(unit, model);
    }

    @PostMapping("/outreach/schools")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String addSchool(
            @Valid @ModelAttribute("schoolForm") SchoolForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return schools.add(form, errors, model, redirect);
    }

    @GetMapping("/outreach/schools/{id}")
    String school(@PathVariable long id, Model model) {
        return schools.show(id, model);
    }

    @PostMapping("/outreach/schools/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correctSchool(
            @PathVariable long id,
            @Valid @ModelAttribute("schoolForm") SchoolForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return schools.correct(id, form, errors, model, redirect);
    }

    @PostMapping("/outreach/schools/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String deleteSchool(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return schools.delete(id, version, redirect);
    }

    // --- industrial zones

    @GetMapping("/outreach/zones")
    String zones(@RequestParam(required = false) String unit, Model model) {
        return zones.list(unit, model);
    }

    @PostMapping("/outreach/zones")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String addZone(
            @Valid @ModelAttribute("zoneForm") ZoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return zones.add(form, errors, model, redirect);
    }

    @GetMapping("/outreach/zones/{id}")
    String zone(@PathVariable long id, Model model) {
        return zones.show(id, model);
    }

    @PostMapping("/outreach/zones/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correctZone(
            @PathVariable long id,
            @Valid @ModelAttribute("zoneForm") ZoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return zones.correct(id, form, errors, model, redirect);
    }

    @PostMapping("/outreach/zones/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String deleteZone(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return zones.delete(id, version, redirect);
    }

    // --- media

    @GetMapping("/outreach/media")
    String media(@RequestParam(required = false) String unit, Model model) {
        return media.list(unit, model);
    }

    @PostMapping("/outreach/media")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String addMedium(
            @Valid @ModelAttribute("mediumForm") MediumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return media.add(form, errors, model, redirect);
    }

    @GetMapping("/outreach/media/{id}")
    String medium(@PathVariable long id, Model model) {
        return media.show(id, model);
    }

    @PostMapping("/outreach/media/{id}")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String correctMedium(
            @PathVariable long id,
            @Valid @ModelAttribute("mediumForm") MediumForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return media.correct(id, form, errors, model, redirect);
    }

    @PostMapping("/outreach/media/{id}/delete")
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String deleteMedium(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return media.delete(id, version, redirect);
    }

    /** A version check and soft delete of one record of a register, by id and the version the caller read. */
    @FunctionalInterface
    interface Deletion {
        void delete(long id, long version);
    }

    /**
     * One reference register's pages: the list of a unit with the form to add (the view, at {@code /view}), the same
     * page with one record to correct or delete ({@code /view/{id}}); a refused form is shown again with what was
     * typed and its errors ({@link Forms}).
     */
    private final class Register<E, F> {

        private final String view;
        private final String formName;
        private final Class<F> formType;
        private final String savedKey;
        private final Supplier<F> blank;
        private final LongFunction<E> find;
        private final Function<E, F> toForm;
        private final Function<F, E> add;
        private final BiFunction<Long, F, E> correct;
        private final Deletion delete;
        private final Function<E, String> name;
        private final Function<String, List<?>> rows;
        private final Consumer<Model> choices;

        Register(
                String view,
                String formName,
                Class<F> formType,
                String savedKey,
                Supplier<F> blank,
                LongFunction<E> find,
                Function<E, F> toForm,
                Function<F, E> add,
                BiFunction<Long, F, E> correct,
                Deletion delete,
                Function<E, String> name,
                Function<String, List<?>> rows,
                Consumer<Model> choices) {
            this.view = view;
            this.formName = formName;
            this.formType = formType;
            this.savedKey = savedKey;
            this.blank = blank;
            this.find = find;
            this.toForm = toForm;
            this.add = add;
            this.correct = correct;
            this.delete = delete;
            this.name = name;
            this.rows = rows;
            this.choices = choices;
        }

        String list(String unit, Model model) {
            if (!model.containsAttribute(formName)) {
                model.addAttribute(formName, blank.get());
            }
            return page(unit, null, model);
        }

        String add(F form, BindingResult errors, Model model, RedirectAttributes redirect) {
            return forms.submit(errors, () -> add.apply(form))
                    .map(x -> forms.done(redirect, "redirect:/" + view, savedKey, name.apply(x)))
                    .orElseGet(() -> page(null, null, kept(model, errors)));
        }

        String show(long id, Model model) {
            E record = find.apply(id);
            if (!model.containsAttribute(formName)) {
                model.addAttribute(formName, toForm.apply(record));
            }
            return page(null, record, model);
        }

        String correct(long id, F form, BindingResult errors, Model model, RedirectAttributes redirect) {
            E record = find.apply(id);
            return forms.submit(errors, () -> correct.apply(id, form))
                    .map(x -> forms.done(redirect, "redirect:/" + view, savedKey, name.apply(x)))
                    .orElseGet(() -> page(null, record, kept(model, errors)));
        }

        String delete(long id, long version, RedirectAttributes redirect) {
            String named = name.apply(find.apply(id));
            forms.act(redirect, () -> delete.delete(id, version), "outreach.deletedNamed", named);
            return "redirect:/" + view;
        }

        private String page(String unit, E editing, Model model) {
            AdminUnit shown =
                    units.find(scopes.ownOr(unit), LocalDate.now(clock)).orElseThrow();
            model.addAttribute("unit", shown);
            model.addAttribute("editing", editing);
            choices.accept(model);
            model.addAttribute("rows", rows.apply(shown.code()));
            return view;
        }

        private Model kept(Model model, BindingResult errors) {
            model.addAttribute(formName, KeptInput.inModel(model, formName, formType, errors));
            model.addAttribute("formOpen", true);
            return model;
        }
    }
}
