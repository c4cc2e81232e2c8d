package vn.pcmt.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.people.internal.ImportField;
import vn.pcmt.people.internal.ImportJobs;
import vn.pcmt.people.internal.ImportReport;
import vn.pcmt.people.internal.PersonImport;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.ListImportResponses;

/** The people import for other systems (ADR 057): start a run in the background, then ask how far it has gone. */
@RestController
@PreAuthorize("hasAuthority('PERSON_EDIT')")
@Tag(name = "Đối tượng", description = "People under management, their episodes and events")
class PersonImportApiController {

    /** How long a start waits for its run: a small file's answer holds its report at once. */
    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(3);

    private final PersonImport imports;
    private final ImportJobs jobs;
    private final MessageSource messages;

    PersonImportApiController(PersonImport imports, ImportJobs jobs, MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/people/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Start an import of people (.xlsx, the first sheet: a header row, one person per row, at most"
                    + " 100,000 rows): every row or none",
            description = "The columns are found by their headers as the template (`/people/import/template`) names"
                    + " them, in Vietnamese or English; `field_<FIELD>=<column index, from 0>` chooses another column."
                    + " 202 with the run (`Location` is the run's resource, to ask with GET until `state` is not"
                    + " RUNNING; a small file is done, its report included, when the answer comes); 400 problem when the file is not a readable .xlsx of at most 10 MB; 409 problem"
                    + " (`code` import.busy, `job` the running one) while the caller has another import running;"
                    + " 403 without the right to record people. A commune outside the caller's jurisdiction is a"
                    + " problem of its row.")
    ResponseEntity<?> start(
            @Parameter(description = "the .xlsx file") @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam Map<String, String> params)
            throws IOException {
        ExtendedModelMap model = new ExtendedModelMap();
        var summary = ImportPages.summary(file, model);
        if (summary.isEmpty()) {
            return ListImportResponses.badFile((String) model.getAttribute("error"), messages);
        }
        Map<ImportField, Integer> mapping = imports.suggest(summary.get().headers());
        mapping.putAll(ImportPages.mapping(ImportField.class, params));
        ImportJobs.Job job;
        try {
            job = jobs.start(file.getBytes(), mapping, summary.get().rows());
        } catch (ImportJobs.Busy e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, messages.getMessage("import.busy", null, LocaleContextHolder.getLocale()));
            problem.setProperty("code", "import.busy");
            problem.setProperty("job", "/api/v1/people/imports/" + e.jobId());
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        jobs.await(job, WAIT);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/people/imports/" + job.id()))
                .body(view(job));
    }

    @GetMapping("/api/v1/people/imports/{id}")
    @Operation(
            summary = "An import run: its state (RUNNING, DONE, FAILED), the rows of the file, read, checked and"
                    + " written so far, the percentage done; once finished, its report",
            description = "The report: `imported` people written (0 whenever any row has a problem: nothing is"
                    + " kept), `problems` and `warnings` each with the row as numbered in the sheet, column, code and"
                    + " message. 404 problem for a run unknown or forgotten (two hours after it ended); 403 problem"
                    + " for another user's run.")
    Map<String, Object> job(@PathVariable String id) {
        return view(jobs.find(id));
    }

    private Map<String, Object> view(ImportJobs.Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("state", job.state().name());
        body.put("started", job.started());
        body.put("rows", job.progress().rows());
        body.put("read", job.progress().read());
        body.put("checked", job.progress().checked());
        body.put("written", job.progress().written());
        body.put("percent", job.percent());
        ImportReport report = job.report();
        if (report != null) {
            Locale locale = LocaleContextHolder.getLocale();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ok", report.ok());
            r.put("rows", report.rows());
            r.put("imported", report.imported());
            r.put("problems", problems(report.problems(), locale));
            r.put("warnings", problems(report.warnings(), locale));
            body.put("report", r);
        }
        return body;
    }

    private List<Map<String, Object>> problems(List<ImportReport.RowProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("row", p.row());
                    e.put("column", p.field() == null ? null : p.field().name());
                    e.put("code", p.messageKey());
                    e.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
                    return e;
                })
                .toList();
    }
}
