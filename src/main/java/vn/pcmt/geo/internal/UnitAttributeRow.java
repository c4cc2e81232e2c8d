package vn.pcmt.geo.internal;

import java.time.LocalDate;

/** An attribute of a unit with the unit's code and name, as lists show it. */
public record UnitAttributeRow(
        long id,
        String unitCode,
        String unitName,
        UnitAttributeKind attribute,
        LocalDate validFrom,
        LocalDate validTo,
        String note,
        long version) {}
