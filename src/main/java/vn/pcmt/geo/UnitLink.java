package vn.pcmt.geo;

import java.time.LocalDate;

/**
 * A predecessor or successor of a unit, with whether only part of it went across, and whether the link is inferred
 * from the snapshots of 2004–2025 rather than official (ADR 026).
 */
public record UnitLink(AdminUnit unit, LocalDate effectiveDate, boolean partial, String note, boolean inferred) {}
