package vn.pcmt.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.legalaid.internal.AnswerForm;
import vn.pcmt.legalaid.internal.LegalAidForm;
import vn.pcmt.legalaid.internal.LegalAidRequest;
import vn.pcmt.legalaid.internal.LegalAidService;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;

/**
 * Legal aid as rules and HY9's figures (served ÷ eligible): no data where nobody asked and no start was entered,
 * requests of a ward merged on 1/7/2025 counted in its successor's 2024 figure, and the answer's rules.
 */
@PcmtTest
class LegalAidTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate Y24 = LocalDate.of(2024, 1, 1);
    static final LocalDate E24 = LocalDate.of(2024, 12, 31);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    LegalAidService legalAid;

    @Autowired
    Metrics metrics;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private BigDecimal figure(String metric, String unit, LocalDate from, LocalDate to) {
        BigDecimal value = metrics.value("legalaid." + metric, unit, from, to).value();
        return value == null ? BigDecimal.ZERO : value;
    }

    static LegalAidForm request(String commune, Long person, LocalDate on, Boolean eligible, String reason) {
        return new LegalAidForm(
                commune, person, on, "Tư vấn về cai nghiện tự nguyện", eligible, reason, null, null, null, null, null);
    }

    @Test
    void hy9_counts_eligible_requests_and_those_served_across_the_reform_and_no_data_where_nobody_asked() {
        fixture.signIn("admin");
        assertThat(metrics.value("legalaid.served", "01", Y24, E24).value())
                .as("a province that never recorded a request and keeps no register: no data")
                .isNull();
        fixture.signIn("tinh");
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'LEGAL_AID', '2023-01-01'"
                        + " from admin_unit where code = '33' and valid_to is null and not exists (select 1 from"
                        + " register_start s where s.register = 'LEGAL_AID' and s.deleted_at is null"
                        + " and s.unit_id = admin_unit.id)")
                .update();
        BigDecimal requests = figure("requests", "11953", Y24, E24);
        BigDecimal eligible = figure("eligible", "11953", Y24, E24);
        BigDecimal served = figure("served", "11953", Y24, E24);

        LegalAidRequest one = legalAid.record(request("11956", null, LocalDate.of(2024, 3, 1), true, null));
        LegalAidRequest two = legalAid.record(request("11956", null, LocalDate.of(2024, 11, 20), true, null));
        legalAid.record(request("11956", null, LocalDate.of(2024, 4, 1), false, "Không thuộc diện theo Luật"));
        legalAid.answer(
                one.getId(),
                new AnswerForm(
                        true,
                        null,
                        LocalDate.of(2024, 3, 15),
                        null,
                        "Trung tâm Trợ giúp pháp lý tỉnh",
                        one.getVersion()));
        // served in 2025: not yet served at the end of 2024
        legalAid.answer(
                two.getId(),
                new AnswerForm(
                        true,
                        null,
                        LocalDate.of(2025, 1, 10),
                        null,
                        "Trung tâm Trợ giúp pháp lý tỉnh",
                        two.getVersion()));

        assertThat(figure("requests", "11953", Y24, E24)).isEqualByComparingTo(requests.add(BigDecimal.valueOf(3)));
        assertThat(figure("eligible", "11953", Y24, E24)).isEqualByComparingTo(eligible.add(BigDecimal.valueOf(2)));
        assertThat(figure("served", "11953", Y24, E24))
                .as("served by 31/12/2024")
                .isEqualByComparingTo(served.add(BigDecimal.ONE));
    }

    @Test
    void an_answer_follows_the_rules_and_stays_in_the_jurisdiction() {
        fixture.signIn("xa1");
        LegalAidRequest r = legalAid.record(request("11953", null, LocalDate.of(2026, 5, 1), null, null));
        long id = r.getId();
        long v = r.getVersion();
        assertThatThrownBy(() -> legalAid.answer(id, new AnswerForm(false, " ", null, null, null, v)))
                .hasMessageContaining("legalaid.reason.missing");
        assertThatThrownBy(() -> legalAid.answer(id, new AnswerForm(false, "Không thuộc diện", TODAY, null, "TT", v)))
                .hasMessageContaining("legalaid.served.notEligible");
        assertThatThrownBy(
                        () -> legalAid.answer(id, new AnswerForm(true, null, LocalDate.of(2026, 4, 1), null, "TT", v)))
                .hasMessageContaining("legalaid.served.beforeRequest");
        assertThatThrownBy(() -> legalAid.answer(id, new AnswerForm(true, null, TODAY, null, " ", v)))
                .hasMessageContaining("legalaid.provider.missing");
        long hanoiAgency = jdbc.sql("select id from agency where province_code = '01' and deleted_at is null"
                        + " order by id limit 1")
                .query(Long.class)
                .optional()
                .orElse(-1L);
        if (hanoiAgency > 0) {
            assertThatThrownBy(() -> legalAid.answer(id, new AnswerForm(true, null, TODAY, hanoiAgency, null, v)))
                    .hasMessageContaining("legalaid.agency.otherProvince");
        }
        assertThatThrownBy(() -> legalAid.answer(id, new AnswerForm(true, null, TODAY, null, "TT", v + 1)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        LegalAidRequest answered = legalAid.answer(id, new AnswerForm(true, null, TODAY, null, "Trung tâm TGPL", v));
        assertThat(answered.isServed()).isTrue();

        long stranger = jdbc.sql(
                        "select p.id from person p join admin_unit u on u.id = p.unit_id where u.code = '11977'"
                                + " and p.deleted_at is null order by p.id limit 1")
                .query(Long.class)
                .optional()
                .orElse(-1L);
        if (stranger > 0) {
            assertThatThrownBy(() -> legalAid.record(request("11953", stranger, TODAY, null, null)))
                    .as("a person of another commune")
                    .isInstanceOf(OutsideJurisdictionException.class);
        }
        assertThatThrownBy(() -> legalAid.record(request("11953", 999_999_999L, TODAY, null, null)))
                .hasMessageContaining("legalaid.person.unknown");

        fixture.signIn("xa2");
        assertThatThrownBy(() -> legalAid.get(id)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> legalAid.answer(id, new AnswerForm(true, null, TODAY, null, "TT", v)))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThat(legalAid.search("11977", null, null)).extracting(x -> x.id()).doesNotContain(id);
    }
}
