package vn.pcmt.reports;

/** Where a report stands. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
