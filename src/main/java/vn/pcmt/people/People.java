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
}
