package vn.pcmt.hotspots.internal;

/** A single place (điểm) or a cluster of places (tụ điểm). */
public enum HotspotShape {
    POINT,
    CLUSTER
}
