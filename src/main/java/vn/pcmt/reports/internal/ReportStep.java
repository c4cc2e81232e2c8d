package vn.pcmt.reports.internal;

import java.time.Instant;

/** One step of a report's life, as it happened; {@code step} is the name of its {@link ReportAction}. */
public record ReportStep(String step, ReportStatus status, String note, String byUser, Instant at) {

    /** The action this step recorded. */
    public ReportAction action() {
        return ReportAction.valueOf(step);
    }
}
