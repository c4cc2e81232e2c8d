package vn.pcmt.cases.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A suspect: a person of the register ({@code personId}) when known there, else identity fields (name, sex, year of
 * birth, identification number checked as the register checks it); {@code caseVersion} is the case's version read.
 * The age group is computed from the year of birth when it is known ({@link AgeGroup#of}); it is entered only when it
 * is not (a person of the register, or a suspect whose year of birth is unknown), and refused when it contradicts it.
 */
public record SuspectForm(
        Long personId,
        @Size(max = 200) String fullName,
        Boolean female,
        @Min(1900) @Max(2100) Integer birthYear,
        @Pattern(regexp = "|\\d{12}", message = "{person.idNumber.format}") String idNumber,
        @NotNull SuspectRole role,
        AgeGroup ageGroup,
        Boolean priorRecord,
        Boolean drugUser,
        Long caseVersion) {}
