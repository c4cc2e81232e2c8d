package vn.pcmt.localities;

import java.time.Instant;

/** An open alert: a recognised commune no longer meets an automatic criterion. */
public record DrugFreeAlert(
        long id,
        long entryId,
        String communeCode,
        String communeName,
        String programmeName,
        String criterionCode,
        int criterionOrdinal,
        String detail,
        Instant raisedAt) {}
