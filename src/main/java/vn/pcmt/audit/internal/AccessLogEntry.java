package vn.pcmt.audit.internal;

import java.time.Instant;
import vn.pcmt.audit.AccessEventKind;

/** One line of the access log, with the full name of its user when the account exists. */
public record AccessLogEntry(
        long id,
        Instant occurredAt,
        String username,
        String fullName,
        AccessEventKind kind,
        String subjectType,
        String subjectId,
        String detail,
        String remoteAddr) {}
