package vn.pcmt.geo.internal;

import java.time.LocalDate;
import vn.pcmt.geo.AdminUnit;

/**
 * A unit version whose records count for another unit over a part of a period. {@code partial} when the
 * path to it crosses a partial succession: the figure then includes areas that went elsewhere.
 */
public record UnitPeriod(AdminUnit unit, LocalDate from, LocalDate to, boolean partial) {}
