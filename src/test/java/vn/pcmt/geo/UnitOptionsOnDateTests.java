package vn.pcmt.geo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;

/**
 * The unit search of the person and user forms finds the units in force on the form's date: Xã Mỹ Hà (13711, Huyện Mỹ
 * Lộc, Nam Định), which no longer exists, on 15/01/2021, and not today; a date that is not one searches today.
 */
@PcmtTest
class UnitOptionsOnDateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 9, 15));
    }

    @Test
    void the_search_finds_the_communes_of_the_form_s_date() throws Exception {
        mvc.perform(get("/units/options")
                        .param("q", "Mỹ Hà")
                        .param("residenceFrom", "15/01/2021")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13711")));
        mvc.perform(get("/units/options")
                        .param("q", "Mỹ Hà")
                        .param("date", "2021-01-15")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13711")));
        mvc.perform(get("/units/options").param("q", "Mỹ Hà").with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("13711"))));
        mvc.perform(get("/units/options")
                        .param("q", "Mỹ Hà")
                        .param("residenceFrom", "không phải ngày")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("13711"))));
    }
}
