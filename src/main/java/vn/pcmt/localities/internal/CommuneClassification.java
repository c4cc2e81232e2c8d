package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A commune's numbers for a year and what they make of it under Decision 28/2025: for each type, the criteria
 * met; the proposed type is the highest whose required count is reached (null: not a key locality). The arrests and
 * the cultivation say whether they come from their register or from the yearly entry.
 */
public record CommuneClassification(
        long unitId,
        String code,
        String name,
        Integer population,
        long peopleWithRecord,
        BigDecimal recordSharePercent,
        long placesOfUse,
        Integer drugArrests,
        BigDecimal arrestSharePercent,
        Integer plantsDestroyed,
        BigDecimal cultivationAreaM2,
        boolean onTraffickingRoute,
        Map<String, List<ClassificationCriterion>> metByType,
        String proposedType,
        boolean alreadySelected,
        CultivationSource cultivationSource,
        ArrestSource arrestSource) {

    public boolean missingFigures() {
        return population == null || drugArrests == null;
    }
}
