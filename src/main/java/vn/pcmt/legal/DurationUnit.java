package vn.pcmt.legal;

/**
 * Units of a rule's amount. Working days are Monday to Friday (public holidays are not yet data). Hours count on
 * dates: 24 hours from a day end with the next day (records know the day, not the hour).
 */
public enum DurationUnit {
    HOURS,
    DAYS,
    WORKING_DAYS,
    MONTHS,
    YEARS,
    COUNT,
    PER_100000
}
