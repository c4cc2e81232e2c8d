package vn.pcmt.localities;

import java.time.LocalDate;
import java.util.List;

/**
 * A versioned set of drug-free criteria. A commune is assessed against the set of its programme; a new set never
 * rewrites an assessment made under an old one. {@code confirmed} is false for a template whose legal text has not
 * been checked.
 */
public record CriteriaSet(
        long id,
        String code,
        String name,
        LocalDate validFrom,
        String source,
        boolean confirmed,
        List<DrugFreeCriterion> criteria) {}
