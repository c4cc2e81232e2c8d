package vn.pcmt.legal;

/** Units of a rule's amount. Working days are Monday to Friday (public holidays are not yet data). */
public enum DurationUnit {
    DAYS,
    WORKING_DAYS,
    MONTHS,
    YEARS,
    COUNT,
    PER_100000
}
