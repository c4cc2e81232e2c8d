package vn.pcmt.legalaid.internal;

import java.time.LocalDate;

/** A request in a list: the person's name only for those who may read the request. */
public record LegalAidRow(
        long id,
        String communeName,
        LocalDate requestedOn,
        Long personId,
        String personName,
        String subject,
        Boolean eligible,
        LocalDate servedOn,
        String provider) {}
