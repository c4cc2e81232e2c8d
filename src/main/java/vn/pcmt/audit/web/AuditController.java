package vn.pcmt.audit.web;

import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.internal.AuditSearch;
import vn.pcmt.audit.internal.AuditService;
import vn.pcmt.geo.CurrentJurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;

/**
 * The auditor's pages: changes (who changed what, before and after) and the access log. Both logs span the
 * whole system, so only auditors with national jurisdiction read them.
 */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditService audit;
    private final CurrentJurisdiction jurisdiction;

    AuditController(AuditService audit, CurrentJurisdiction jurisdiction) {
        this.audit = audit;
        this.jurisdiction = jurisdiction;
    }

    @GetMapping("/admin/audit")
    String search(
            @RequestParam(defaultValue = "access") String tab,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        requireNational();
        boolean changes = "changes".equals(tab);
        String validKind = changes || kind == null || isAccessKind(kind) ? kind : null;
        AuditSearch search = new AuditSearch(user, validKind, from, to);
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("tab", changes ? "changes" : "access");
        model.addAttribute("search", search);
        model.addAttribute("kinds", AccessEventKind.values());
        model.addAttribute("entities", new String[] {
            "Person", "Residence", "Episode", "PersonEvent", "UserAccount", "Agency", "Village", "LegalRule"
        });
        model.addAttribute("results", changes ? audit.revisions(search, request) : audit.accessLog(search, request));
        return "audit/audit";
    }

    @GetMapping("/admin/audit/revisions/{rev}")
    String revision(@PathVariable long rev, Model model) {
        requireNational();
        model.addAttribute("revision", audit.revision(rev).orElseThrow());
        model.addAttribute("changes", audit.changes(rev));
        return "audit/revision";
    }

    private void requireNational() {
        if (!jurisdiction.get().isNational()) {
            throw new OutsideJurisdictionException();
        }
    }

    private static boolean isAccessKind(String kind) {
        for (AccessEventKind k : AccessEventKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
