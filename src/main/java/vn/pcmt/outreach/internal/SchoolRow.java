package vn.pcmt.outreach.internal;

import java.time.LocalDate;

/** A school in a list. */
public record SchoolRow(
        long id,
        String communeCode,
        String communeName,
        String name,
        SchoolLevel level,
        LocalDate validFrom,
        LocalDate validTo) {}
