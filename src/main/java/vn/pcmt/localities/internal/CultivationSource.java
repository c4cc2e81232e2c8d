package vn.pcmt.localities.internal;

/**
 * Where a commune's cultivation figures of a year come from in the Decision 28/2025 classification: the cultivation
 * register for the years the commune keeps it (its register start, ADR 030), else the figures entered for the
 * commune and year; none when neither holds any.
 */
public enum CultivationSource {
    /** Plots destroyed in the year, from the cultivation register. */
    REGISTER,
    /** The per-commune yearly entry (years before the register was kept). */
    ENTERED,
    /** Neither: no figure. */
    NONE
}
