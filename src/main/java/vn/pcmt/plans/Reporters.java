package vn.pcmt.plans;

/**
 * Who sends a kind of report under a regime: each commune, each district (before 1/7/2025, when districts were
 * abolished), each department or other agency of the province with a task in the plan, or the province. The
 * reporters of a report are those in force during its period. Facilities (rehabilitation centres…) are named so that
 * a regime can say so once their register exists; until then a regime with them is refused.
 */
public enum Reporters {
    COMMUNES,
    DISTRICTS,
    DEPARTMENTS,
    PROVINCE,
    FACILITIES;

    /** Whether PCMT knows who these reporters are (facilities have no register yet). */
    public boolean supported() {
        return this != FACILITIES;
    }
}
