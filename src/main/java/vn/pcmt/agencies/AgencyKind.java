package vn.pcmt.agencies;

/** Kinds of bodies that provincial plans give tasks to. */
public enum AgencyKind {
    PEOPLES_COMMITTEE,
    POLICE,
    MILITARY,
    BORDER_GUARD,
    CUSTOMS,
    DEPARTMENT,
    COURT,
    PROCURACY,
    MASS_ORGANISATION,
    MEDIA,
    OTHER
}
