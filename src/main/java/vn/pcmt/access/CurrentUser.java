package vn.pcmt.access;

import vn.pcmt.geo.Jurisdiction;

/**
 * Who is making the request: what other modules may know of the signed-in user. {@code facilityId}: the facility
 * they work at (ADR 043): the jurisdiction of a rehab facility's staff, the station of a health worker.
 */
public record CurrentUser(
        long id, String username, String fullName, Role role, Long unitId, Long agencyId, Long facilityId)
        implements java.io.Serializable {

    public CurrentUser(long id, String username, String fullName, Role role, Long unitId, Long agencyId) {
        this(id, username, fullName, role, unitId, agencyId, null);
    }

    public Jurisdiction jurisdiction() {
        if (role.facilityScoped()) {
            return Jurisdiction.ofFacility(facilityId == null ? 0L : facilityId, unitId);
        }
        return unitId == null ? Jurisdiction.national() : Jurisdiction.of(unitId);
    }

    public boolean can(Permission permission) {
        return role.permissions().contains(permission);
    }
}
