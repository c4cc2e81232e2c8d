package vn.pcmt.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A case on the map: its point (or none), day, commune, summary, stage, articles and what was seized (ADR 045). */
public record CasePoint(
        long id,
        LocalDate detectedOn,
        BigDecimal latitude,
        BigDecimal longitude,
        String communeName,
        String summary,
        CaseStage stage,
        List<String> articles,
        List<Seized> seizures) {

    /** A seizure of the case: a substance with its quantity and unit, or other items. */
    public record Seized(String substance, BigDecimal quantity, SeizureUnit unit, String otherItems) {}

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
