package vn.pcmt.people.web;

import java.time.LocalDate;
import java.util.Set;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonStatus;

/** A person as the API shows it; the identification number masked for roles that do not need it. */
record PersonDto(
        long id,
        String fullName,
        String aliases,
        LocalDate dateOfBirth,
        int birthYear,
        String sex,
        String idNumber,
        String oldIdNumber,
        String ethnicity,
        String occupation,
        long unitId,
        String officer,
        Set<PersonStatus> statuses,
        long version) {

    static PersonDto of(Person p, String idNumber, Set<PersonStatus> statuses) {
        return new PersonDto(
                p.getId(),
                p.getFullName(),
                p.getAliases(),
                p.getBirthDate(),
                p.getBirthYear(),
                p.getSex().name(),
                idNumber,
                p.getOldIdNumber(),
                p.getEthnicity(),
                p.getOccupation(),
                p.getUnitId(),
                p.getOfficer(),
                statuses,
                p.getVersion());
    }
}
