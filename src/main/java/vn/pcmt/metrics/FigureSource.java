package vn.pcmt.metrics;

import java.util.Collection;

/**
 * Where a figure comes from: counted from a register's records, typed in by hand (a {@code manual.*} metric), or
 * both (a share of a register figure over a manual one, or a register figure with manual figures standing in for the
 * periods before the register's start). Shown with every target's progress (issue 17).
 */
public enum FigureSource {
    /** Counted from the records of a register (or the unit tree, e.g. the number of communes). */
    REGISTER,
    /** Entered by hand as a manual figure ({@code manual.*}). */
    MANUAL,
    /** Partly counted from a register, partly entered by hand. */
    MIXED;

    /** The source of a figure made of the given parts: the one they share, else MIXED; null for no part. */
    public static FigureSource of(Collection<FigureSource> parts) {
        FigureSource result = null;
        for (FigureSource part : parts) {
            if (part == null) {
                continue;
            }
            result = result == null || result == part ? part : MIXED;
        }
        return result;
    }
}
