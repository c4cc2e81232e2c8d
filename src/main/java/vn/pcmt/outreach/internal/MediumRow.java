package vn.pcmt.outreach.internal;

import java.time.LocalDate;

/** A medium in a list. */
public record MediumRow(
        long id,
        String provinceName,
        String name,
        MediumKind kind,
        boolean major,
        LocalDate columnSince,
        LocalDate columnUntil) {}
