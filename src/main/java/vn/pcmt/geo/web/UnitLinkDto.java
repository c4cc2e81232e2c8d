package vn.pcmt.geo.web;

import java.time.LocalDate;
import vn.pcmt.geo.UnitLink;

/** A predecessor or successor. */
record UnitLinkDto(UnitDto unit, LocalDate effectiveDate, boolean partial, String note) {

    static UnitLinkDto of(UnitLink link) {
        return new UnitLinkDto(UnitDto.of(link.unit()), link.effectiveDate(), link.partial(), link.note());
    }
}
