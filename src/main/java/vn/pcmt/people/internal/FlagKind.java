package vn.pcmt.people.internal;

/** Flags over a period. Psychosis after synthetic drugs ("ngáo đá") makes the person high risk. */
public enum FlagKind {
    WANTED,
    PSYCHOSIS,
    RELAPSE
}
