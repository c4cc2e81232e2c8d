package vn.pcmt.localities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.localities.internal.CriteriaSet;
import vn.pcmt.localities.internal.CriteriaSetForm;
import vn.pcmt.localities.internal.CriteriaSets;

/** Drug-free criteria sets as data: templates to copy, a province's own sets, their revisions (ADR 025). */
@RestController
@RequestMapping("/api/v1/drug-free/criteria-sets")
@Tag(name = "Bộ tiêu chí không ma túy", description = "Criteria sets of a province: create, copy, revise; templates")
class CriteriaSetApiController {

    private final CriteriaSets sets;

    CriteriaSetApiController(CriteriaSets sets) {
        this.sets = sets;
    }

    @GetMapping("/of-province")
    @Operation(summary = "The templates and the sets of a province the caller works in, every revision")
    List<CriteriaSet> list(@RequestParam String province) {
        return sets.list(province);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A criteria set revision with its criteria (a template, or a set of the caller's province)")
    CriteriaSet get(@PathVariable long id) {
        return sets.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a province's criteria set (provincial police)",
            description = "Each criterion is AUTO_METRIC (a metric of the catalogue, a denominator for a share, a"
                    + " comparison and a threshold), one of the register checks (AUTO_NO_ACTIVE_HOTSPOT,"
                    + " AUTO_ADDICTS_AND_AFTERCARE, AUTO_USERS_MANAGED) or manual with evidence (MANUAL_ZERO,"
                    + " MANUAL_ALL, MANUAL_AT_LEAST). `level` COMMUNE (drug-free commune) or PROVINCE (drug-free"
                    + " province).")
    CriteriaSet create(@Valid @RequestBody CriteriaSetForm form) {
        return sets.create(form);
    }

    @PostMapping("/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy a template or a set as a new set of a province under a new code")
    CriteriaSet copy(@PathVariable long id, @Valid @RequestBody CopyRequest request) {
        return sets.copy(id, request.provinceCode(), request.code());
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Revise a province's set: its next revision under the same code",
            description = "The revision revised is never changed: programmes and assessments made under it keep"
                    + " it. Only the latest revision is revised; a template is read-only (copy it).")
    CriteriaSet revise(@PathVariable long id, @Valid @RequestBody CriteriaSetForm form) {
        return sets.revise(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete (softly) a province's set that no programme uses")
    void delete(@PathVariable long id) {
        sets.delete(id);
    }

    /** Where a copy goes: the province and the new set's code. */
    record CopyRequest(@NotBlank @Size(max = 2) String provinceCode, @NotBlank @Size(max = 40) String code) {}
}
