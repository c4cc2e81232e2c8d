package vn.pcmt.facilities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the substitution register asks the facility register (ADR 044): the substitution clinics and their dispensing
 * points, in force on a date. Facilities are no personal data: the answers are not limited to the caller's
 * jurisdiction.
 */
public interface Clinics {

    /** A clinic or a dispensing point; {@code clinicId} is the clinic of a dispensing point. */
    record Clinic(long id, String name, long communeId, Long clinicId) {}

    /** A live facility of kind SUBSTITUTION_CLINIC open on the date. */
    Optional<Clinic> clinic(long id, LocalDate on);

    /** A live dispensing point of the clinic, open on the date. */
    Optional<Clinic> dispensingPoint(long id, long clinicId, LocalDate on);

    /** A clinic or a dispensing point whatever its dates (to name it). */
    Optional<Clinic> find(long id);

    /** The clinics open on the date in the unit (what it covers), by name. */
    List<Clinic> clinicsIn(long unitId, LocalDate on);

    /** The clinic's dispensing points open on the date, by name. */
    List<Clinic> dispensingPoints(long clinicId, LocalDate on);
}
