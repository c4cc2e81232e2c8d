package vn.pcmt.people;

/** Kinds of dated events in a person's record. */
public enum EventKind {
    DRUG_TEST,
    CHECK_IN,
    HOME_VISIT,
    SERVICE
}
