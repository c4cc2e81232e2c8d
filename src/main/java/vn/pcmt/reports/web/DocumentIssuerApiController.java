package vn.pcmt.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.reports.internal.DocumentHeading;
import vn.pcmt.reports.internal.ReportService;

/** How a report's reporter heads and signs its documents (Decree 30/2020), for other systems. */
@RestController
@RequestMapping("/api/v1/reports/{id}/issuer")
@Tag(name = "Báo cáo", description = "Periodic reports on plans, pre-filled with the targets' progress")
class DocumentIssuerApiController {

    private final ReportService reports;

    DocumentIssuerApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(
            summary = "The heading and signature block of the report's documents: the reporter's own settings"
                    + " (`configured` true) or the defaults derived from its unit or agency")
    DocumentHeading get(@PathVariable long id) {
        return reports.issuer(id);
    }

    @PutMapping
    @Operation(
            summary = "Keep the heading and signature block of every document of the report's reporter (body above,"
                    + " issuing body, symbol, place, authority, position, signer, recipients); `version` is the one"
                    + " read (0 while the defaults are in use)")
    DocumentHeading put(@PathVariable long id, @Valid @RequestBody IssuerBody body) {
        return reports.saveIssuer(id, body.heading());
    }

    /** What a reporter keeps: every part of the heading and the signature block; {@code version} as read. */
    record IssuerBody(
            @Size(max = 200) String parentBody,
            @Size(max = 200) String issuingBody,
            @Size(max = 30) String symbol,
            @Size(max = 100) String place,
            @Size(max = 100) String authority,
            @Size(max = 100) String position,
            @Size(max = 100) String signer,
            @Size(max = 30) List<@Size(max = 300) String> recipients,
            long version) {

        DocumentHeading heading() {
            return new DocumentHeading(
                    parentBody, issuingBody, symbol, place, authority, position, signer, recipients, true, version);
        }
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Go back to the default heading and signature block (the settings' history is kept)")
    void reset(@PathVariable long id, @RequestParam long version) {
        reports.resetIssuer(id, version);
    }
}
