package vn.pcmt.geo;

/**
 * Where a user may see and change data: a unit version and everything it covers (what lies beneath it and
 * what it succeeded). {@link #national()} covers everything. A facility's jurisdiction ({@link #ofFacility}, ADR
 * 043) covers no unit at all: only the people placed at the facility, which the people module adds; its
 * {@code unitId} is the commune the facility lies in, used only to know the province its staff work in.
 */
public record Jurisdiction(Long unitId, Long facilityId) {

    private static final Jurisdiction NATIONAL = new Jurisdiction(null, null);

    public Jurisdiction(Long unitId) {
        this(unitId, null);
    }

    public static Jurisdiction national() {
        return NATIONAL;
    }

    public static Jurisdiction of(long unitId) {
        return new Jurisdiction(unitId, null);
    }

    /** A facility's staff: the facility (0 when the account names none: then nobody) in the commune it lies in. */
    public static Jurisdiction ofFacility(long facilityId, Long communeId) {
        return new Jurisdiction(communeId, facilityId);
    }

    public boolean isNational() {
        return unitId == null && facilityId == null;
    }

    /** Whether this is a facility's jurisdiction, which covers no unit. */
    public boolean isFacility() {
        return facilityId != null;
    }

    /** Whether this is the jurisdiction of that facility's staff. */
    public boolean isFacility(long id) {
        return facilityId != null && facilityId == id;
    }
}
