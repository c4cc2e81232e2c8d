package vn.pcmt.people.internal;

import java.util.Optional;
import java.util.Set;

/**
 * The 12-digit personal identification number {@code PPP G YY NNNNNN}: province of birth registration (one of
 * the 63 codes before 2025), century-and-sex digit, last two digits of the year of birth, six random digits. No
 * check digit. Circular 59/2021/TT-BCA.
 */
public final class IdNumber {

    private IdNumber() {}

    /**
     * The message key of the first part that disagrees, or empty when the number is well formed and agrees with
     * the sex and year of birth.
     */
    public static Optional<String> problem(String number, Sex sex, int birthYear, Set<String> provinceCodes) {
        if (number == null || !number.matches("\\d{12}")) {
            return Optional.of("person.idNumber.format");
        }
        String province = number.substring(1, 3);
        if (number.charAt(0) != '0' || !provinceCodes.contains(province)) {
            return Optional.of("person.idNumber.province");
        }
        int centurySex = number.charAt(3) - '0';
        int century =
                switch (centurySex / 2) {
                    case 0 -> 1900;
                    case 1 -> 2000;
                    case 2 -> 2100;
                    case 3 -> 2200;
                    case 4 -> 1800;
                    default -> -1;
                };
        Sex encodedSex = centurySex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        if (encodedSex != sex) {
            return Optional.of("person.idNumber.sex");
        }
        if (century != birthYear / 100 * 100) {
            return Optional.of("person.idNumber.century");
        }
        if (Integer.parseInt(number.substring(4, 6)) != birthYear % 100) {
            return Optional.of("person.idNumber.year");
        }
        return Optional.empty();
    }

    /** Shown in lists to roles that do not need the number: the last three digits only. */
    public static String mask(String number) {
        if (number == null || number.length() < 4) {
            return number;
        }
        return "*".repeat(number.length() - 3) + number.substring(number.length() - 3);
    }
}
