package vn.pcmt.outreach.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.outreach.internal.OutreachLists;
import vn.pcmt.platform.ImportPages;
import vn.pcmt.platform.Workbooks;

/**
 * Schools, industrial zones and media from and to Excel (ADR 048), outreach activities from Excel (ADR 052): the
 * template of each list, the import page and its report, the export of a unit's list.
 */
@Controller
@PreAuthorize("hasAuthority('OUTREACH_READ')")
class OutreachListController {

    private final OutreachLists lists;
    private final RegisterScopes scopes;
    private final Clock clock;

    OutreachListController(OutreachLists lists, RegisterScopes scopes, Clock clock) {
        this.lists = lists;
        this.scopes = scopes;
        this.clock = clock;
    }

    private static String page(OutreachLists.Kind kind, Model model) {
        model.addAttribute("titleKey", "outreach.import.title." + kind.path());
        model.addAttribute("action", "/outreach/" + kind.path() + "/import");
        model.addAttribute("templateUrl", "/outreach/" + kind.path() + "/import/template");
        model.addAttribute("backUrl", kind == OutreachLists.Kind.ACTIVITIES ? "/outreach" : "/outreach/" + kind.path());
        return "lists/import";
    }

    /** The list a request is about: the path's second segment ({@code /outreach/schools/...}). */
    private static OutreachLists.Kind kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OutreachLists.Kind.of(path.split("/")[2]);
    }

    @GetMapping({
        "/outreach/schools/import",
        "/outreach/zones/import",
        "/outreach/media/import",
        "/outreach/activities/import"
    })
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String importPage(HttpServletRequest request, Model model) {
        return page(kind(request), model);
    }

    @GetMapping({
        "/outreach/schools/import/template",
        "/outreach/zones/import/template",
        "/outreach/media/import/template",
        "/outreach/activities/import/template"
    })
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    ResponseEntity<byte[]> template(HttpServletRequest request) throws IOException {
        OutreachLists.Kind kind = kind(request);
        return ImportPages.template(
                "mau-nhap-" + kind.path() + ".xlsx", lists.template(kind, LocaleContextHolder.getLocale()));
    }

    @PostMapping({
        "/outreach/schools/import",
        "/outreach/zones/import",
        "/outreach/media/import",
        "/outreach/activities/import"
    })
    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    String run(HttpServletRequest request, @RequestParam("file") MultipartFile file, Model model) {
        OutreachLists.Kind kind = kind(request);
        if (file.isEmpty() || file.getSize() > Workbooks.MAX_BYTES) {
            model.addAttribute("error", "import.file.size");
            return page(kind, model);
        }
        try {
            model.addAttribute("report", lists.run(kind, file.getBytes(), LocaleContextHolder.getLocale()));
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (IOException | RuntimeException e) {
            model.addAttribute("error", "import.file.unreadable");
        }
        return page(kind, model);
    }

    /** A unit's list as an Excel file: the reason is required and the export is logged. */
    @GetMapping({"/outreach/schools/export", "/outreach/zones/export", "/outreach/media/export"})
    ResponseEntity<byte[]> export(
            HttpServletRequest request,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "") String reason)
            throws IOException {
        OutreachLists.Kind kind = kind(request);
        byte[] file = lists.export(kind, scopes.ownOr(unit), reason, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"danh-sach-" + kind.path() + "-" + LocalDate.now(clock) + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, Workbooks.XLSX)
                .body(file);
    }
}
