package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.Set;

/** A person in a list: the identification number is masked for roles that do not need it. */
public record PersonRow(
        long id,
        String fullName,
        String aliases,
        LocalDate birthDate,
        int birthYear,
        Sex sex,
        String idNumber,
        String communeName,
        String officer,
        Set<PersonStatus> statuses) {

    /** The same row with its identification number masked. */
    public PersonRow masked() {
        return new PersonRow(
                id,
                fullName,
                aliases,
                birthDate,
                birthYear,
                sex,
                IdNumber.mask(idNumber),
                communeName,
                officer,
                statuses);
    }

    /** The same row with these statuses. */
    public PersonRow withStatuses(Set<PersonStatus> statuses) {
        return new PersonRow(
                id, fullName, aliases, birthDate, birthYear, sex, idNumber, communeName, officer, statuses);
    }
}
