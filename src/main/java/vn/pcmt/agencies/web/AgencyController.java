package vn.pcmt.agencies.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
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
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyKind;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.Forms;

/** The agencies of a province: list for everyone, edits for the standing office and administrators. */
@Controller
class AgencyController {

    private final AgencyService agencies;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;

    AgencyController(AgencyService agencies, UnitService units, UnitCoverage coverage, Forms forms, Clock clock) {
        this.agencies = agencies;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/agencies")
    String list(@RequestParam(required = false) String province, Model model) {
        List<AdminUnit> provinces = units.search(
                        new UnitSearch(UnitLevel.PROVINCE, LocalDate.now(clock), null, null), PageRequest.of(0, 100))
                .getContent();
        String selected = units.provinceAskedOrOwn(province, coverage.current());
        AdminUnit current = units.find(selected, LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .orElseThrow();
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", current);
        model.addAttribute("agencies", agencies.list(current.provinceCode()));
        model.addAttribute("canEdit", coverage.covers(coverage.current(), current.id()));
        model.addAttribute("kinds", AgencyKind.values());
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", new AgencyForm("", "", "", AgencyKind.DEPARTMENT, null));
        }
        return "agencies/list";
    }

    @PostMapping("/agencies")
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    String create(
            @RequestParam String province,
            @Valid @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        String list = "redirect:/agencies?province=" + province;
        return forms.submit(errors, () -> agencies.create(province, form))
                .map(agency -> forms.done(redirect, list, "agency.created", agency.getName()))
                .orElseGet(() -> forms.back(redirect, "agencyForm", form, errors, list));
    }

    @PostMapping("/agencies/standard")
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    String addStandard(@RequestParam String province, RedirectAttributes redirect) {
        int added = agencies.addStandardSet(province);
        forms.success(redirect, "agency.standardAdded", added);
        return "redirect:/agencies?province=" + province;
    }

    @GetMapping("/agencies/{id}")
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    String edit(@PathVariable long id, Model model) {
        Agency agency = agencies.findEditable(id);
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", agency.toForm());
        }
        return "agencies/edit";
    }

    @PostMapping("/agencies/{id}")
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Agency agency = agencies.find(id).orElseThrow();
        if (forms.submit(errors, redirect, () -> agencies.update(id, form), "agency.saved", form.name())) {
            return "redirect:/agencies?province=" + agency.getProvinceCode();
        }
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        return "agencies/edit";
    }

    @PostMapping("/agencies/{id}/delete")
    @PreAuthorize("hasAuthority('AGENCY_EDIT')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Agency agency = agencies.find(id).orElseThrow();
        agencies.delete(id, version);
        forms.success(redirect, "agency.deleted", agency.getName());
        return "redirect:/agencies?province=" + agency.getProvinceCode();
    }
}
