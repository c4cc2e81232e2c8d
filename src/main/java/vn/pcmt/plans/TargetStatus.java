package vn.pcmt.plans;

/**
 * Where a target stands: before it is judged, on track (the condition holds now) or at risk (it does not); once
 * judged (at the end of each year, or on its date), met or missed. No data: the value cannot be computed (a share
 * of zero, a manual figure not accepted, a register the unit did not keep yet or has never used); never met.
 */
public enum TargetStatus {
    MET,
    ON_TRACK,
    AT_RISK,
    MISSED,
    NO_DATA
}
