package vn.pcmt.people.internal;

/** What a counselling session was about (ADR 053; the column's check lists the same values). */
public enum CounsellingTopic {
    /** Drug use and addiction, voluntary rehab. */
    ADDICTION,
    /** Treatment: substitution, rehab, its course. */
    TREATMENT,
    RELAPSE_PREVENTION,
    /** HIV, hepatitis, overdose: harm reduction. */
    HARM_REDUCTION,
    MENTAL_HEALTH,
    FAMILY,
    LEGAL,
    OTHER
}
