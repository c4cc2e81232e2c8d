package vn.pcmt.plans.internal;

/** Where a plan task stands. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
