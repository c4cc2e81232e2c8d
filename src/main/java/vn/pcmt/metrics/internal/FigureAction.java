package vn.pcmt.metrics.internal;

/** What can be done to an entered figure of a manual metric. */
public enum FigureAction {
    /** The unit enters a new value for the same period: whatever it stood at, it goes back to review. */
    CORRECT,
    /** The standing office accepts it: it counts from now on. */
    ACCEPT,
    /** The standing office returns it with what to correct. */
    RETURN
}
