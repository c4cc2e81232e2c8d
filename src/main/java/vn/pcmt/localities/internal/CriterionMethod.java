package vn.pcmt.localities.internal;

/** How a drug-free criterion is judged: from the registers, or from what the commune enters with evidence. */
public enum CriterionMethod {
    /** No hotspot (point, cluster, retail seller, place of use) active on the date. */
    AUTO_NO_ACTIVE_HOTSPOT(true),
    /** Every addict is under a measure, and everyone who completed rehab in the year is under post-rehab management. */
    AUTO_ADDICTS_AND_AFTERCARE(true),
    /** Everyone with a positive test in the year is under a measure. */
    AUTO_USERS_MANAGED(true),
    /** A metric of the catalogue (or its share of another) compared with a threshold, on the date. */
    AUTO_METRIC(true),
    /** An entered count that must be zero. */
    MANUAL_ZERO(false),
    /** An entered part of a whole that must be all of it (100%). */
    MANUAL_ALL(false),
    /** An entered count that must reach the criterion's threshold. */
    MANUAL_AT_LEAST(false);

    private final boolean automatic;

    CriterionMethod(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean isAutomatic() {
        return automatic;
    }
}
