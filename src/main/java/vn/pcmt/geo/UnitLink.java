package vn.pcmt.geo;

import java.time.LocalDate;

/** A predecessor or successor of a unit, with whether only part of it went across. */
public record UnitLink(AdminUnit unit, LocalDate effectiveDate, boolean partial, String note) {}
