package vn.pcmt.audit.web;

import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.CurrentJurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;

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
    private final UnitService units;
    private final java.time.Clock clock;

    AuditController(AuditService audit, CurrentJurisdiction jurisdiction, UnitService units, java.time.Clock clock) {
        this.audit = audit;
        this.jurisdiction = jurisdiction;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String search(
            @RequestParam(defaultValue = "access") String tab,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        requireNational();
        boolean changes = "changes".equals(tab);
        var entityLabels = audit.entityLabels();
        String validKind = kind == null
                        || (changes
                                ? entityLabels.containsKey(kind) || kind.matches("[A-Za-z]{1,60}")
                                : isAccessKind(kind))
                ? kind
                : null;
        AdminUnit unitAsked = unitAsked(unit);
        AuditSearch search = new AuditSearch(user, validKind, from, to, unitAsked == null ? null : unitAsked.id());
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("tab", changes ? "changes" : "access");
        model.addAttribute("search", search);
        model.addAttribute("kinds", AccessEventKind.values());
        model.addAttribute("entityLabels", entityLabels);
        model.addAttribute("users", audit.users());
        model.addAttribute("unit", unit == null ? "" : unit.strip());
        model.addAttribute("unitAsked", unitAsked);
        model.addAttribute(
                "provinces",
                units.allOn(UnitLevel.PROVINCE, LocalDate.now(clock)).stream()
                        .sorted(vn.pcmt.text.VietnameseText.comparing(AdminUnit::fullName))
                        .toList());
        model.addAttribute("results", changes ? audit.revisions(search, request) : audit.accessLog(search, request));
        return "audit/audit";
    }

    @GetMapping("/admin/audit/revisions/{rev}")
    String revision(@PathVariable long rev, Model model) {
        requireNational();
        model.addAttribute("revision", audit.revision(rev).orElseThrow());
        model.addAttribute("entityLabels", audit.entityLabels());
        model.addAttribute("changes", audit.changes(rev));
        return "audit/revision";
    }

    /**
     * The unit a filter names: by code (as in force today, else its last version), else the first unit whose name
     * matches the text (accent-free); null when none does or nothing is asked.
     */
    private AdminUnit unitAsked(String asked) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        String text = asked.strip();
        LocalDate today = LocalDate.now(clock);
        if (text.matches("\\d{1,5}")) {
            var byCode = units.find(text, today);
            if (byCode.isPresent()) {
                return byCode.get();
            }
            List<AdminUnit> versions = units.versions(text);
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
        var found = units.search(new UnitSearch(null, today, null, text), PageRequest.of(0, 1));
        return found.isEmpty() ? null : found.getContent().get(0);
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
