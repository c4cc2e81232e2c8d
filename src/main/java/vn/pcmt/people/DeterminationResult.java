package vn.pcmt.people;

public enum DeterminationResult {
    ADDICTED,
    NOT_ADDICTED
}
