package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.people.internal.IdNumber;
import vn.pcmt.people.internal.Sex;

/** The identification number PPP G YY NNNNNN against the recorded sex and year of birth (Circular 59/2021). */
class IdNumberTests {

    private static final Set<String> PROVINCES = Set.of("01", "33", "34", "79", "96");

    @ParameterizedTest(name = "{0} for a {1} born {2} is well formed")
    @CsvSource({
        "033090001234, MALE, 1990",
        "034185123456, FEMALE, 1985",
        "001200000001, MALE, 2000",
        "079307654321, FEMALE, 2007",
        "096099999999, MALE, 1999"
    })
    void good_numbers_pass(String number, Sex sex, int year) {
        assertThat(IdNumber.problem(number, sex, year, PROVINCES)).isEmpty();
    }

    @ParameterizedTest(name = "{0} for a {1} born {2}: {3}")
    @CsvSource({
        "03309000123, MALE, 1990, person.idNumber.format",
        "0330900012345, MALE, 1990, person.idNumber.format",
        "03309000123A, MALE, 1990, person.idNumber.format",
        "002090001234, MALE, 1990, person.idNumber.province",
        "133090001234, MALE, 1990, person.idNumber.province",
        "099090001234, MALE, 1990, person.idNumber.province",
        "033190001234, MALE, 1990, person.idNumber.sex",
        "033090001234, FEMALE, 1990, person.idNumber.sex",
        "033290001234, MALE, 1990, person.idNumber.century",
        "033000001234, MALE, 2000, person.idNumber.century",
        "033091001234, MALE, 1990, person.idNumber.year",
        "033201001234, MALE, 2002, person.idNumber.year"
    })
    void each_disagreeing_part_is_named(String number, Sex sex, int year, String problem) {
        assertThat(IdNumber.problem(number, sex, year, PROVINCES)).contains(problem);
    }

    @ParameterizedTest
    @CsvSource({"033090001234, *********234", "12, 12"})
    void masking_keeps_the_last_three_digits(String number, String masked) {
        assertThat(IdNumber.mask(number)).isEqualTo(masked);
    }
}
