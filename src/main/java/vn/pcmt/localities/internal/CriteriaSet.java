package vn.pcmt.localities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A revision of a set of drug-free criteria. A template ({@code provinceCode} null) ships with the application and is
 * read-only; a province's own set is created, copied or revised by the province. A revision is never changed: a
 * revised set is a new revision of the same code ({@code revisesId} the one before), so an assessment made under an
 * old revision keeps its criteria. {@code confirmed} is false while the legal text has not been checked.
 */
public record CriteriaSet(
        long id,
        String code,
        String name,
        LocalDate validFrom,
        String source,
        boolean confirmed,
        List<DrugFreeCriterion> criteria,
        String provinceCode,
        CriteriaLevel level,
        LocalDate validTo,
        int revision,
        Long revisesId,
        Long copiedFromId,
        String createdBy,
        Instant createdAt) {

    public boolean template() {
        return provinceCode == null;
    }
}
