package vn.pcmt.reports;

import java.time.Instant;

/** One step of a report's life, as it happened. */
public record ReportStep(String step, ReportStatus status, String note, String byUser, Instant at) {}
