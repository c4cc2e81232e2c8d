package vn.pcmt.cases.web;

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
import vn.pcmt.cases.internal.CaseImport;
import vn.pcmt.cases.internal.CaseImportField;
import vn.pcmt.cases.internal.CaseImportReport;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.Workbooks;

/**
 * Import the monthly case lists kept in Excel: the template, upload, map the columns, the row report (ADR 045; the
 * steps are {@link ImportPages}).
 */
@Controller
@PreAuthorize("hasAuthority('CASE_EDIT')")
class CaseImportController {

    static final String FILE = "pcmt.cases.import.file";

    private final CaseImport imports;

    CaseImportController(CaseImport imports) {
        this.imports = imports;
    }

    @GetMapping("/cases/import")
    String page() {
        return "cases/import";
    }

    @GetMapping("/cases/import/template")
    ResponseEntity<byte[]> template() throws IOException {
        return ImportPages.template("mau-nhap-vu-an.xlsx", imports.template(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/cases/import")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        Optional<Workbooks.Table> sheet = ImportPages.upload(file, session, FILE, model);
        if (sheet.isEmpty()) {
            return "cases/import";
        }
        model.addAttribute("fields", CaseImportField.values());
        model.addAttribute("parts", CaseImportField.Part.values());
        model.addAttribute("mapping", imports.suggest(sheet.get().headers()));
        return "cases/import-map";
    }

    @PostMapping("/cases/import/run")
    String run(@RequestParam Map<String, String> params, HttpSession session, Model model) throws IOException {
        Optional<Workbooks.Table> sheet = ImportPages.uploaded(session, FILE, model);
        if (sheet.isEmpty()) {
            return "cases/import";
        }
        CaseImportReport report = imports.run(sheet.get(), ImportPages.mapping(CaseImportField.class, params));
        ImportPages.report(report.ok(), report, session, FILE, model);
        return "cases/import-report";
    }
}
