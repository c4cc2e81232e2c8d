package vn.pcmt.people.internal;

/** Forms of rehab; each has its legal bounds of duration. */
public enum RehabForm {
    VOLUNTARY_HOME,
    VOLUNTARY_COMMUNITY,
    VOLUNTARY_FACILITY,
    COMPULSORY_ADULT,
    COMPULSORY_MINOR,
    COMMUNE_EDUCATION;

    public boolean compulsory() {
        return this == COMPULSORY_ADULT || this == COMPULSORY_MINOR;
    }

    public boolean voluntary() {
        return this == VOLUNTARY_HOME || this == VOLUNTARY_COMMUNITY || this == VOLUNTARY_FACILITY;
    }
}
