package vn.pcmt.people.internal;

public enum DeterminationResult {
    ADDICTED,
    NOT_ADDICTED
}
