package vn.pcmt.geo;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.TestTokens;
import vn.pcmt.access.Role;

/**
 * The unit picker of every form (ADR 046): typed without diacritics, it offers units by name with their province,
 * only within the user's jurisdiction (and the units containing it), in force on the form's date.
 */
@PcmtTest
class UnitPickerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    TestTokens tokens;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 9, 15));
        accounts.ensureOutsiders();
    }

    @Test
    void pho_hien_typed_without_diacritics_offers_the_ward_by_name_with_its_province() throws Exception {
        mvc.perform(get("/units/picker").param("q", "pho hien").with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code", is("11953")))
                .andExpect(jsonPath("$[0].label", is("Phường Phố Hiến — Hưng Yên")))
                .andExpect(jsonPath("$[0].level", is("COMMUNE")));
        // the commune's own officer finds it too, and a code typed finds its unit
        mvc.perform(get("/units/picker").param("q", "PHỐ HIẾN").with(accounts.as("xa1")))
                .andExpect(jsonPath("$[0].code", is("11953")));
        mvc.perform(get("/units/picker").param("q", "11953").with(accounts.as("xa1")))
                .andExpect(jsonPath("$[0].code", is("11953")));
        // a province's name narrows the words to its units
        mvc.perform(get("/units/picker").param("q", "pho hien hung yen").with(accounts.as("tinh")))
                .andExpect(jsonPath("$[0].code", is("11953")));
    }

    @Test
    void an_outsider_province_s_units_are_not_offered() throws Exception {
        String hanoi = TestAccounts.outsider(Role.PROVINCIAL_OFFICE);
        mvc.perform(get("/units/picker").param("q", "pho hien").with(accounts.as(hanoi)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", not(hasItem("11953"))));
        mvc.perform(get("/units/picker").param("q", "phuong").with(accounts.as(hanoi)))
                .andExpect(jsonPath("$[*].label", everyItem(containsString("Hà Nội"))));
        // a commune's officer is offered their commune and the province containing it, not the other communes
        mvc.perform(get("/units/picker").param("q", "hung").with(accounts.as("xa1")))
                .andExpect(jsonPath("$[*].code", hasItem("33")))
                .andExpect(jsonPath("$[*].code", everyItem(anyOf(is("33"), is("11953")))));
        // a field that names a unit anywhere (a move to another province) lifts the limit
        mvc.perform(get("/units/picker")
                        .param("q", "pho hien")
                        .param("scope", "all")
                        .with(accounts.as(hanoi)))
                .andExpect(jsonPath("$[0].code", is("11953")));
    }

    @Test
    void the_units_of_a_past_date_are_offered_on_a_form_of_that_date() throws Exception {
        // Xã Mỹ Hà (13711, Huyện Mỹ Lộc, Nam Định) no longer exists: offered on 15/01/2021 (to a national user: Nam
        // Định lies outside Hưng Yên), with its district
        mvc.perform(get("/units/picker")
                        .param("q", "my ha")
                        .param("date", "15/01/2021")
                        .param("level", "commune")
                        .with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("13711")))
                .andExpect(jsonPath("$[?(@.code == '13711')].label", hasItem(startsWith("Xã Mỹ Hà — Huyện Mỹ Lộc"))));
        mvc.perform(get("/units/picker").param("q", "my ha").with(accounts.as("admin")))
                .andExpect(jsonPath("$[*].code", not(hasItem("13711"))));
        // the level asked for only
        mvc.perform(get("/units/picker")
                        .param("q", "hung yen")
                        .param("level", "province")
                        .with(accounts.as("tinh")))
                .andExpect(jsonPath("$[*].level", everyItem(is("PROVINCE"))));
    }

    @Test
    void the_api_answers_the_same_and_refuses_a_bad_date() throws Exception {
        mvc.perform(get("/api/v1/units/search")
                        .param("q", "pho hien")
                        .param("date", "2026-09-15")
                        .with(tokens.bearer("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code", is("11953")));
        mvc.perform(get("/api/v1/units/search")
                        .param("q", "pho hien")
                        .param("date", "hôm qua")
                        .with(tokens.bearer("tinh")))
                .andExpect(status().isBadRequest());
    }
}
