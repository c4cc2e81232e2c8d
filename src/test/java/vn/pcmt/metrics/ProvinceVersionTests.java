package vn.pcmt.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.Person;
import vn.pcmt.platform.FigureCache;

/**
 * A register version per province (ADR 055): a change in one province drops the kept figures of that province only;
 * the figures of the others stay kept, and are still right.
 */
@PcmtTest
class ProvinceVersionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @Autowired
    FigureCache cache;

    @Autowired
    Metrics metrics;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void a_change_in_one_province_keeps_the_figures_of_the_others_and_drops_its_own() {
        long hungYen = unit("33", "PROVINCE");
        long haNoi = unit("01", "PROVINCE");
        long hienNam = unit("11953", "COMMUNE");
        long haNoiCommune = jdbc.sql("select min(id) from admin_unit where province_code = '01' and level = 'COMMUNE'"
                        + " and valid_to is null")
                .query(Long.class)
                .single();
        Object key = System.nanoTime();
        AtomicInteger inHungYen = new AtomicInteger();
        AtomicInteger inHaNoi = new AtomicInteger();
        AtomicInteger national = new AtomicInteger();
        // each reads the people's statuses by place, which a new episode writes through its triggers
        Runnable ask = () -> {
            cache.getIn(hienNam, () -> readStatuses(inHungYen), "test.kept", key);
            cache.getIn(haNoiCommune, () -> readStatuses(inHaNoi), "test.kept", key);
            cache.get(() -> readStatuses(national), "test.kept", key);
        };
        ask.run();
        ask.run();
        assertThat(inHungYen).as("kept").hasValue(1);
        assertThat(inHaNoi).as("kept").hasValue(1);
        assertThat(national).as("kept").hasValue(1);

        fixture.signIn("tinh");
        BigDecimal before = managed("11953");
        long haNoiVersion = cache.provinceVersion(haNoi);
        long hungYenVersion = cache.provinceVersion(hungYen);
        long other = cache.version();

        Person person = fixture.person("11953", "Đoàn Văn Kế", LocalDate.of(1990, 3, 4));
        Episode episode = fixture.open(person, PeopleFixture.management(TODAY.minusDays(3)));

        assertThat(cache.provinceVersion(hungYen)).isGreaterThan(hungYenVersion);
        assertThat(cache.provinceVersion(haNoi)).isEqualTo(haNoiVersion);
        assertThat(cache.version()).as("no unit, rule or other table changed").isEqualTo(other);
        ask.run();
        assertThat(inHungYen).as("Hưng Yên's figure computed again").hasValue(2);
        assertThat(inHaNoi).as("Hà Nội's figure still kept").hasValue(1);
        assertThat(national).as("the country's figure computed again").hasValue(2);
        assertThat(managed("11953"))
                .as("the figure changed with the write")
                .isEqualByComparingTo(before.add(BigDecimal.ONE));

        jdbc.sql("update episode set deleted_at = now(), deleted_by = 'test' where id = :id")
                .param("id", episode.getId())
                .update();
        assertThat(managed("11953")).as("a change by SQL, outside the services").isEqualByComparingTo(before);
        assertThat(cache.provinceVersion(haNoi)).isEqualTo(haNoiVersion);
    }

    @Test
    void a_breakdown_of_the_country_after_a_change_in_one_commune_computes_only_that_commune_again() {
        fixture.signIn("tinh");
        Person person = fixture.person("11953", "Đoàn Văn Kế", LocalDate.of(1990, 3, 4));
        fixture.signIn("admin");
        long hienNam = unit("11953", "COMMUNE");
        List<Long> communes = jdbc.sql("select id from admin_unit where level = 'COMMUNE' and valid_to is null")
                .query(Long.class)
                .list();
        List<Long> hungYenCommunes = jdbc.sql("select id from admin_unit where level = 'COMMUNE' and valid_to is null"
                        + " and province_code = '33'")
                .query(Long.class)
                .list();
        Object key = System.nanoTime();
        List<List<Long>> asked = new ArrayList<>();
        Runnable ask = () -> assertThat(cache.<Long>getEach(communes, recording(asked), "test.each", key))
                .as("every unit answered")
                .hasSize(communes.size())
                .containsEntry(hienNam, hienNam);
        ask.run();
        ask.run();
        assertThat(asked).as("computed once, in one call for every part").hasSize(1);
        assertThat(asked.get(0)).hasSameSizeAs(communes);

        BigDecimal before = managedInCountry(hienNam);
        fixture.signIn("tinh");
        fixture.open(person, PeopleFixture.management(TODAY.minusDays(3)));
        fixture.signIn("admin");
        ask.run();
        assertThat(asked).as("computed again after the change").hasSize(2);
        assertThat(hungYenCommunes).contains(hienNam);
        assertThat(asked.get(1))
                .as("only the commune the change lay in, of the province that changed (ADR 063)")
                .containsExactly(hienNam);
        BigDecimal after = managedInCountry(hienNam);
        assertThat(after)
                .as("the country's breakdown sees the change")
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void a_record_earlier_than_the_provinces_first_moves_the_start_of_every_commune_kept_in_the_countrys_breakdown() {
        long hienNam = unit("11953", "COMMUNE");
        long neighbour = neighbourOf(hienNam);
        fixture.signIn("admin");
        Map<Long, BigDecimal> before = casesIn2011();
        assertThat(before.get(neighbour))
                .as("no case recorded in Hưng Yên before 2011: its register not kept then, no data")
                .isNull();

        // a case of 2010 recorded in Hiền Nam: the first record of the register in Hưng Yên
        jdbc.sql("insert into drug_case (commune_id, detected_on, agency_id, summary, stage)"
                        + " values (:c, date '2010-03-01', (select min(id) from agency), 'Vụ cũ', 'DETECTED')")
                .param("c", hienNam)
                .update();
        Map<Long, BigDecimal> after = casesIn2011();
        assertThat(after.get(neighbour))
                .as("the change lay in Hiền Nam, but it moved the start of every commune of the province (ADR 063):"
                        + " the neighbour's kept value is not reused")
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(after.get(hienNam)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private Map<Long, BigDecimal> casesIn2011() {
        Map<Long, BigDecimal> byId = new HashMap<>();
        metrics.valuesBeneath(
                        "cases.detected",
                        null,
                        UnitLevel.COMMUNE,
                        TODAY,
                        LocalDate.of(2011, 1, 1),
                        LocalDate.of(2011, 12, 31))
                .forEach((u, v) -> byId.put(u.id(), v));
        return byId;
    }

    @Test
    void an_outreach_activity_lies_in_the_provinces_of_the_communes_it_reached() {
        long hungYen = unit("33", "PROVINCE");
        long haNoi = unit("01", "PROVINCE");
        long hienNam = unit("11953", "COMMUNE");
        long hungYenVersion = cache.provinceVersion(hungYen);
        long haNoiVersion = cache.provinceVersion(haNoi);
        long other = cache.version();
        long activity = transactions.execute(tx -> {
            long id = jdbc.sql("insert into outreach_activity (held_on, form, audience, title)"
                            + " values (date '2026-06-01', 'TALK', 'GENERAL', 'Nói chuyện chuyên đề') returning id")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into outreach_activity_commune (activity_id, commune_id) values (:a, :c)")
                    .param("a", id)
                    .param("c", hienNam)
                    .update();
            return id;
        });
        assertThat(cache.provinceVersion(hungYen)).isGreaterThan(hungYenVersion);
        assertThat(cache.provinceVersion(haNoi)).isEqualTo(haNoiVersion);
        assertThat(cache.version())
                .as("an activity no longer drops every figure")
                .isEqualTo(other);

        long raised = cache.provinceVersion(hungYen);
        jdbc.sql("update outreach_activity set held_on = date '2026-06-02' where id = :id")
                .param("id", activity)
                .update();
        assertThat(cache.provinceVersion(hungYen))
                .as("the activity itself changed: the province of its commune")
                .isGreaterThan(raised);
        assertThat(cache.provinceVersion(haNoi)).isEqualTo(haNoiVersion);
        assertThat(cache.version()).isEqualTo(other);
    }

    @Test
    void a_row_recorded_in_a_commune_before_the_reform_raises_the_province_of_then_and_the_one_that_covers_it_now() {
        long thaiBinh = unit("34", "PROVINCE", "2025-06-30");
        long hungYen = unit("33", "PROVINCE");
        long thaiBinhCommune = jdbc.sql("select min(id) from admin_unit where province_code = '34'"
                        + " and level = 'COMMUNE' and valid_to = date '2025-06-30'")
                .query(Long.class)
                .single();
        long thaiBinhVersion = cache.provinceVersion(thaiBinh);
        long hungYenVersion = cache.provinceVersion(hungYen);
        long other = cache.version();
        transactions.executeWithoutResult(tx -> jdbc.sql(
                        "insert into commune_year_figure (unit_id, year, population, on_trafficking_route, updated_at,"
                                + " version) values (:unit, 2019, 1000, false, now(), 0)")
                .param("unit", thaiBinhCommune)
                .update());
        assertThat(cache.provinceVersion(thaiBinh)).isEqualTo(thaiBinhVersion + 1);
        assertThat(cache.provinceVersion(hungYen)).isEqualTo(hungYenVersion + 1);
        assertThat(cache.version()).isEqualTo(other);
    }

    @Test
    void a_change_no_province_is_found_for_drops_every_kept_figure_and_a_rolled_back_one_nothing() {
        long haNoiCommune = jdbc.sql("select min(id) from admin_unit where province_code = '01' and level = 'COMMUNE'"
                        + " and valid_to is null")
                .query(Long.class)
                .single();
        Object key = System.nanoTime();
        AtomicInteger computed = new AtomicInteger();
        cache.getIn(haNoiCommune, computed::incrementAndGet, "test.rule", key);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update legal_rule set note = note where id = (select min(id) from legal_rule)")
                    .update();
            tx.setRollbackOnly();
        });
        cache.getIn(haNoiCommune, computed::incrementAndGet, "test.rule", key);
        assertThat(computed).as("nothing committed").hasValue(1);
        jdbc.sql("update legal_rule set note = note where id = (select min(id) from legal_rule)")
                .update();
        cache.getIn(haNoiCommune, computed::incrementAndGet, "test.rule", key);
        assertThat(computed).as("a rule changed: every figure computed again").hasValue(2);
    }

    /** A figure read from the people's statuses by place: counts its computations. */
    @Test
    void a_provinces_figure_in_pieces_after_a_change_in_one_commune_counts_only_the_pieces_around_it_again() {
        fixture.signIn("tinh");
        Person person = fixture.person("11953", "Đoàn Văn Kế", LocalDate.of(1990, 3, 4));
        long hungYen = unit("33", "PROVINCE");
        long hienNam = unit("11953", "COMMUNE");
        long neighbour = neighbourOf(hienNam);
        Object key = System.nanoTime();
        List<List<Long>> asked = new ArrayList<>();
        Runnable ask = () -> assertThat(cache.<Long>pieces(hungYen, recording(asked), "test.pieces", key))
                .as("the province itself and every unit it covers, each a piece")
                .containsKeys(hungYen, hienNam, neighbour)
                .hasSizeGreaterThan(500);
        ask.run();
        ask.run();
        assertThat(asked).as("computed once, every piece in one call").hasSize(1);

        fixture.open(person, PeopleFixture.management(TODAY.minusDays(3)));
        ask.run();
        assertThat(asked).as("computed again after the change").hasSize(2);
        assertThat(asked.get(1))
                .as("the pieces around the commune the change lay in (ADR 064): the commune, its province, its former"
                        + " communes; not the province's other communes")
                .contains(hienNam)
                .doesNotContain(neighbour)
                .hasSizeLessThan(20);
    }

    /**
     * A computation of each unit that records the units it is asked about (each its own id as value) and reads the
     * people's statuses, so that a change to a person touches it.
     */
    private java.util.function.Function<List<Long>, Map<Long, Long>> recording(List<List<Long>> asked) {
        return ids -> {
            asked.add(ids);
            readStatuses(new AtomicInteger());
            Map<Long, Long> values = new HashMap<>();
            ids.forEach(id -> values.put(id, id));
            return values;
        };
    }

    /** Another commune of today of Hưng Yên than the one given. */
    private long neighbourOf(long commune) {
        return jdbc.sql("select min(id) from admin_unit where level = 'COMMUNE' and valid_to is null"
                        + " and province_code = '33' and id <> :hn")
                .param("hn", commune)
                .query(Long.class)
                .single();
    }

    private int readStatuses(AtomicInteger computed) {
        jdbc.sql("select count(*) from person_place_status").query(Long.class).single();
        return computed.incrementAndGet();
    }

    @Test
    void a_figure_is_kept_after_a_change_to_tables_it_was_not_read_from_in_its_province() {
        long hienNam = unit("11953", "COMMUNE");
        Object key = System.nanoTime();
        AtomicInteger cases = new AtomicInteger();
        AtomicInteger people = new AtomicInteger();
        Runnable ask = () -> {
            cache.getIn(
                    hienNam,
                    () -> {
                        jdbc.sql("select count(*) from drug_case")
                                .query(Long.class)
                                .single();
                        return cases.incrementAndGet();
                    },
                    "test.cases",
                    key);
            cache.getIn(hienNam, () -> readStatuses(people), "test.people", key);
        };
        ask.run();
        ask.run();
        assertThat(cases).hasValue(1);
        assertThat(people).hasValue(1);

        fixture.signIn("tinh");
        long before = cache.provinceVersion(unit("33", "PROVINCE"));
        Person person = fixture.person("11953", "Đoàn Văn Kế", LocalDate.of(1990, 3, 4));
        fixture.open(person, PeopleFixture.management(TODAY.minusDays(3)));
        assertThat(cache.provinceVersion(unit("33", "PROVINCE"))).isGreaterThan(before);
        ask.run();
        assertThat(people)
                .as("the people's statuses were written: computed again")
                .hasValue(2);
        assertThat(cases)
                .as("no case was written since: the figure of the cases kept (ADR 063)")
                .hasValue(1);

        jdbc.sql("insert into drug_case (commune_id, detected_on, agency_id, summary, stage)"
                        + " values (:c, date '2026-06-01', (select min(id) from agency), 'Vụ mới', 'DETECTED')")
                .param("c", hienNam)
                .update();
        ask.run();
        assertThat(cases).as("a case written: computed again").hasValue(2);
        assertThat(people).as("no person written: kept").hasValue(2);
    }

    private long unit(String code, String level) {
        return jdbc.sql("select id from admin_unit where code = :code and level = :level and valid_to is null")
                .param("code", code)
                .param("level", level)
                .query(Long.class)
                .single();
    }

    private long unit(String code, String level, String lastDay) {
        return jdbc.sql("select id from admin_unit where code = :code and level = :level"
                        + " and valid_to = cast(:last as date)")
                .param("code", code)
                .param("level", level)
                .param("last", lastDay)
                .query(Long.class)
                .single();
    }

    /** People under management in a commune, read from the breakdown of the whole country by commune. */
    private BigDecimal managedInCountry(long communeId) {
        return managedInCountry(communeId, TODAY);
    }

    private BigDecimal managedInCountry(long communeId, LocalDate on) {
        return metrics
                .valuesBeneath("people.under_management", null, UnitLevel.COMMUNE, TODAY, on, on)
                .entrySet()
                .stream()
                .filter(e -> e.getKey().id() == communeId)
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private BigDecimal managed(String commune) {
        return metrics.value("people.under_management", commune, TODAY).value();
    }
}
