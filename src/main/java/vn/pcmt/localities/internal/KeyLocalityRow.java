package vn.pcmt.localities.internal;

import java.time.LocalDate;

/** A key locality in a list, with its state on the list's date. */
public record KeyLocalityRow(
        long id,
        String communeCode,
        String communeName,
        String villageName,
        String localityType,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate transformedOn,
        LocalDate complexAgainOn,
        KeyLocalityState state) {}
