package vn.pcmt.people.internal;

public enum TestResult {
    POSITIVE,
    NEGATIVE
}
