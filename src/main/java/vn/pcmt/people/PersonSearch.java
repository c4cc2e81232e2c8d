package vn.pcmt.people;

import java.time.LocalDate;

/**
 * What to look for: name or alias (with or without diacritics) or an identification number, year of birth, the
 * managing commune (code), the officer, and a status on a date.
 */
public record PersonSearch(
        String text, Integer birthYear, String communeCode, String officer, PersonStatus status, LocalDate date) {

    public PersonSearch {
        text = blankToNull(text);
        communeCode = blankToNull(communeCode);
        officer = blankToNull(officer);
        date = date == null ? LocalDate.now() : date;
    }

    public static PersonSearch all() {
        return new PersonSearch(null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
