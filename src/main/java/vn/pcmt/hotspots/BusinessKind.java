package vn.pcmt.hotspots;

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
