package vn.pcmt.facilities.internal;

/** The kinds of facility (the column's check lists the same values). */
public enum FacilityKind {
    PUBLIC_REHAB,
    PRIVATE_REHAB,
    HEALTH_STATION,
    OTHER_DETERMINING,
    RECEPTION_POINT,
    SUBSTITUTION_CLINIC,
    DISPENSING_POINT;

    /** Rehab facilities have capacity by voluntary/compulsory and adult/minor. */
    public boolean isRehab() {
        return this == PUBLIC_REHAB || this == PRIVATE_REHAB;
    }
}
