package vn.pcmt.hotspots.internal;

import java.time.LocalDate;

/** Hotspots of a unit (with what it covers) in a state on a date; null state means every hotspot detected by then. */
public record HotspotSearch(String unitCode, LocalDate date, HotspotState state, HotspotActivity activity) {}
