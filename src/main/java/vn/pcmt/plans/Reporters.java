package vn.pcmt.plans;

/**
 * Who sends a kind of report under a regime: each commune, each district (before 1/7/2025, when districts were
 * abolished), each department or other agency of the province with a task in the plan, or the province. The
 * reporters of a report are those in force during its period. Facilities: the rehab facilities of the province open
 * on the last day of the report's period, whose staff write their report (ADR 043).
 */
public enum Reporters {
    COMMUNES,
    DISTRICTS,
    DEPARTMENTS,
    PROVINCE,
    FACILITIES;

    /** Whether PCMT knows who these reporters are: all of them since the facility register (ADR 043). */
    public boolean supported() {
        return true;
    }
}
