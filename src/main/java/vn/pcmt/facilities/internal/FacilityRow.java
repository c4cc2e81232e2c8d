package vn.pcmt.facilities.internal;

import java.time.LocalDate;

/** A facility in a list, with whether it is qualified (either kind) today. */
public record FacilityRow(
        long id,
        String name,
        FacilityKind kind,
        String communeName,
        boolean publicOwned,
        LocalDate validFrom,
        LocalDate validTo,
        boolean qualified) {}
