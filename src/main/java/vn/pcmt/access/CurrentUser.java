package vn.pcmt.access;

import vn.pcmt.geo.Jurisdiction;

/** Who is making the request: what other modules may know of the signed-in user. */
public record CurrentUser(long id, String username, String fullName, Role role, Long unitId, Long agencyId) {

    public Jurisdiction jurisdiction() {
        return unitId == null ? Jurisdiction.national() : Jurisdiction.of(unitId);
    }

    public boolean can(Permission permission) {
        return role.permissions().contains(permission);
    }
}
