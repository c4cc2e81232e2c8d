package vn.pcmt.localities;

/** Who assessed a commune, and why. */
public enum AssessmentKind {
    SELF,
    APPRAISAL,
    REVIEW
}
