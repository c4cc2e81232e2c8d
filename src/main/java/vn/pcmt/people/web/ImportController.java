package vn.pcmt.people.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
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
import vn.pcmt.people.internal.ImportSheet;
import vn.pcmt.people.internal.PersonImport;

/** Import an Excel register: download the template, upload, map the columns, see the report. */
@Controller
@PreAuthorize("hasAuthority('PERSON_EDIT')")
class ImportController {

    private static final String FILE = "pcmt.import.file";
    private static final long MAX_BYTES = 10L * 1024 * 1024;

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
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-doi-tuong.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(imports.template(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/people/import")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            model.addAttribute("error", "import.file.size");
            return "people/import";
        }
        byte[] bytes = file.getBytes();
        ImportSheet sheet;
        try {
            sheet = ImportSheet.read(bytes);
        } catch (IOException | RuntimeException e) {
            model.addAttribute("error", "import.file.unreadable");
            return "people/import";
        }
        if (sheet.headers().isEmpty()) {
            model.addAttribute("error", "import.file.empty");
            return "people/import";
        }
        session.setAttribute(FILE, bytes);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("headers", sheet.headers());
        model.addAttribute(
                "sample", sheet.rows().stream().filter(r -> r != null).limit(5).toList());
        model.addAttribute("rowCount", sheet.rows().size());
        model.addAttribute("fields", ImportField.values());
        Map<ImportField, Integer> suggested = imports.suggest(sheet.headers());
        model.addAttribute("mapping", suggested);
        // the required columns not found, named before anything is read: the user picks them or fixes the file
        model.addAttribute("missing", imports.missing(suggested, LocaleContextHolder.getLocale()));
        return "people/import-map";
    }

    @PostMapping("/people/import/run")
    String run(@RequestParam Map<String, String> params, HttpSession session, Model model) throws IOException {
        byte[] bytes = (byte[]) session.getAttribute(FILE);
        if (bytes == null) {
            model.addAttribute("error", "import.file.expired");
            return "people/import";
        }
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            String column = params.get("field_" + field.name());
            if (column != null && column.matches("\\d{1,3}")) {
                mapping.put(field, Integer.valueOf(column));
            }
        }
        ImportReport report = imports.run(ImportSheet.read(bytes), mapping);
        if (report.ok()) {
            session.removeAttribute(FILE);
        }
        model.addAttribute("report", report);
        return "people/import-report";
    }
}
