package vn.pcmt.people.internal;

import java.time.LocalDate;
import vn.pcmt.text.VietnameseText;

/**
 * What to look for: name or alias (with or without diacritics) or an identification number, year of birth, the
 * managing commune (code), the officer, and a status on a date (today when null).
 */
public record PersonSearch(
        String text, Integer birthYear, String communeCode, String officer, PersonStatus status, LocalDate date) {

    public PersonSearch {
        text = VietnameseText.clean(text);
        communeCode = VietnameseText.clean(communeCode);
        officer = VietnameseText.clean(officer);
    }

    /** This search, on {@code today} when it names no date. */
    public PersonSearch onOr(LocalDate today) {
        return date != null ? this : new PersonSearch(text, birthYear, communeCode, officer, status, today);
    }

    public static PersonSearch all() {
        return new PersonSearch(null, null, null, null, null, null);
    }
}
