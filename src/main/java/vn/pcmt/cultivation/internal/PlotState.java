package vn.pcmt.cultivation.internal;

/** Where a plot stands on a date. */
public enum PlotState {
    /** Found and not destroyed by the date. */
    STANDING,
    /** Destroyed on or before the date. */
    DESTROYED
}
