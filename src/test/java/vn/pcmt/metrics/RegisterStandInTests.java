package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.metrics.internal.ManualFigureForm;
import vn.pcmt.metrics.internal.RegisterStartForm;
import vn.pcmt.metrics.internal.RegisterStarts;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.TargetStatus;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.platform.RuleViolationException;

/**
 * Manual figures standing in for a register before a unit kept it (issue 16, item 9; ADR 035), in Hưng Yên, which
 * keeps its hotspots register from 1/1/2025 here: a figure of 2024 is "no data" unless figures entered by hand cover
 * it; a target over 2024 is then judged on them; from the start on the register wins; a unit made of several (a
 * ward of 2025 made of six communes of 2024, a town of 2024 of seventeen) sums them only when every one answers.
 */
@PcmtTest
class RegisterStandInTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final String ARISEN = "hotspots.arisen";

    /** Phường Phố Hiến today; on 31/12/2024 its code named Phường Hiến Nam, one of the six communes it took over. */
    static final String WARD = "11953";

    /** The six communes of 2024 that make Phường Phố Hiến. */
    static final List<String> WARD_OF_2024 = List.of("11953", "11956", "11959", "11962", "11971", "11974");

    /** Thành phố Hưng Yên, a district until 30/6/2025, and its seventeen communes of 2024. */
    static final String TOWN = "323";

    static final List<String> TOWN_OF_2024 = List.of(
            "11950", "11953", "11956", "11959", "11962", "11965", "11968", "11971", "11974", "11977", "11980", "11983",
            "12331", "12334", "12382", "12385", "12388");

    @Autowired
    TestClock clock;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    RegisterStarts starts;

    @Autowired
    Metrics metrics;

    @Autowired
    ManualFigures manual;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void start() {
        clock.setToday(TODAY);
        cleanUp();
        fixture.signIn("tinh");
        starts.set(new RegisterStartForm("33", Register.HOTSPOTS, START, null));
    }

    @AfterEach
    void signOut() {
        fixture.signIn("tinh");
        starts.of("33").forEach(s -> starts.delete(s.id(), s.version()));
        fixture.signOut();
        cleanUp();
    }

    /** Test rows of the stand-ins, removed (not a user's deletion). */
    void cleanUp() {
        jdbc.sql("delete from manual_figure where metric_id in (select id from manual_metric where code not like"
                        + " 'manual.%')")
                .update();
        jdbc.sql("delete from manual_metric where code not like 'manual.%'").update();
    }

    static ManualFigureForm year2024(String unit, int value) {
        return new ManualFigureForm(
                unit, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), BigDecimal.valueOf(value), null, null);
    }

    ManualFigure accepted(long metricId, ManualFigureForm form) {
        ManualFigure figure = manual.enter(metricId, form);
        return manual.review(figure.getId(), true, null, figure.getVersion());
    }

    MetricValue arisen(String unit, int year) {
        return metrics.value(ARISEN, unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Test
    void a_target_before_the_start_is_judged_on_figures_entered_by_hand_and_is_no_data_without() throws Exception {
        Plan plan = plans.create(new PlanForm(
                "33",
                "7/KH-" + System.nanoTime() % 1_000_000,
                "Kế hoạch năm 2024–2025 về điểm phức tạp",
                "UBND tỉnh",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31),
                null,
                null));
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "H10",
                        "Không quá 10 điểm phát sinh mới",
                        ARISEN,
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.TEN,
                        true,
                        null));
        LocalDate end = LocalDate.of(2024, 12, 31);
        TargetProgress before = plans.progress(plan.getId(), WARD, end).get(0);
        assertThat(before.value()).as("the register was not kept in 2024").isNull();
        assertThat(before.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(before.source()).as("no figure by hand in it").isEqualTo(FigureSource.REGISTER);

        ManualMetric standIn = metrics.standIn("33", ARISEN);
        assertThat(standIn.standsFor()).contains(Register.HOTSPOTS);
        assertThat(standIn.getKind()).isEqualTo(MetricKind.FLOW);
        assertThat(metrics.standIn("33", ARISEN).getId()).as("opened once").isEqualTo(standIn.getId());
        assertThat(manual.standIns("33")).extracting(ManualMetric::getCode).containsExactly(ARISEN);
        assertThat(manual.definitions("33")).extracting(ManualMetric::getCode).doesNotContain(ARISEN);
        assertThat(metrics.catalogue("33").stream().filter(m -> m.code().equals(ARISEN)))
                .as("the catalogue lists the register's metric once")
                .hasSize(1);

        // five of the six communes the ward was made of: still no data (a partial sum is not the ward's figure)
        for (String commune : WARD_OF_2024.subList(0, 5)) {
            accepted(standIn.getId(), year2024(commune, 1));
        }
        assertThat(arisen(WARD, 2024).value()).isNull();
        assertThat(plans.progress(plan.getId(), WARD, end).get(0).status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(arisen("11956", 2024).value())
                .as("a commune of 2024 with its figure")
                .isEqualByComparingTo("1");
        assertThat(arisen("11956", 2024).manual()).isTrue();

        // the sixth waits for review: not counted yet
        ManualFigure sixth = manual.enter(standIn.getId(), year2024(WARD_OF_2024.get(5), 2));
        assertThat(arisen(WARD, 2024).value()).isNull();
        ManualFigure sixthAccepted = manual.review(sixth.getId(), true, null, sixth.getVersion());
        MetricValue ward = arisen(WARD, 2024);
        assertThat(ward.value()).isEqualByComparingTo("7");
        assertThat(ward.manual()).as("marked as entered by hand").isTrue();
        TargetProgress met = plans.progress(plan.getId(), WARD, end).get(0);
        assertThat(met.value()).isEqualByComparingTo("7");
        assertThat(met.status()).isEqualTo(TargetStatus.MET);
        assertThat(met.source())
                .as("a register's figure made of figures by hand before its start is mixed")
                .isEqualTo(FigureSource.MIXED);
        assertThat(metrics.source(ARISEN, WARD, LocalDate.of(2024, 1, 1), end)).isEqualTo(FigureSource.MIXED);
        assertThat(metrics.source(ARISEN, "11956", LocalDate.of(2024, 1, 1), end))
                .isEqualTo(FigureSource.MIXED);
        TargetProgress after =
                plans.progress(plan.getId(), WARD, LocalDate.of(2025, 12, 31)).get(0);
        assertThat(after.from()).isEqualTo(START);
        assertThat(after.source()).as("after the start: the register's own").isEqualTo(FigureSource.REGISTER);
        assertThat(metrics.source(ARISEN, WARD, START, LocalDate.of(2025, 12, 31)))
                .isEqualTo(FigureSource.REGISTER);
        // the plan page says so, with the tooltip naming figures by hand before the start
        String page = mvc.perform(get("/plans/{id}", plan.getId())
                        .param("unit", WARD)
                        .param("date", "31/12/2024")
                        .param("tab", "targets")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-source=\"MIXED\"", "Sổ đăng ký và nhập tay", "trước ngày đơn vị bắt đầu dùng sổ")
                .doesNotContain("data-source=\"REGISTER\"");
        fixture.signIn("tinh"); // the request leaves the test's thread signed out

        // corrected to 6: back to review (no data again), then accepted: 11 > 10, missed
        ManualFigure corrected = manual.enter(
                standIn.getId(),
                new ManualFigureForm(
                        WARD_OF_2024.get(5),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        BigDecimal.valueOf(6),
                        "Số liệu báo cáo năm 2024",
                        sixthAccepted.getVersion()));
        assertThat(plans.progress(plan.getId(), WARD, end).get(0).status()).isEqualTo(TargetStatus.NO_DATA);
        manual.review(corrected.getId(), true, null, corrected.getVersion());
        TargetProgress missed = plans.progress(plan.getId(), WARD, end).get(0);
        assertThat(missed.value()).isEqualByComparingTo("11");
        assertThat(missed.status()).isEqualTo(TargetStatus.MISSED);

        // from the start on the register wins: 2025 is the register's figure, never marked
        assertThat(arisen(WARD, 2025).value()).isNotNull();
        assertThat(arisen(WARD, 2025).manual()).isFalse();
    }

    @Test
    void after_the_start_a_figure_by_hand_is_refused_and_the_register_wins() {
        ManualMetric flow = metrics.standIn("33", ARISEN);
        assertThatThrownBy(() -> manual.enter(
                        flow.getId(),
                        new ManualFigureForm(
                                "11953",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 12, 31),
                                BigDecimal.ONE,
                                null,
                                null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.standIn.kept");
        // a flow beginning before the start may straddle it
        manual.enter(
                flow.getId(),
                new ManualFigureForm(
                        "11953", LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30), BigDecimal.ONE, null, null));
        // a stock: its date must be before the start
        ManualMetric stock = metrics.standIn("33", "hotspots.active");
        assertThat(stock.getKind()).isEqualTo(MetricKind.STOCK);
        assertThatThrownBy(() -> manual.enter(
                        stock.getId(),
                        new ManualFigureForm(
                                "33",
                                LocalDate.of(2024, 12, 31),
                                LocalDate.of(2025, 1, 1),
                                BigDecimal.ONE,
                                null,
                                null)))
                .hasFieldOrPropertyWithValue("messageKey", "figure.standIn.keptStock");
        // not a register's metric: refused with the codes accepted
        assertThatThrownBy(() -> metrics.standIn("33", "manual.border_units"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.standIn.unknown")
                .satisfies(e -> assertThat(((RuleViolationException) e).details())
                        .extractingByKey("accepted")
                        .asList()
                        .contains(ARISEN, "people.addicts")
                        .doesNotContain("units.communes"));

        // a figure accepted for 2024, then the province says it kept the register in 2024: the register wins
        ManualMetric standIn = metrics.standIn("33", ARISEN);
        for (String commune : WARD_OF_2024) {
            accepted(standIn.getId(), year2024(commune, 100));
        }
        assertThat(arisen(WARD, 2024).value()).isEqualByComparingTo("600");
        RegisterStarts.View province = starts.of("33").stream()
                .filter(s -> s.unitCode().equals("33"))
                .findFirst()
                .orElseThrow();
        starts.set(new RegisterStartForm("33", Register.HOTSPOTS, LocalDate.of(2024, 1, 1), province.version()));
        MetricValue kept = arisen(WARD, 2024);
        assertThat(kept.manual()).isFalse();
        assertThat(kept.value()).isNotNull().isNotEqualByComparingTo("600");
    }

    @Test
    void a_unit_of_several_sums_the_register_where_kept_and_figures_by_hand_elsewhere() {
        // Phường Lam Sơn kept the register from 1/1/2024, before its province
        starts.set(new RegisterStartForm("11950", Register.HOTSPOTS, LocalDate.of(2024, 1, 1), null));
        BigDecimal lamSon = arisen("11950", 2024).value();
        assertThat(lamSon).as("Lam Sơn kept its register in 2024").isNotNull();
        assertThat(arisen(TOWN, 2024).value()).isNull();

        ManualMetric standIn = metrics.standIn("33", ARISEN);
        ManualFigure last = null;
        for (String commune : TOWN_OF_2024.subList(1, TOWN_OF_2024.size())) {
            last = accepted(standIn.getId(), year2024(commune, 2));
        }
        MetricValue town = arisen(TOWN, 2024);
        assertThat(town.value()).isEqualByComparingTo(lamSon.add(BigDecimal.valueOf(2 * 16)));
        assertThat(town.manual()).isTrue();
        // each commune of the town, as a target over each commune sees them
        var beneath = metrics.valuesBeneath(
                ARISEN,
                TOWN,
                vn.pcmt.geo.UnitLevel.COMMUNE,
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        assertThat(beneath.values()).hasSize(17).doesNotContainNull();

        // the province of 2025 was made of Hưng Yên and Thái Bình of 2024: neither has a figure, so no data
        assertThat(arisen("33", 2024).value()).isNull();

        // one commune's figure withdrawn: the town is no data again
        manual.deleteFigure(last.getId(), last.getVersion());
        assertThat(arisen(TOWN, 2024).value()).isNull();
        assertThat(arisen("11950", 2024).value()).isEqualByComparingTo(lamSon);
    }

    /** The API opens a register metric, refuses a figure after the start in words, and marks the value. */
    @Test
    void the_api_opens_a_register_metric_and_refuses_a_figure_after_the_start() throws Exception {
        fixture.signOut();
        var office = httpBasic("tinh", TestAccounts.PASSWORD);
        mvc.perform(put("/api/v1/manual-metrics/stand-ins?province=33&code=people.nothing")
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(Matchers.hasItem(ARISEN)));
        String body = mvc.perform(put("/api/v1/manual-metrics/stand-ins?province=33&code=" + ARISEN)
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(ARISEN))
                .andExpect(jsonPath("$.standsFor").value("HOTSPOTS"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/manual-metrics/stand-ins?province=33").with(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(Matchers.contains(ARISEN)));
        mvc.perform(post("/api/v1/manual-metrics/" + id + "/figures")
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"11953\",\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-12-31\","
                                + "\"value\":3}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("dùng sổ này trong PCMT từ 01/01/2025")));
        mvc.perform(post("/api/v1/manual-metrics/" + id + "/figures")
                        .with(office)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"11956\",\"periodFrom\":\"2024-01-01\",\"periodTo\":\"2024-12-31\","
                                + "\"value\":3}"))
                .andExpect(status().isCreated());
        fixture.signIn("tinh");
        manual.figures(id)
                .forEach(r ->
                        manual.review(r.figure().getId(), true, null, r.figure().getVersion()));
        fixture.signOut();
        mvc.perform(get("/api/v1/metrics/" + ARISEN + "/values?unit=11956&from=2024-01-01&to=2024-12-31")
                        .with(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(3.0))
                .andExpect(jsonPath("$.manual").value(true));
    }
}
