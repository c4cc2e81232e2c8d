package vn.pcmt.legalaid.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.legalaid.internal.AnswerForm;
import vn.pcmt.legalaid.internal.LegalAidForm;
import vn.pcmt.legalaid.internal.LegalAidRequest;
import vn.pcmt.legalaid.internal.LegalAidRow;
import vn.pcmt.legalaid.internal.LegalAidService;

/** Requests for legal aid for other systems, inside the caller's jurisdiction (RFC 9457 problems on refusal). */
@RestController
@RequestMapping("/api/v1/legal-aid-requests")
@Tag(name = "Trợ giúp pháp lý", description = "Requests for legal aid, eligibility and service")
class LegalAidApiController {

    private final LegalAidService legalAid;

    LegalAidApiController(LegalAidService legalAid) {
        this.legalAid = legalAid;
    }

    @GetMapping
    @Operation(summary = "Requests made in a unit (and what it covers) in a period (this year by default)")
    List<LegalAidRow> list(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return legalAid.search(unit, from, to);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A request")
    RequestDto get(@PathVariable long id) {
        return dto(legalAid.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a request (a person of the register by `personId`, or anonymous)",
            description = "Not eligible needs `eligibilityReason`; only an eligible request is served, with"
                    + " `servedOn` and a provider (`providerAgencyId` or `providerName`).")
    RequestDto create(@Valid @RequestBody LegalAidForm form) {
        return dto(legalAid.record(form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a request; `version` must be the one read")
    RequestDto update(@PathVariable long id, @Valid @RequestBody LegalAidForm form) {
        return dto(legalAid.correct(id, form));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer a request: eligible or not (with the reason), served on a day by a provider")
    RequestDto answer(@PathVariable long id, @Valid @RequestBody AnswerForm form) {
        return dto(legalAid.answer(id, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a request recorded by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        legalAid.delete(id, version);
    }

    private RequestDto dto(LegalAidRequest r) {
        return new RequestDto(
                r.getId(),
                legalAid.communeOf(r).code(),
                r.getPersonId(),
                r.getRequestedOn(),
                r.getSubject(),
                r.getEligible(),
                r.getEligibilityReason(),
                r.isServed(),
                r.getServedOn(),
                r.getProviderAgencyId(),
                r.getProviderName(),
                r.getNote(),
                r.getVersion());
    }

    /** A request as the API shows it. */
    record RequestDto(
            long id,
            String communeCode,
            Long personId,
            LocalDate requestedOn,
            String subject,
            Boolean eligible,
            String eligibilityReason,
            boolean served,
            LocalDate servedOn,
            Long providerAgencyId,
            String providerName,
            String note,
            long version) {}
}
