package vn.pcmt.audit.internal;

import java.time.LocalDate;
import vn.pcmt.text.VietnameseText;

/** Filters for both logs: user (exact, case-insensitive), kind or entity, and a date range (inclusive). */
public record AuditSearch(String username, String kind, LocalDate from, LocalDate to) {

    public AuditSearch {
        username = VietnameseText.clean(username);
        kind = VietnameseText.clean(kind);
    }
}
