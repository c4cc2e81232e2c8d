package vn.pcmt.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.cases.internal.CaseImport;
import vn.pcmt.cases.internal.CaseImportField;
import vn.pcmt.cases.internal.CaseImportReport;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.ListImportResponses;
import vn.pcmt.platform.Workbooks;

/** The monthly case lists imported from Excel by other systems: all rows or none (ADR 045). */
@RestController
@org.springframework.security.access.prepost.PreAuthorize("hasAuthority('CASE_EDIT')")
@Tag(name = "Vụ án ma túy", description = "Drug crime cases: record, stages, suspects, seizures, list")
class CaseImportApiController {

    private final CaseImport imports;
    private final MessageSource messages;

    CaseImportApiController(CaseImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/cases/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a case list (.xlsx, the first sheet: a header row, one case per row or rows grouped by"
                    + " case number): every case with its stages, suspects and seizures, or none",
            description = "The columns are found by their headers as the template (`/cases/import/template`) names"
                    + " them, in Vietnamese or English; `field_<FIELD>=<column index, from 0>` chooses another column."
                    + " 201 with the counts written; 422 problem whose `errors` lists every problem of every row"
                    + " (row as numbered in the sheet, column, code, message) and nothing is written; 400 when the"
                    + " file is not a readable .xlsx of at most 10 MB; 403 without the right to record cases. A"
                    + " commune outside the caller's jurisdiction is a problem of its row.")
    ResponseEntity<?> importCases(
            @Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam Map<String, String> params)
            throws IOException {
        ImportPages.Upload upload = ImportPages.Upload.of(file);
        if (!upload.ok()) {
            return ListImportResponses.badFile(upload.error(), messages);
        }
        Workbooks.Table sheet = upload.sheet();
        Map<CaseImportField, Integer> mapping = imports.suggest(sheet.headers());
        mapping.putAll(ImportPages.mapping(CaseImportField.class, params));
        CaseImportReport report = imports.run(sheet, mapping);
        if (report.ok()) {
            return ResponseEntity.created(URI.create("/api/v1/cases"))
                    .body(new Imported(report.rows(), report.cases(), report.suspects(), report.seizures()));
        }
        return ListImportResponses.rowProblems(
                "caseImport.failed.rows",
                report.rows(),
                report.problems().stream()
                        .map(p -> new ListImportResponses.RowProblem(
                                p.row(), p.field() == null ? null : p.field().name(), p.messageKey(), p.arguments()))
                        .toList(),
                messages);
    }

    /** What an import wrote: the rows read and the cases, suspects and seizures recorded. */
    record Imported(int rows, int cases, int suspects, int seizures) {}
}
