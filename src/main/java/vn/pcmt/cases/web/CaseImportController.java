package vn.pcmt.cases.web;

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
import vn.pcmt.cases.internal.CaseImport;
import vn.pcmt.cases.internal.CaseImportField;
import vn.pcmt.cases.internal.CaseImportReport;
import vn.pcmt.cases.internal.CaseSheet;

/** Import the monthly case lists kept in Excel: the template, upload, map the columns, the row report (ADR 045). */
@Controller
@PreAuthorize("hasAuthority('CASE_EDIT')")
class CaseImportController {

    static final String FILE = "pcmt.cases.import.file";
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-vu-an.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .body(imports.template(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/cases/import")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            model.addAttribute("error", "import.file.size");
            return "cases/import";
        }
        byte[] bytes = file.getBytes();
        CaseSheet sheet;
        try {
            sheet = CaseSheet.read(bytes);
        } catch (IOException | RuntimeException e) {
            model.addAttribute("error", "import.file.unreadable");
            return "cases/import";
        }
        if (sheet.headers().isEmpty()) {
            model.addAttribute("error", "import.file.empty");
            return "cases/import";
        }
        session.setAttribute(FILE, bytes);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("headers", sheet.headers());
        model.addAttribute(
                "sample", sheet.rows().stream().filter(r -> r != null).limit(5).toList());
        model.addAttribute("rowCount", sheet.rows().size());
        model.addAttribute("fields", CaseImportField.values());
        model.addAttribute("parts", CaseImportField.Part.values());
        model.addAttribute("mapping", imports.suggest(sheet.headers()));
        return "cases/import-map";
    }

    @PostMapping("/cases/import/run")
    String run(@RequestParam Map<String, String> params, HttpSession session, Model model) throws IOException {
        byte[] bytes = (byte[]) session.getAttribute(FILE);
        if (bytes == null) {
            model.addAttribute("error", "import.file.expired");
            return "cases/import";
        }
        CaseImportReport report = imports.run(CaseSheet.read(bytes), mapping(params));
        if (report.ok()) {
            session.removeAttribute(FILE);
        }
        model.addAttribute("report", report);
        return "cases/import-report";
    }

    /** The columns chosen for the fields: {@code field_<FIELD>=<column index>}. */
    static Map<CaseImportField, Integer> mapping(Map<String, String> params) {
        Map<CaseImportField, Integer> mapping = new EnumMap<>(CaseImportField.class);
        for (CaseImportField field : CaseImportField.values()) {
            String column = params.get("field_" + field.name());
            if (column != null && column.matches("\\d{1,3}")) {
                mapping.put(field, Integer.valueOf(column));
            }
        }
        return mapping;
    }
}
