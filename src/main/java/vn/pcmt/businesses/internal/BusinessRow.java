package vn.pcmt.businesses.internal;

import java.time.LocalDate;

/** A business in a list, with its last inspection. */
public record BusinessRow(
        long id,
        String communeCode,
        String communeName,
        BusinessKind kind,
        String name,
        String address,
        String ownerName,
        String licenceNumber,
        LicenceStatus licenceStatus,
        LocalDate lastInspectedOn) {}
