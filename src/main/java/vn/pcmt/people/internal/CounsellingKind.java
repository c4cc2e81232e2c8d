package vn.pcmt.people.internal;

/** How a counselling session was held (ADR 053). */
public enum CounsellingKind {
    INDIVIDUAL,
    GROUP,
    /** With the person's family. */
    FAMILY
}
