package vn.pcmt.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.people.internal.ImportField;
import vn.pcmt.people.internal.ImportJobs;
import vn.pcmt.people.internal.PersonImport;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.Workbooks;

/**
 * Import an Excel register: download the template, upload, map the columns, run in the background with its progress
 * shown, see the report ({@link ImportPages}, ADR 057).
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_EDIT')")
class ImportController {

    private static final String FILE = "pcmt.import.file";
    private static final String ROWS = "pcmt.import.rows";
    /** How long the run step waits before showing the progress page: a small file shows its report at once. */
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final PersonImport imports;
    private final ImportJobs jobs;

    ImportController(PersonImport imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @GetMapping("/people/import")
    String page() {
        return "people/import";
    }

    @GetMapping("/people/import/template")
    ResponseEntity<byte[]> template() throws IOException {
        return ImportPages.template("mau-nhap-doi-tuong.xlsx", imports.template(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/people/import")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        Optional<Workbooks.Summary> sheet = ImportPages.uploadStreamed(file, session, FILE, model);
        if (sheet.isEmpty()) {
            return "people/import";
        }
        session.setAttribute(ROWS, sheet.get().rows());
        model.addAttribute("fields", ImportField.values());
        Map<ImportField, Integer> suggested = imports.suggest(sheet.get().headers());
        model.addAttribute("mapping", suggested);
        // the required columns not found, named before anything is read: the user picks them or fixes the file
        model.addAttribute("missing", imports.missing(suggested, LocaleContextHolder.getLocale()));
        return "people/import-map";
    }

    @PostMapping("/people/import/run")
    String run(@RequestParam Map<String, String> params, HttpSession session, Model model) {
        Optional<byte[]> file = ImportPages.uploadedFile(session, FILE, model);
        if (file.isEmpty()) {
            return "people/import";
        }
        Object rows = session.getAttribute(ROWS);
        ImportJobs.Job job;
        try {
            job = jobs.start(
                    file.get(), ImportPages.mapping(ImportField.class, params), rows instanceof Integer n ? n : 0);
        } catch (ImportJobs.Busy e) {
            model.addAttribute("error", "import.busy");
            model.addAttribute("runningJob", e.jobId());
            return "people/import";
        }
        if (jobs.await(job, WAIT)) {
            return report(job, session, model);
        }
        return "redirect:/people/import/jobs/" + job.id();
    }

    /** A run: its progress while it runs (the page asks again every second, or the user refreshes), then its report. */
    @GetMapping("/people/import/jobs/{id}")
    String job(@PathVariable String id, HttpSession session, Model model) {
        ImportJobs.Job job = jobs.find(id);
        if (job.finished()) {
            return report(job, session, model);
        }
        model.addAttribute("job", job);
        return "people/import-progress";
    }

    /** The progress part of the page, for htmx; once the run has finished, the page itself is loaded again. */
    @GetMapping("/people/import/jobs/{id}/progress")
    String progress(
            @PathVariable String id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        ImportJobs.Job job = jobs.find(id);
        if (job.finished() && htmx != null) {
            response.setHeader("HX-Redirect", "/people/import/jobs/" + id);
        }
        model.addAttribute("job", job);
        return "people/import-progress :: progress";
    }

    private String report(ImportJobs.Job job, HttpSession session, Model model) {
        ImportPages.report(job.report().ok(), job.report(), session, FILE, model);
        return "people/import-report";
    }
}
