package vn.pcmt.geo.web;

import java.time.LocalDate;
import vn.pcmt.geo.UnitLink;

/** A predecessor or successor; {@code inferred}: from the snapshots of 2004–2025, not an official link. */
record UnitLinkDto(UnitDto unit, LocalDate effectiveDate, boolean partial, String note, boolean inferred) {

    static UnitLinkDto of(UnitLink link) {
        return new UnitLinkDto(
                UnitDto.of(link.unit()), link.effectiveDate(), link.partial(), link.note(), link.inferred());
    }
}
