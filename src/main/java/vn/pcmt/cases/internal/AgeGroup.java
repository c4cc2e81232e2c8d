package vn.pcmt.cases.internal;

import java.time.LocalDate;

/**
 * A suspect's age group when the case was detected, as the police statistics count it: from the year of birth and
 * the year the case was detected (the age reached during that year), so it is computed whenever the year of birth is
 * known and entered only when it is not.
 */
public enum AgeGroup {
    UNDER_18,
    FROM_18_TO_30,
    OVER_30;

    /** The group of someone born in {@code birthYear} in the year of {@code detectedOn}. */
    public static AgeGroup of(int birthYear, LocalDate detectedOn) {
        int age = detectedOn.getYear() - birthYear;
        if (age < 18) {
            return UNDER_18;
        }
        return age <= 30 ? FROM_18_TO_30 : OVER_30;
    }
}
