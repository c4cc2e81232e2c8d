package vn.pcmt.access;

/** The level of unit a role's jurisdiction may be. */
public enum JurisdictionLevel {
    NATIONAL,
    PROVINCE,
    COMMUNE,
    /** A facility (ADR 043): the people placed at it, no unit. */
    FACILITY
}
