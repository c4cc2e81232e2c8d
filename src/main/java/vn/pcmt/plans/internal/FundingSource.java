package vn.pcmt.plans.internal;

/** Where the money of a budget line comes from: the central budget, the provincial or commune budget, or other lawful sources. */
public enum FundingSource {
    CENTRAL,
    LOCAL,
    OTHER
}
