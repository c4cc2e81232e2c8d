package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.legal.DurationUnit;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.people.internal.Person;

/**
 * Records from before 2022 are judged by the earlier law (Law 23/2000 as amended by Law 16/2008, rows to be
 * confirmed); where no rule was in force the officer enters the end and the record says so; nothing fails with 500.
 * Law 120/2025/QH15 continues the 2022 values from 1/7/2026, to be confirmed.
 */
@PcmtTest
class RulesBefore2022Tests {

    @Autowired
    PeopleFixture fixture;

    @Autowired
    LegalRules law;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    Person person;

    @BeforeEach
    void officer() {
        fixture.signIn("xa1");
        person = fixture.person("11953", "Hồ Văn Xưa", LocalDate.of(1975, 6, 1));
        fixture.signOut();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void an_addiction_determination_of_2021_is_recorded_by_the_rule_then_in_force() throws Exception {
        open("""
                        {"kind":"ADDICTION_DETERMINATION","startDate":"2021-03-01","endDate":"2021-03-03",
                         "result":"ADDICTED","facility":"Trạm Y tế phường Hiến Nam","physician":"BS. Lê Văn Tâm"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedEndDate").value("2021-03-08"))
                .andExpect(jsonPath("$.plannedEndByHand").value(false));
    }

    @Test
    void management_and_compulsory_rehab_of_2021_are_recorded_by_the_rules_then_in_force() throws Exception {
        open("""
                        {"kind":"DRUG_USE_MANAGEMENT","startDate":"2021-03-01","decisionNumber":"07/QĐ-UBND",
                         "decisionDate":"2021-03-01","signer":"Chủ tịch UBND"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedEndDate").value("2022-02-28"));
        open("""
                        {"kind":"ADDICTION_DETERMINATION","startDate":"2021-04-01","endDate":"2021-04-02",
                         "result":"ADDICTED","facility":"Trạm Y tế"}""")
                .andExpect(status().isCreated());
        open("""
                        {"kind":"REHAB","form":"COMPULSORY_ADULT","startDate":"2021-04-10","plannedEndDate":"2023-04-10",
                         "decisionNumber":"02/QĐ-TA","decisionDate":"2021-04-09","facility":"Cơ sở cai nghiện"}""")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value("episode.rehab.plannedOutOfBounds"));
        open("""
                        {"kind":"REHAB","form":"COMPULSORY_ADULT","startDate":"2021-04-10","plannedEndDate":"2022-04-09",
                         "endDate":"2022-04-09","endReason":"COMPLETED",
                         "decisionNumber":"02/QĐ-TA","decisionDate":"2021-04-09","facility":"Cơ sở cai nghiện"}""")
                .andExpect(status().isCreated());
    }

    @Test
    void a_record_dated_when_no_rule_was_in_force_asks_for_its_end_in_words_and_never_fails() throws Exception {
        String management =
                """
                {"kind":"DRUG_USE_MANAGEMENT","startDate":"2008-05-01","decisionNumber":"11/QĐ-UBND",
                 "decisionDate":"2008-05-01","signer":"Chủ tịch UBND"%s}""";
        open(management.formatted(""))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail")
                        .value("Không có quy định pháp luật nào có hiệu lực vào ngày 01/05/2008 để tính thời hạn:"
                                + " vui lòng nhập ngày kết thúc (dự kiến hoặc thực tế) của biện pháp."));
        open(management.formatted(",\"plannedEndDate\":\"2009-04-30\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedEndDate").value("2009-04-30"))
                .andExpect(jsonPath("$.plannedEndByHand").value(true));
        mvc.perform(get("/people/" + person.getId()).with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có quy định pháp luật có hiệu lực vào ngày đó")));
    }

    @Test
    void a_determination_and_a_rehab_dated_when_no_rule_was_in_force_take_the_dates_entered() throws Exception {
        open("""
                        {"kind":"ADDICTION_DETERMINATION","startDate":"2007-03-01","endDate":"2007-03-03",
                         "result":"ADDICTED","facility":"Trạm Y tế"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedEndByHand").value(true));
        open("""
                        {"kind":"REHAB","form":"VOLUNTARY_HOME","startDate":"2007-04-01","facility":"Gia đình"}""")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value("episode.noRule.endRequired"));
        open("""
                        {"kind":"REHAB","form":"VOLUNTARY_HOME","startDate":"2007-04-01","plannedEndDate":"2007-12-31",
                         "facility":"Gia đình"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedEndByHand").value(true));
    }

    @Test
    void the_rules_before_2022_are_rows_to_be_confirmed_shown_so_to_the_administrator() throws Exception {
        LegalRule adultMax = law.on(LegalRuleCode.COMPULSORY_REHAB_ADULT_MAX, LocalDate.of(2021, 3, 1));
        assertThat(adultMax.getAmount()).isEqualTo(2);
        assertThat(adultMax.getUnit()).isEqualTo(DurationUnit.YEARS);
        assertThat(adultMax.isConfirmed()).isFalse();
        assertThat(adultMax.getSource()).contains("23/2000", "16/2008");
        assertThat(law.on(LegalRuleCode.POST_REHAB_MANAGEMENT_DURATION, LocalDate.of(2015, 1, 1))
                        .getEffectiveTo())
                .isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(law.find(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, LocalDate.of(2008, 12, 31)))
                .isEmpty();
        mvc.perform(get("/admin/legal-rules").with(accounts.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa xác nhận")))
                .andExpect(content().string(containsString("Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12")))
                .andExpect(content().string(containsString("Luật Phòng, chống ma túy 120/2025/QH15")));
    }

    @Test
    void law_120_continues_the_2022_values_from_1_7_2026_to_be_confirmed() {
        LegalRule before = law.on(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, LocalDate.of(2026, 6, 30));
        LegalRule after = law.on(LegalRuleCode.DRUG_USE_MANAGEMENT_DURATION, LocalDate.of(2026, 7, 1));
        assertThat(before.getSource()).contains("73/2021");
        assertThat(before.getEffectiveTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(after.getSource()).contains("120/2025");
        assertThat(after.isConfirmed()).isFalse();
        assertThat(after.getAmount()).isEqualTo(before.getAmount());
        assertThat(after.getUnit()).isEqualTo(before.getUnit());
        assertThat(law.on(LegalRuleCode.COMPULSORY_REHAB_ADULT_MAX, LocalDate.of(2026, 7, 1))
                        .getAmount())
                .isEqualTo(24);
        assertThat(law.find(LegalRuleCode.RESIDENCE_CHANGE_PRESENTATION_DEADLINE, LocalDate.of(2026, 6, 30)))
                .isEmpty();
        assertThat(law.on(LegalRuleCode.RESIDENCE_CHANGE_PRESENTATION_DEADLINE, LocalDate.of(2026, 7, 1))
                        .addTo(LocalDate.of(2026, 7, 10)))
                .isEqualTo(LocalDate.of(2026, 7, 11));
    }

    private ResultActions open(String json) throws Exception {
        return mvc.perform(post("/api/v1/people/" + person.getId() + "/episodes")
                .with(httpBasic("xa1", TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
