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
    /** A search or list that returned people (the query and how many in the detail). */
    LIST_PERSONAL_RECORDS,
    /** A duplicate check that found a record outside the user's jurisdiction, or was refused for too many such. */
    DUPLICATE_PROBE,
    /** A login refused without a password check: too many failures from the client's address. */
    LOGIN_THROTTLED
}
