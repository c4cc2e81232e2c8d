package vn.pcmt.facilities;

import java.time.LocalDate;

/**
 * A facility as other modules know it (ADR 043): its kind by name, where it lies, when it is open and, for a rehab
 * facility, its capacity (null where the register does not know it).
 */
public record FacilityRef(
        long id,
        String kind,
        String name,
        long communeId,
        boolean publicOwned,
        LocalDate validFrom,
        LocalDate validTo,
        Integer voluntaryAdults,
        Integer voluntaryMinors,
        Integer compulsoryAdults,
        Integer compulsoryMinors) {

    public boolean openOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** A public or private rehab facility. */
    public boolean rehab() {
        return "PUBLIC_REHAB".equals(kind) || "PRIVATE_REHAB".equals(kind);
    }

    /** A commune health station or another facility that may determine addiction. */
    public boolean determines() {
        return "HEALTH_STATION".equals(kind) || "OTHER_DETERMINING".equals(kind);
    }
}
