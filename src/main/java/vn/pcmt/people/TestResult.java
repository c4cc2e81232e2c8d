package vn.pcmt.people;

public enum TestResult {
    POSITIVE,
    NEGATIVE
}
