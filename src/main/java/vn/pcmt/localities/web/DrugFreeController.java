package vn.pcmt.localities.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.internal.CriteriaSet;
import vn.pcmt.localities.internal.DrugFreeCommune;
import vn.pcmt.localities.internal.DrugFreeCriterion;
import vn.pcmt.localities.internal.DrugFreeProgramme;
import vn.pcmt.localities.internal.DrugFreeProgrammeForm;
import vn.pcmt.localities.internal.DrugFreeService;
import vn.pcmt.localities.internal.ManualValue;
import vn.pcmt.platform.Forms;
import vn.pcmt.platform.RuleViolationException;

/** The drug-free commune pages: programmes, a programme's communes and figures, a commune's dossier. */
@Controller
class DrugFreeController {

    private final DrugFreeService drugFree;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Forms forms;
    private final Clock clock;

    DrugFreeController(DrugFreeService drugFree, UnitService units, UnitCoverage coverage, Forms forms, Clock clock) {
        this.drugFree = drugFree;
        this.units = units;
        this.coverage = coverage;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/drug-free")
    String programmes(@RequestParam(required = false) String province, Model model) {
        String code = units.provinceAskedOrOwn(province, coverage.current());
        model.addAttribute("province", units.find(code, LocalDate.now(clock)).orElse(null));
        model.addAttribute("provinceCode", code);
        model.addAttribute("programmes", drugFree.programmes(code));
        model.addAttribute(
                "sets",
                drugFree.criteriaSets().stream()
                        .filter(s -> s.template() || code.equals(s.provinceCode()))
                        .toList());
        model.addAttribute("alerts", drugFree.openAlerts(null));
        if (!model.containsAttribute("programmeForm")) {
            model.addAttribute(
                    "programmeForm",
                    new DrugFreeProgrammeForm(code, "", null, LocalDate.now(clock), null, new BigDecimal("30")));
        }
        return "localities/drugfree-programmes";
    }

    @PostMapping("/drug-free/programmes")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String createProgramme(
            @Valid @ModelAttribute("programmeForm") DrugFreeProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(errors, () -> drugFree.createProgramme(form))
                .map(p -> forms.done(
                        redirect,
                        "redirect:/drug-free/programmes/" + p.getId(),
                        "drugfree.programme.created",
                        p.getName()))
                .orElseGet(() -> programmes(form.provinceCode(), model));
    }

    @GetMapping("/drug-free/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        DrugFreeProgramme programme = drugFree.programme(id);
        List<DrugFreeCommune> entries = drugFree.communes(id);
        Map<Long, AdminUnit> communes = new HashMap<>();
        entries.forEach(e -> communes.put(e.getId(), drugFree.unitOf(e)));
        model.addAttribute("programme", programme);
        model.addAttribute("set", drugFree.criteriaSet(programme.getCriteriaSetId()));
        model.addAttribute("newerRevisions", canSeeProvince(programme) ? drugFree.newerRevisions(id) : List.of());
        model.addAttribute("entries", entries);
        model.addAttribute("communes", communes);
        boolean canSeeFigures = canSeeProvince(programme);
        model.addAttribute("canSeeFigures", canSeeFigures);
        model.addAttribute("figures", canSeeFigures ? drugFree.figures(id) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("ownCommune", ownCommune());
        return "localities/drugfree-programme";
    }

    @PostMapping("/drug-free/programmes/{id}/criteria-set")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String moveToRevision(
            @PathVariable long id,
            @RequestParam(required = false) Long criteriaSetId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        if (criteriaSetId == null || version == null) {
            forms.refused(redirect, "drugfree.programme.notNewerRevision", "—");
            return "redirect:/drug-free/programmes/" + id;
        }
        return forms.act(redirect, () -> drugFree.moveToRevision(id, criteriaSetId, version))
                .map(p -> forms.done(
                        redirect,
                        "redirect:/drug-free/programmes/" + id,
                        "drugfree.programme.movedFlash",
                        drugFree.criteriaSet(p.getCriteriaSetId()).name()))
                .orElse("redirect:/drug-free/programmes/" + id);
    }

    @PostMapping("/drug-free/programmes/{id}/communes")
    @PreAuthorize("hasAnyAuthority('DRUGFREE_EDIT', 'DRUGFREE_APPRAISE')")
    String register(
            @PathVariable long id,
            @RequestParam(required = false) String communeCode,
            @RequestParam(required = false) LocalDate on,
            RedirectAttributes redirect) {
        if (communeCode == null || communeCode.isBlank() || on == null) {
            forms.refused(redirect, "drugfree.register.incomplete");
            return "redirect:/drug-free/programmes/" + id;
        }
        return forms.act(redirect, () -> drugFree.register(id, communeCode, on))
                .map(entry -> forms.done(
                        redirect,
                        "redirect:/drug-free/entries/" + entry.getId(),
                        "drugfree.registeredFlash",
                        drugFree.unitOf(entry).fullName()))
                .orElse("redirect:/drug-free/programmes/" + id);
    }

    @GetMapping("/drug-free/entries/{id}")
    String entry(@PathVariable long id, Model model) {
        DrugFreeCommune entry = drugFree.entry(id);
        DrugFreeProgramme programme = drugFree.programme(entry.getProgrammeId());
        CriteriaSet set = drugFree.criteriaSet(programme.getCriteriaSetId());
        LocalDate today = LocalDate.now(clock);
        var assessments = drugFree.assessments(id);
        model.addAttribute("entry", entry);
        model.addAttribute("commune", drugFree.unitOf(entry));
        model.addAttribute("programme", programme);
        model.addAttribute("set", set);
        model.addAttribute("now", drugFree.evaluate(id, today));
        model.addAttribute("steps", drugFree.steps(id));
        model.addAttribute("assessments", assessments);
        model.addAttribute("latest", assessments.isEmpty() ? null : assessments.get(0));
        Map<Long, vn.pcmt.localities.internal.CriterionResult> last = new HashMap<>();
        if (!assessments.isEmpty()) {
            assessments.get(0).items().forEach(r -> last.put(r.criterion().id(), r));
        }
        model.addAttribute("last", last);
        model.addAttribute("alerts", drugFree.openAlerts(id));
        model.addAttribute("evidence", drugFree.evidence(id));
        model.addAttribute("today", today);
        return "localities/drugfree-entry";
    }

    @PostMapping("/drug-free/entries/{id}/self-assessment")
    @PreAuthorize("hasAuthority('DRUGFREE_EDIT')")
    String selfAssess(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) @Size(max = 4000) String comment,
            @RequestParam long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, redirect, "drugfree.selfAssessed", () -> {
            CriteriaSet set = setOf(id);
            Map<Long, ManualValue> manual = new HashMap<>();
            for (DrugFreeCriterion c : set.criteria()) {
                if (!c.method().isAutomatic()) {
                    manual.put(
                            c.id(),
                            new ManualValue(
                                    number(request.getParameter("value_" + c.id())),
                                    number(request.getParameter("total_" + c.id())),
                                    request.getParameter("evidence_" + c.id())));
                }
            }
            drugFree.selfAssess(id, Forms.requiredDate(on), manual, comment, version);
        });
    }

    @PostMapping("/drug-free/entries/{id}/evidence")
    @PreAuthorize("hasAuthority('DRUGFREE_EDIT')")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) Long criterionId,
            @RequestParam(value = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        drugFree.entry(id);
        if (criterionId == null || file == null || file.isEmpty()) {
            forms.refused(redirect, "document.empty");
            return "redirect:/drug-free/entries/" + id;
        }
        byte[] content = file.getBytes();
        return act(
                id,
                redirect,
                "drugfree.evidence.added",
                () -> drugFree.attach(id, criterionId, file.getOriginalFilename(), content));
    }

    @GetMapping("/drug-free/entries/{id}/evidence/{evidenceId}")
    org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        var meta = drugFree.evidence(id).stream()
                .filter(e -> e.id() == evidenceId)
                .findFirst()
                .orElseThrow();
        return vn.pcmt.platform.Attachments.inline(
                meta.fileName(), meta.contentType(), drugFree.evidenceContent(id, evidenceId));
    }

    @PostMapping("/drug-free/entries/{id}/submission")
    @PreAuthorize("hasAuthority('DRUGFREE_EDIT')")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "drugfree.submitted", () -> drugFree.submit(id, version));
    }

    @PostMapping("/drug-free/entries/{id}/appraisal")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String appraise(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) @Size(max = 4000) String comment,
            @RequestParam long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, redirect, "drugfree.appraised", () -> {
            Set<Long> rejected = new HashSet<>();
            Map<Long, String> comments = new HashMap<>();
            for (DrugFreeCriterion c : setOf(id).criteria()) {
                if (!c.method().isAutomatic() && request.getParameter("accept_" + c.id()) == null) {
                    rejected.add(c.id());
                }
                String note = request.getParameter("comment_" + c.id());
                if (note != null && !note.isBlank()) {
                    comments.put(c.id(), note);
                }
            }
            drugFree.appraise(id, Forms.requiredDate(on), rejected, comments, comment, version);
        });
    }

    @PostMapping("/drug-free/entries/{id}/recognition")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String recognise(
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 100) String decision,
            @RequestParam(required = false) LocalDate on,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "drugfree.recognised",
                () -> drugFree.recognise(id, decision, Forms.requiredDate(on), version));
    }

    @PostMapping("/drug-free/entries/{id}/review")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String review(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) @Size(max = 4000) String comment,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "drugfree.reviewed", () -> drugFree.review(id, Forms.requiredDate(on), comment, version));
    }

    @PostMapping("/drug-free/entries/{id}/revocation")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String revoke(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) @Size(max = 4000) String reason,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "drugfree.revoked", () -> drugFree.revoke(id, Forms.requiredDate(on), reason, version));
    }

    @PostMapping("/drug-free/entries/{id}/alerts/{alertId}/close")
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    String closeAlert(
            @PathVariable long id,
            @PathVariable long alertId,
            @RequestParam(required = false) @Size(max = 4000) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, "drugfree.alertClosed", () -> drugFree.closeAlert(id, alertId, note));
    }

    private CriteriaSet setOf(long entryId) {
        DrugFreeCommune entry = drugFree.entry(entryId);
        return drugFree.criteriaSet(drugFree.programme(entry.getProgrammeId()).getCriteriaSetId());
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            if (value.signum() < 0) {
                throw new RuleViolationException("drugfree.value.invalid", text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolationException("drugfree.value.invalid", text);
        }
    }

    private boolean canSeeProvince(DrugFreeProgramme programme) {
        return units.find(programme.getProvinceCode(), programme.getStartsOn())
                .or(() -> units.find(programme.getProvinceCode(), LocalDate.now(clock)))
                .map(p -> coverage.covers(coverage.current(), p.id()))
                .orElse(false);
    }

    private String ownCommune() {
        var jurisdiction = coverage.current();
        return jurisdiction.isNational()
                ? ""
                : units.findById(jurisdiction.unitId())
                        .filter(u -> u.level() == vn.pcmt.geo.UnitLevel.COMMUNE)
                        .map(AdminUnit::code)
                        .orElse("");
    }

    /** A step of the dossier: its success or refusal shown on the dossier's page. */
    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        forms.act(redirect, action, done);
        return "redirect:/drug-free/entries/" + id;
    }
}
