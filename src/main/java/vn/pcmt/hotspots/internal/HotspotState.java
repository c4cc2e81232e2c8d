package vn.pcmt.hotspots.internal;

/** Where a hotspot stands on a date. */
public enum HotspotState {
    /** Detected on or before the date and not eliminated by then. */
    ACTIVE,
    /** Eliminated on or before the date; watched since. */
    ELIMINATED
}
