package vn.pcmt.cases.internal;

/** A suspect's part in the case. */
public enum SuspectRole {
    ORGANISER,
    PRINCIPAL,
    ACCOMPLICE,
    OTHER
}
