package vn.pcmt.plans;

/** Where the money of a budget line comes from: the central budget, the provincial or commune budget, or other lawful sources. */
public enum FundingSource {
    CENTRAL,
    LOCAL,
    OTHER
}
