package vn.pcmt.access;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The facilities a user may work at (ADR 043), as the facility register answers them: implemented by the facilities
 * module (which depends on this one, not the other way round).
 */
public interface Workplaces {

    /** A live facility. */
    Optional<Workplace> find(long facilityId);

    /** A live facility by its exact name (the demo accounts name theirs). */
    Optional<Workplace> named(String name);

    /**
     * A facility: where it lies, whether a rehab facility, one that determines addiction or a substitution clinic,
     * when it is open.
     */
    record Workplace(
            long id,
            String name,
            long communeId,
            boolean rehab,
            boolean determines,
            boolean clinic,
            LocalDate validFrom,
            LocalDate validTo) {

        public boolean openOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
        }
    }
}
