package vn.pcmt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The period of a register list: its defaults, and a reversed period recovered on a page, refused by the API. */
class ListPeriodTests {

    private static final Clock ON_6_DECEMBER_2026 = Clock.fixed(
            LocalDate.of(2026, 12, 6)
                    .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void without_dates_it_is_this_year_to_today() {
        ListPeriod period = ListPeriod.strict(null, null, ON_6_DECEMBER_2026);
        assertThat(period).isEqualTo(new ListPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 6)));
        assertThat(ListPeriod.lenient(null, null, ON_6_DECEMBER_2026)).isEqualTo(period);
    }

    @Test
    void without_a_start_it_starts_on_1_january_of_the_end_s_year() {
        assertThat(ListPeriod.strict(null, LocalDate.of(2024, 6, 30), ON_6_DECEMBER_2026))
                .isEqualTo(new ListPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
    }

    @Test
    void without_an_end_it_ends_today() {
        assertThat(ListPeriod.strict(LocalDate.of(2025, 7, 1), null, ON_6_DECEMBER_2026)
                        .to())
                .isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void a_page_recovers_a_start_after_the_end() {
        assertThat(ListPeriod.lenient(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 3, 31), ON_6_DECEMBER_2026))
                .isEqualTo(new ListPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void the_api_refuses_a_start_after_the_end_on_the_start_field() {
        assertThatThrownBy(() ->
                        ListPeriod.strict(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 3, 31), ON_6_DECEMBER_2026))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("period.invalid");
                    assertThat(e.details()).containsEntry("field", "from");
                    assertThat(e.arguments()).containsExactly("01/09/2026", "31/03/2026");
                });
    }

    @Test
    void a_single_day_is_a_period() {
        LocalDate day = LocalDate.of(2025, 7, 1);
        assertThat(ListPeriod.strict(day, day, ON_6_DECEMBER_2026)).isEqualTo(new ListPeriod(day, day));
    }
}
