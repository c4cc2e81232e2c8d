package vn.pcmt.facilities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules ask of the facility register (ADR 043). No jurisdiction check: the caller checks what it does
 * with the answer (a placement, a user's facility, a facility's report).
 */
public interface Facilities {

    /** A live (not deleted) facility. */
    Optional<FacilityRef> find(long id);

    /** The rehab facilities lying in the unit (a province, any version it covers), open on the day, by name. */
    List<FacilityRef> rehabIn(long unitId, LocalDate day);
}
