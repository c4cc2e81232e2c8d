package vn.pcmt.people.internal;

/** Services a person received: counselling, medical or psychological care, and support to reintegrate. */
public enum ServiceKind {
    COUNSELLING,
    MEDICAL,
    PSYCHOLOGICAL,
    VOCATIONAL_TRAINING,
    JOB,
    LOAN,
    LEGAL_AID
}
