package vn.pcmt.people;

/**
 * What other modules may ask the person register about one person, without seeing its entity: today, whether a
 * person exists inside the caller's jurisdiction and their name (hotspots link suspects to people). Implemented by
 * the register's service.
 */
public interface People {

    /**
     * The full name of a live (not deleted, not merged) person inside the caller's jurisdiction, without logging a
     * view (the caller shows it only to roles that may read names, or uses it as a check).
     *
     * @throws java.util.NoSuchElementException when there is no such live person
     * @throws vn.pcmt.geo.OutsideJurisdictionException when the person is outside the caller's jurisdiction
     */
    String visibleName(long personId);

    /**
     * The message key of the first part of a 12-digit personal identification number that is malformed or disagrees
     * with the sex and year of birth (the register's own rules, Circular 59/2021/TT-BCA), or empty when it agrees:
     * for other registers that record identities of people not (yet) in the person register (case suspects).
     */
    java.util.Optional<String> idNumberProblem(String idNumber, boolean female, int birthYear);

    /**
     * The one live person with this 12-digit identification number and year of birth, whatever the caller's
     * jurisdiction: how a facility's staff name a person arriving with their papers (ADR 043, 053). A miss counts
     * towards the caller's duplicate probes, so the register cannot be enumerated.
     *
     * @throws vn.pcmt.platform.RuleViolationException on {@code field} when the papers are incomplete or match no one
     */
    long byPapers(String idNumber, Integer birthYear, String field);

    /** An identification number as lists show it to roles that do not need it: the last three digits only. */
    static String maskIdNumber(String idNumber) {
        return vn.pcmt.people.internal.IdNumber.mask(idNumber);
    }
}
