package vn.pcmt.facilities.internal;

/** What a facility is qualified for: determining addiction (HY6), receiving and counselling (HY7). */
public enum QualificationKind {
    DETERMINE_ADDICTION,
    RECEPTION_COUNSELLING
}
