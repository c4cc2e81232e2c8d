package vn.pcmt.people;

public enum Sex {
    MALE,
    FEMALE
}
