package vn.pcmt.audit.internal;

import java.time.Instant;
import vn.pcmt.audit.AccessEventKind;

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
