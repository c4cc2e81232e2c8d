package vn.pcmt.facilities.internal;

import java.time.LocalDate;

/**
 * Who is placed at a rehab facility on a day, split as its capacity is (ADR 043): counted from the rehab episodes
 * that name the facility and are open that day, never typed. Compulsory adult/minor by the form of rehab; voluntary
 * by the person's age that day.
 */
public record Occupancy(
        LocalDate on, long voluntaryAdults, long voluntaryMinors, long compulsoryAdults, long compulsoryMinors) {

    public long total() {
        return voluntaryAdults + voluntaryMinors + compulsoryAdults + compulsoryMinors;
    }
}
