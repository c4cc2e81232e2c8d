package vn.pcmt.geo.web;

import java.time.LocalDate;
import vn.pcmt.geo.internal.UnitPeriod;

/** A unit version counted over part of a period. */
record UnitPeriodDto(UnitDto unit, LocalDate from, LocalDate to, boolean partial) {

    static UnitPeriodDto of(UnitPeriod period) {
        return new UnitPeriodDto(UnitDto.of(period.unit()), period.from(), period.to(), period.partial());
    }
}
