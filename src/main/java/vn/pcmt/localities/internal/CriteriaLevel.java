package vn.pcmt.localities.internal;

/** What a criteria set assesses: a commune (a drug-free commune), or the province as a whole (a drug-free province). */
public enum CriteriaLevel {
    COMMUNE,
    PROVINCE
}
