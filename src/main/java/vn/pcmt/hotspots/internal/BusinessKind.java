package vn.pcmt.hotspots.internal;

/** The kind of business a hotspot is linked to, if any. */
public enum BusinessKind {
    NONE,
    KARAOKE,
    BAR,
    GUESTHOUSE,
    HOTEL,
    CAFE,
    MASSAGE,
    OTHER
}
