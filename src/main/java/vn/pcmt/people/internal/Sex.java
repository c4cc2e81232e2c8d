package vn.pcmt.people.internal;

public enum Sex {
    MALE,
    FEMALE
}
