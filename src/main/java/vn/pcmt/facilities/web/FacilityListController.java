package vn.pcmt.facilities.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.pcmt.facilities.internal.FacilityKind;
import vn.pcmt.facilities.internal.FacilityLists;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.Workbooks;

/** The facility list from and to Excel (ADR 048): the template, the import page and its report, the export. */
@Controller
@PreAuthorize("hasAuthority('FACILITY_READ')")
class FacilityListController {

    private final FacilityLists lists;
    private final RegisterScopes scopes;
    private final Clock clock;

    FacilityListController(FacilityLists lists, RegisterScopes scopes, Clock clock) {
        this.lists = lists;
        this.scopes = scopes;
        this.clock = clock;
    }

    private static String page(Model model) {
        model.addAttribute("titleKey", "facility.import.title");
        model.addAttribute("action", "/facilities/import");
        model.addAttribute("templateUrl", "/facilities/import/template");
        model.addAttribute("backUrl", "/facilities");
        return "lists/import";
    }

    @GetMapping("/facilities/import")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String importPage(Model model) {
        return page(model);
    }

    @GetMapping("/facilities/import/template")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    ResponseEntity<byte[]> template() throws IOException {
        return ImportPages.template("mau-nhap-co-so.xlsx", lists.template(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/facilities/import")
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    String run(@RequestParam("file") MultipartFile file, Model model) {
        if (file.isEmpty() || file.getSize() > Workbooks.MAX_BYTES) {
            model.addAttribute("error", "import.file.size");
            return page(model);
        }
        try {
            model.addAttribute("report", lists.run(file.getBytes(), LocaleContextHolder.getLocale()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
                throw denied;
            }
            model.addAttribute("error", "import.file.unreadable");
        }
        return page(model);
    }

    /** The list of a unit on a day as an Excel file: the reason is required and the export is logged. */
    @GetMapping("/facilities/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FacilityKind kind,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(defaultValue = "") String reason)
            throws IOException {
        String code = scopes.ownOr(unit);
        byte[] file = lists.export(code, kind, on, reason, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"danh-sach-co-so-" + LocalDate.now(clock) + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, Workbooks.XLSX)
                .body(file);
    }
}
