package vn.pcmt.audit;

import java.time.LocalDate;

/** Filters for both logs: user (exact, case-insensitive), kind or entity, and a date range (inclusive). */
public record AuditSearch(String username, String kind, LocalDate from, LocalDate to) {

    public AuditSearch {
        username = username == null || username.isBlank() ? null : username.strip();
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }
}
