package vn.pcmt.audit;

/** What the access log records. */
public enum AccessEventKind {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    VIEW_PERSONAL_RECORD,
    EXPORT,
    MERGE,
    ACCESS_DENIED,
    /** A login refused without a password check: too many failures from the client's address. */
    LOGIN_THROTTLED
}
