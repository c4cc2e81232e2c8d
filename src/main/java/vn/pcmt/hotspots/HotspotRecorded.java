package vn.pcmt.hotspots;

import java.time.LocalDate;
import vn.pcmt.hotspots.internal.HotspotActivity;

/** Published inside the transaction that records a hotspot (new or re-formed), for checks that depend on it. */
public record HotspotRecorded(long hotspotId, long communeId, HotspotActivity activity, LocalDate detectedOn) {}
