package vn.pcmt.people;

public enum WorkItemKind {
    MANAGEMENT_ENDING,
    POST_REHAB_ENDING,
    DETERMINATION_OVERDUE,
    REHAB_REGISTRATION_OVERDUE,
    NO_CHECK_IN,
    POSITIVE_TEST_FLAGGED,
    /** Law 120/2025: moved and not presented at the new commune within the deadline (both communes see it). */
    MOVE_NOT_PRESENTED
}
