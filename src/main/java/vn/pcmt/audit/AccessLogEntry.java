package vn.pcmt.audit;

import java.time.Instant;

/** One line of the access log. */
public record AccessLogEntry(
        long id,
        Instant occurredAt,
        String username,
        AccessEventKind kind,
        String subjectType,
        String subjectId,
        String detail,
        String remoteAddr) {}
