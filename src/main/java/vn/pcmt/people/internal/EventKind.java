package vn.pcmt.people.internal;

/** Kinds of dated events in a person's record. */
public enum EventKind {
    DRUG_TEST,
    CHECK_IN,
    HOME_VISIT,
    SERVICE
}
