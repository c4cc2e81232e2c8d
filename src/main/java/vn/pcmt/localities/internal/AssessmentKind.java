package vn.pcmt.localities.internal;

/** Who assessed a commune, and why. */
public enum AssessmentKind {
    SELF,
    APPRAISAL,
    REVIEW
}
