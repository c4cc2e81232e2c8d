package vn.pcmt.localities;

/** Where a commune stands in a drug-free programme. */
public enum DrugFreeStatus {
    REGISTERED,
    SELF_ASSESSED,
    SUBMITTED,
    /** The appraisal found criteria not met: the commune works on them and assesses itself again. */
    RETURNED,
    APPRAISED,
    RECOGNISED,
    REVOKED
}
