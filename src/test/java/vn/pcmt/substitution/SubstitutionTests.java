package vn.pcmt.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.AddictionSubstance;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.Penal256aWindow;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonEvent;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.TestResult;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.substitution.internal.Medicine;
import vn.pcmt.substitution.internal.StopForm;
import vn.pcmt.substitution.internal.StopReason;
import vn.pcmt.substitution.internal.SubstitutionService;
import vn.pcmt.substitution.internal.TransferForm;
import vn.pcmt.substitution.internal.TreatmentEpisode;
import vn.pcmt.substitution.internal.TreatmentForm;

/**
 * The substitution register with Spring (ADR 044): episodes kept in step with the person's legal record (a transfer
 * keeps the course, quitting opens art. 256a (d), a deletion takes back), the figures of a ward merged on 1/7/2025
 * before and after, opioid addicts from the determination's substances, the API's refusals.
 */
@PcmtTest
class SubstitutionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String OLD_WARD = "11956";
    static final String WARD = "11953";

    @Autowired
    PeopleFixture fixture;

    @Autowired
    SubstitutionService substitution;

    @Autowired
    RecordService records;

    @Autowired
    Metrics metrics;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    long clinicA;
    long clinicB;

    @BeforeEach
    void clinics() {
        clock.setToday(TODAY);
        fixture.signIn("tinh");
        clinicA = clinic("Cơ sở điều trị Methadone Thử A " + System.nanoTime());
        clinicB = clinic("Cơ sở điều trị Methadone Thử B " + System.nanoTime());
        jdbc.sql("insert into register_start (unit_id, register, since) select id, 'SUBSTITUTION', '2020-01-01'"
                        + " from admin_unit where code = '33' and valid_to is null and not exists (select 1 from"
                        + " register_start s where s.register = 'SUBSTITUTION' and s.deleted_at is null"
                        + " and s.unit_id = admin_unit.id)")
                .update();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    private long clinic(String name) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " select id, 'SUBSTITUTION_CLINIC', :n, true, '2020-01-01' from admin_unit"
                        + " where code = :c and valid_to is null returning id")
                .param("n", name)
                .param("c", WARD)
                .query(Long.class)
                .single();
    }

    static TreatmentForm start(Person p, long clinic, LocalDate on) {
        return new TreatmentForm(p.getId(), clinic, on, Medicine.METHADONE, "60 mg/ngày", null, null, null);
    }

    private Episode legal(long personId, long episodeId) {
        return records.episodes(personId).stream()
                .filter(e -> e.getId() == episodeId)
                .findFirst()
                .orElse(null);
    }

    @Test
    void a_course_is_one_legal_episode_kept_through_a_transfer_and_quitting_opens_art_256a_d() {
        Person p = fixture.person(WARD, "Lương Văn Điều Trị", LocalDate.of(1985, 4, 5));
        TreatmentEpisode first = substitution.record(start(p, clinicA, LocalDate.of(2025, 3, 1)));
        assertThatThrownBy(() -> substitution.record(start(p, clinicB, LocalDate.of(2025, 4, 1))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("substitution.alreadyOpen"));
        Episode course = legal(p.getId(), first.getLegalEpisodeId());
        assertThat(course.getKind()).isEqualTo(EpisodeKind.SUBSTITUTION_TREATMENT);
        assertThat(course.getEndDate()).isNull();

        // a transfer: one stops, the next opens at the other clinic the same day; the course goes on
        TreatmentEpisode next = substitution.transfer(
                first.getId(),
                new TransferForm(LocalDate.of(2025, 8, 1), clinicB, null, null, null, first.getVersion()));
        List<TreatmentEpisode> history = substitution.history(p.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getStopReason()).isEqualTo(StopReason.TRANSFERRED);
        assertThat(history.get(0).getStopDate()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(next.getPreviousId()).isEqualTo(first.getId());
        assertThat(next.getMedicine()).isEqualTo(Medicine.METHADONE);
        assertThat(next.getLegalEpisodeId()).isEqualTo(first.getLegalEpisodeId());
        assertThat(legal(p.getId(), next.getLegalEpisodeId()).getEndDate()).isNull();

        // a positive test while in treatment after 1/7/2025: window (a)
        PersonEvent during = fixture.record(p, test(LocalDate.of(2025, 9, 1)));
        assertThat(during.getFlag256aWindow()).isEqualTo(Penal256aWindow.IN_REHAB_OR_SUBSTITUTION);

        // quitting on their own ends the course so, and a positive test within 2 years is in window (d)
        assertThatThrownBy(() -> substitution.stop(
                        next.getId(),
                        new StopForm(LocalDate.of(2025, 10, 1), StopReason.TRANSFERRED, next.getVersion())))
                .isInstanceOf(RuleViolationException.class);
        TreatmentEpisode quit = substitution.stop(
                next.getId(), new StopForm(LocalDate.of(2025, 10, 1), StopReason.QUIT, next.getVersion()));
        Episode ended = legal(p.getId(), quit.getLegalEpisodeId());
        assertThat(ended.getEndDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(ended.getEndReason()).isEqualTo(EndReason.QUIT_ON_OWN);
        PersonEvent after = fixture.record(p, test(LocalDate.of(2026, 3, 1)));
        assertThat(after.getFlag256aWindow()).isEqualTo(Penal256aWindow.AFTER_QUITTING_SUBSTITUTION);
        assertThat(after.getFlag256aEpisodeId()).isEqualTo(quit.getLegalEpisodeId());

        // deleting the episode the transfer opened takes the transfer back: the first runs again, and the course
        assertThatThrownBy(
                        () -> substitution.delete(first.getId(), history.get(0).getVersion()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("substitution.delete.notLatest"));
        substitution.delete(quit.getId(), quit.getVersion());
        TreatmentEpisode again = substitution.history(p.getId()).get(0);
        assertThat(substitution.history(p.getId())).hasSize(1);
        assertThat(again.isOpen()).isTrue();
        assertThat(legal(p.getId(), first.getLegalEpisodeId()).getEndDate()).isNull();
        // deleting the first takes the course out of the person's record
        substitution.delete(again.getId(), again.getVersion());
        assertThat(legal(p.getId(), first.getLegalEpisodeId())).isNull();
        assertThat(substitution.history(p.getId())).isEmpty();
    }

    private static vn.pcmt.people.internal.EventForm test(LocalDate on) {
        return new vn.pcmt.people.internal.EventForm(
                vn.pcmt.people.internal.EventKind.DRUG_TEST, on, null, null, TestResult.POSITIVE, null, null, null);
    }

    private long count(String metric, String unit, LocalDate from, LocalDate to) {
        BigDecimal v = metrics.value(metric, unit, from, to).value();
        return v == null ? 0 : v.longValueExact();
    }

    @Test
    void figures_count_a_patient_where_they_lived_across_the_reform() {
        LocalDate may2025 = LocalDate.of(2025, 5, 31);
        LocalDate jan2026 = LocalDate.of(2026, 1, 31);
        LocalDate y1 = LocalDate.of(2025, 1, 1);
        LocalDate h1 = LocalDate.of(2025, 6, 30);
        LocalDate y2 = LocalDate.of(2025, 12, 31);
        long wardMay = count("substitution.in_treatment", WARD, may2025, may2025);
        long oldWardMay = count("substitution.in_treatment", OLD_WARD, may2025, may2025);
        long wardJan = count("substitution.in_treatment", WARD, jan2026, jan2026);
        long started = count("substitution.started", WARD, y1, y2);
        long retained6 = count("substitution.retained_6m", WARD, y1, h1);
        long retained12 = count("substitution.retained_12m", WARD, y1, h1);
        long quit = count("substitution.quit", WARD, LocalDate.of(2025, 7, 1), y2);
        long stopped = count("substitution.stopped", WARD, y1, y2);

        // living in the old ward, started 1/2/2025, quit 15/9/2025: retained at 6 months, not at 12
        Person q = fixture.person(OLD_WARD, "Vũ Văn Phường Cũ", LocalDate.of(1980, 1, 1));
        TreatmentEpisode qe = substitution.record(start(q, clinicA, LocalDate.of(2025, 2, 1)));
        substitution.stop(qe.getId(), new StopForm(LocalDate.of(2025, 9, 15), StopReason.QUIT, qe.getVersion()));
        // living in the ward, started 1/3/2025, transferred 1/5/2025, still in treatment
        Person r = fixture.person(WARD, "Vũ Văn Phường Mới", LocalDate.of(1981, 1, 1));
        TreatmentEpisode re = substitution.record(start(r, clinicA, LocalDate.of(2025, 3, 1)));
        substitution.transfer(
                re.getId(),
                new TransferForm(
                        LocalDate.of(2025, 5, 1), clinicB, Medicine.BUPRENORPHINE, null, null, re.getVersion()));

        assertThat(count("substitution.in_treatment", WARD, may2025, may2025))
                .as("the old ward's patient in its successor before 1/7/2025, the transferred one once")
                .isEqualTo(wardMay + 2);
        assertThat(count("substitution.in_treatment", OLD_WARD, may2025, may2025))
                .isEqualTo(oldWardMay + 1);
        assertThat(count("substitution.in_treatment", WARD, jan2026, jan2026)).isEqualTo(wardJan + 1);
        assertThat(count("substitution.started", WARD, y1, y2))
                .as("a transfer is no new patient")
                .isEqualTo(started + 2);
        assertThat(count("substitution.retained_6m", WARD, y1, h1)).isEqualTo(retained6 + 2);
        assertThat(count("substitution.retained_12m", WARD, y1, h1)).isEqualTo(retained12 + 1);
        assertThat(count("substitution.quit", WARD, LocalDate.of(2025, 7, 1), y2))
                .isEqualTo(quit + 1);
        assertThat(count("substitution.stopped", WARD, y1, y2))
                .as("a transfer is no stop")
                .isEqualTo(stopped + 1);

        fixture.signIn("admin");
        assertThat(metrics.value("substitution.in_treatment", "01", jan2026, jan2026)
                        .value())
                .as("a province with no patient and no start: no data, not zero")
                .isNull();
    }

    @Test
    void opioid_addicts_are_addicts_whose_latest_determination_names_an_opioid() {
        LocalDate day = LocalDate.of(2026, 2, 1);
        long before = count("people.opioid_addicts", WARD, day, day);
        long addictsBefore = count("people.addicts", WARD, day, day);
        Person heroin = fixture.person(WARD, "Đặng Văn Thuốc Phiện", LocalDate.of(1979, 1, 1));
        fixture.open(
                heroin,
                determination(
                        LocalDate.of(2025, 11, 1),
                        Set.of(AddictionSubstance.HEROIN, AddictionSubstance.METHAMPHETAMINE)));
        Person meth = fixture.person(WARD, "Đặng Văn Đá", LocalDate.of(1995, 1, 1));
        fixture.open(meth, determination(LocalDate.of(2025, 11, 1), Set.of(AddictionSubstance.METHAMPHETAMINE)));
        assertThat(count("people.addicts", WARD, day, day)).isEqualTo(addictsBefore + 2);
        assertThat(count("people.opioid_addicts", WARD, day, day)).isEqualTo(before + 1);
        assertThat(records.episodes(heroin.getId()).get(0).getSubstances())
                .containsExactlyInAnyOrder(AddictionSubstance.HEROIN, AddictionSubstance.METHAMPHETAMINE);
    }

    static EpisodeForm determination(LocalDate result, Set<AddictionSubstance> substances) {
        return new EpisodeForm(
                EpisodeKind.ADDICTION_DETERMINATION,
                null,
                result.minusDays(2),
                null,
                result,
                null,
                DeterminationResult.ADDICTED,
                null,
                null,
                null,
                "Trạm Y tế",
                "BS. Lê Văn Tâm",
                null,
                substances);
    }

    @Test
    void the_api_records_refuses_a_stale_version_and_an_outsider() throws Exception {
        Person p = fixture.person(WARD, "Hà Văn Giao Diện", LocalDate.of(1990, 2, 2));
        String body = "{\"personId\":" + p.getId() + ",\"clinicId\":" + clinicA
                + ",\"startDate\":\"2025-04-01\",\"medicine\":\"BUPRENORPHINE\",\"doseRegime\":\"8 mg\"}";
        String created = mvc.perform(post("/api/v1/substitution/episodes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.medicine").value("BUPRENORPHINE"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/substitution/episodes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").exists());
        String correction =
                body.replace("}", ",\"doseRegime\":\"12 mg\",\"version\":0}").replace("\"doseRegime\":\"8 mg\",", "");
        mvc.perform(put("/api/v1/substitution/episodes/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(correction)
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doseRegime").value("12 mg"));
        mvc.perform(put("/api/v1/substitution/episodes/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(correction)
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isConflict());
        accounts.ensureOutsiders();
        mvc.perform(get("/api/v1/substitution/episodes/{id}", id)
                        .with(accounts.as(TestAccounts.outsider(Role.PROVINCIAL_OFFICE))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/substitution/episodes/{id}/stop", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stopDate\":\"2026-01-10\",\"reason\":\"COMPLETED\",\"version\":1}")
                        .with(accounts.as(TestAccounts.outsider(Role.HEALTH_WORKER)))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/substitution/episodes/{id}/stop", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stopDate\":\"2026-01-10\",\"reason\":\"COMPLETED\",\"version\":1}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stopReason").value("COMPLETED"));
        mvc.perform(get("/api/v1/substitution/episodes")
                        .param("unit", WARD)
                        .param("mode", "STARTED")
                        .param("from", "2025-01-01")
                        .param("to", "2025-12-31")
                        .with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].personName")
                        .value(org.hamcrest.Matchers.contains("Hà Văn Giao Diện")));
    }
}
