package vn.pcmt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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
import vn.pcmt.platform.ClockConfiguration;

/**
 * One clock (ADR 018): in the main code "now" comes only from the injected {@link Clock}, so a test can set the date
 * it means and the suite gives the same result on 31/12 as on any other day.
 */
class ClockRuleTests {

    /** No class but the clock configuration reads the system's time. */
    static final ArchRule NO_TIME_BUT_THE_CLOCK = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
            .should()
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
            .callConstructor(Date.class)
            .because("\"now\" comes from the injected java.time.Clock (ADR 018): pass it to now(clock)");

    @Test
    void the_main_code_takes_now_only_from_the_injected_clock() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.pcmt");
        assertThat(main.contain(ClockConfiguration.class)).isTrue();
        NO_TIME_BUT_THE_CLOCK.check(main);
    }

    @Test
    void the_rule_finds_a_no_argument_now() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class, Obedient.class);
        assertThatThrownBy(() -> NO_TIME_BUT_THE_CLOCK.check(offender))
                .hasMessageContaining("Offender")
                .hasMessageContaining("LocalDate.now()")
                .hasMessageNotContaining("Obedient");
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
