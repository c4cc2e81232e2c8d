package vn.pcmt.localities.internal;

/**
 * Where a commune's drug arrests of a year come from in the Decision 28/2025 classification: the case register (the
 * suspects of the cases detected in the commune in the year) for the years the commune keeps it (its register start,
 * ADR 030), else the figure entered for the commune and year; none when neither holds one.
 */
public enum ArrestSource {
    /** Suspects of the drug crime cases detected in the commune in the year, from the case register. */
    REGISTER,
    /** The per-commune yearly entry (years before the case register was kept). */
    ENTERED,
    /** Neither: no figure. */
    NONE
}
