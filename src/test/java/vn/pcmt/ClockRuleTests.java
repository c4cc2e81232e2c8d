package vn.pcmt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import vn.pcmt.platform.internal.ClockConfiguration;

/**
 * One clock (ADR 018): in the main code "now" comes only from the injected {@link Clock}, so a test can set the date
 * it means and the suite gives the same result on 31/12 as on any other day.
 */
class ClockRuleTests {

    /** No class but the clock configuration reads the system's time. */
    static final ArchRule NO_TIME_BUT_THE_CLOCK = readsTheSystemTime(
                    noClasses().that().doNotHaveFullyQualifiedName(ClockConfiguration.class.getName()))
            .because("\"now\" comes from the injected java.time.Clock (ADR 018): pass it to now(clock)");

    /**
     * No test reads the system's time but the test clock itself, this class's examples and the benchmarks (which time
     * themselves): a test sets the day it means on the {@link TestClock} and derives its dates from it.
     */
    static final ArchRule NO_TIME_IN_TESTS_BUT_THE_TEST_CLOCK = noTimeInTestsBut(TestClock.class, ClockRuleTests.class);

    static ArchRule noTimeInTestsBut(Class<?>... allowed) {
        return readsTheSystemTime(noClasses()
                        .that()
                        .resideOutsideOfPackage("vn.pcmt.bench..")
                        .and()
                        .doNotBelongToAnyOf(allowed))
                .because("a test sets the day it means with TestClock.setToday(...) and derives its dates from it"
                        + " (ADR 018), so the suite gives the same result on any day");
    }

    private static ArchRule readsTheSystemTime(GivenClassesConjunction classes) {
        return classes.should()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(OffsetTime.class, "now")
                .orShould()
                .callMethod(Year.class, "now")
                .orShould()
                .callMethod(YearMonth.class, "now")
                .orShould()
                .callMethod(MonthDay.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callConstructor(Date.class);
    }

    @Test
    void the_main_code_takes_now_only_from_the_injected_clock() {
        JavaClasses main = MainClasses.get();
        assertThat(main.contain(ClockConfiguration.class)).isTrue();
        NO_TIME_BUT_THE_CLOCK.check(main);
    }

    @Test
    void the_tests_take_now_only_from_the_test_clock() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(new ImportOption.OnlyIncludeTests())
                .importPackages("vn.pcmt");
        assertThat(tests.contain(ClockRuleTests.class)).isTrue();
        assertThat(tests.contain(ClockConfiguration.class)).isFalse();
        NO_TIME_IN_TESTS_BUT_THE_TEST_CLOCK.check(tests);
    }

    @Test
    void the_rule_finds_a_no_argument_now() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class, Obedient.class);
        assertThatThrownBy(() -> NO_TIME_BUT_THE_CLOCK.check(offender))
                .hasMessageContaining("Offender")
                .hasMessageContaining("LocalDate.now()")
                .hasMessageNotContaining("Obedient");
        // in the tests, the test clock alone may read the system's time
        assertThatThrownBy(() -> noTimeInTestsBut(TestClock.class)
                        .check(new ClassFileImporter().importClasses(Offender.class, Obedient.class, TestClock.class)))
                .hasMessageContaining("Offender")
                .hasMessageContaining("LocalDate.now()")
                .hasMessageNotContaining("Obedient")
                .hasMessageNotContaining("TestClock.instant()");
    }

    /** Reads the system's date: what the rule forbids. */
    static class Offender {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    /** Reads the date from a clock: what the rule asks for. */
    static class Obedient {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }
}
