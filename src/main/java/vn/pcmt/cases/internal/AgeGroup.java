package vn.pcmt.cases.internal;

/** A suspect's age group when the case was detected, as the police statistics count it. */
public enum AgeGroup {
    UNDER_18,
    FROM_18_TO_30,
    OVER_30
}
