package vn.pcmt.access;

/** The level of unit a role's jurisdiction may be. */
public enum JurisdictionLevel {
    NATIONAL,
    PROVINCE,
    COMMUNE
}
