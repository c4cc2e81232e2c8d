package vn.pcmt.plans;

/**
 * Where a target applies: to the unit the progress is asked for (the province, or a commune looking at itself), to
 * each commune beneath it, or to each former district (the units of before 1/7/2025, as Kon Tum's plan of 2024).
 */
public enum TargetLevel {
    UNIT,
    EACH_COMMUNE,
    EACH_FORMER_DISTRICT
}
