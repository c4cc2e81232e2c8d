package vn.pcmt.plans;

/** Who sends a kind of report under a regime: each commune, each department of the province, or the province. */
public enum Reporters {
    COMMUNES,
    DEPARTMENTS,
    PROVINCE
}
