package vn.pcmt.localities.internal;

/** The five criteria of Decision 28/2025/QĐ-TTg. */
public enum ClassificationCriterion {
    /** People with a drug-use or addiction record as a share of the population. */
    RECORD_SHARE,
    /** Places organising or harbouring drug use. */
    PLACES_OF_USE,
    /** People arrested for drug offences as a share of the population. */
    ARREST_SHARE,
    /** Plants or area of illegal cultivation destroyed. */
    CULTIVATION,
    /** On a trafficking route and meeting criteria of type III. */
    ROUTE
}
