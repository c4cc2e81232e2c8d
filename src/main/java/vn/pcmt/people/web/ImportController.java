package vn.pcmt.people.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.people.internal.ImportField;
import vn.pcmt.people.internal.ImportReport;
import vn.pcmt.people.internal.PersonImport;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.Workbooks;

/** Import an Excel register: download the template, upload, map the columns, see the report ({@link ImportPages}). */
@Controller
@PreAuthorize("hasAuthority('PERSON_EDIT')")
class ImportController {

    private static final String FILE = "pcmt.import.file";

    private final PersonImport imports;

    ImportController(PersonImport imports) {
        this.imports = imports;
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
        Optional<Workbooks.Table> sheet = ImportPages.upload(file, session, FILE, model);
        if (sheet.isEmpty()) {
            return "people/import";
        }
        model.addAttribute("fields", ImportField.values());
        Map<ImportField, Integer> suggested = imports.suggest(sheet.get().headers());
        model.addAttribute("mapping", suggested);
        // the required columns not found, named before anything is read: the user picks them or fixes the file
        model.addAttribute("missing", imports.missing(suggested, LocaleContextHolder.getLocale()));
        return "people/import-map";
    }

    @PostMapping("/people/import/run")
    String run(@RequestParam Map<String, String> params, HttpSession session, Model model) throws IOException {
        Optional<Workbooks.Table> sheet = ImportPages.uploaded(session, FILE, model);
        if (sheet.isEmpty()) {
            return "people/import";
        }
        ImportReport report = imports.run(sheet.get(), ImportPages.mapping(ImportField.class, params));
        ImportPages.report(report.ok(), report, session, FILE, model);
        return "people/import-report";
    }
}
