package vn.pcmt.audit.internal;

import java.time.LocalDate;
import vn.pcmt.text.VietnameseText;

/**
 * Filters for both logs: user (exact, case-insensitive), kind or entity, a date range (inclusive), and the unit of
 * the users who acted ({@code unitId}: users whose unit lies in it, a province's covering its communes).
 */
public record AuditSearch(String username, String kind, LocalDate from, LocalDate to, Long unitId) {

    public AuditSearch {
        username = VietnameseText.clean(username);
        kind = VietnameseText.clean(kind);
    }

    public AuditSearch(String username, String kind, LocalDate from, LocalDate to) {
        this(username, kind, from, to, null);
    }
}
