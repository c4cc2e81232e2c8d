package vn.pcmt.facilities.internal;

/**
 * The legal conditions a public rehab facility must meet (table {@code facility_criterion}, same codes): a facility
 * meets the law on a day when every criterion's latest assessment on or before it is met.
 */
public enum Criterion {
    PREMISES,
    STAFF,
    MEDICAL_EQUIPMENT,
    PROGRAMME,
    SECURITY
}
