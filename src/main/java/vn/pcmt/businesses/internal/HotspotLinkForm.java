package vn.pcmt.businesses.internal;

/**
 * The hotspot an inspection refers to ({@code hotspotId} null: none), with the inspection's version read (ADR 037).
 */
public record HotspotLinkForm(Long hotspotId, Long version) {}
