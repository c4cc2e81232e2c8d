package vn.pcmt.plans.internal;

/**
 * Where a target applies: to the unit the progress is asked for (the province, or a commune looking at itself), to
 * each commune beneath it, or to each former district (the units of before 1/7/2025, as Kon Tum's plan of 2024); or to
 * a group of units of the province (the target's {@code groupId}): the group as one unit, its units' figures summed
 * (a share of the border communes recognised drug-free), or each unit of the group (ADR 024).
 */
public enum TargetLevel {
    UNIT,
    EACH_COMMUNE,
    EACH_FORMER_DISTRICT,
    GROUP,
    EACH_IN_GROUP;

    /** Whether the target names a group of units. */
    public boolean onGroup() {
        return this == GROUP || this == EACH_IN_GROUP;
    }
}
