package vn.pcmt.people.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person as the officer enters it. Either {@code dateOfBirth} or {@code birthYear}. The residence is the
 * commune (its code today), village and address where the person lives now; {@code residenceFrom} is since when.
 * {@code confirmDuplicate} is set when the officer has seen the possible duplicates and creates anyway.
 */
public record PersonForm(
        @NotBlank(message = "{person.fullName.required}") @Size(max = 150, message = "{person.fullName.size}")
                String fullName,
        @Size(max = 300, message = "{person.aliases.size}") String aliases,
        @PastOrPresent(message = "{person.dateOfBirth.future}") LocalDate dateOfBirth,
        @Min(value = 1900, message = "{person.birthYear.range}")
                @Max(value = 2100, message = "{person.birthYear.range}")
                Integer birthYear,
        @NotNull(message = "{person.sex.required}") Sex sex,
        @Pattern(regexp = "|\\d{12}", message = "{person.idNumber.format}") String idNumber,
        @Pattern(regexp = "|\\d{9}", message = "{person.oldIdNumber.format}") String oldIdNumber,
        @Size(max = 60) String ethnicity,
        @Size(max = 120) String occupation,
        @Pattern(regexp = "|\\d{5}", message = "{person.commune.format}") String permanentCommuneCode,
        Long permanentVillageId,
        @Size(max = 250) String permanentAddress,
        @NotBlank(message = "{person.residence.required}")
                @Pattern(regexp = "\\d{5}", message = "{person.commune.format}")
                String residenceCommuneCode,
        Long residenceVillageId,
        @Size(max = 250) String residenceAddress,
        LocalDate residenceFrom,
        @Size(max = 250) String familyContact,
        @Size(max = 100) String officer,
        Boolean confirmDuplicate,
        Long version) {

    /** The year of birth: from the date when there is one. */
    public int effectiveBirthYear() {
        return dateOfBirth != null ? dateOfBirth.getYear() : birthYear == null ? 0 : birthYear;
    }

    /** The officer has seen the possible duplicates and creates anyway. */
    public boolean duplicateConfirmed() {
        return Boolean.TRUE.equals(confirmDuplicate);
    }

    public boolean hasBirth() {
        return dateOfBirth != null || birthYear != null;
    }

    public static PersonForm empty(String communeCode) {
        return new PersonForm(
                "",
                "",
                null,
                null,
                null,
                "",
                "",
                "Kinh",
                "",
                "",
                null,
                "",
                communeCode,
                null,
                "",
                null,
                "",
                "",
                false,
                null);
    }
}
