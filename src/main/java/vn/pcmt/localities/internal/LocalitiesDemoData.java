package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo data for the places of Hưng Yên (embedded mode only): figures of some communes for this year, two key
 * localities (one transformed), and a drug-free programme with communes at each step of the workflow. Phường Phố
 * Hiến and Xã Tân Hưng, the demo communes, are among them.
 */
@Component
@ConditionalOnDemoData
@Order(70)
class LocalitiesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LocalitiesDemoData.class);

    private final JdbcClient jdbc;
    private final UnitService units;
    private final DrugFreeQueries queries;
    private final CriteriaEvaluator evaluator;
    private final Clock clock;

    LocalitiesDemoData(
            JdbcClient jdbc, UnitService units, DrugFreeQueries queries, CriteriaEvaluator evaluator, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.queries = queries;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from drugfree_programme where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String[] communes = {"11953", "11977", "11980", "11983", "11992", "11995", "12004", "12019"};
        int[] population = {52_000, 31_000, 44_000, 38_000, 27_000, 29_000, 35_000, 41_000};
        int[] arrests = {60, 12, 48, 20, 3, 9, 15, 41};
        for (int i = 0; i < communes.length; i++) {
            jdbc.sql("insert into commune_year_figure (unit_id, year, population, drug_arrests, plants_destroyed,"
                            + " cultivation_area_m2, on_trafficking_route, updated_by)"
                            + " values (:u, :y, :p, :a, 0, 0, :r, 'demo')")
                    .param("u", unit(communes[i]).id())
                    .param("y", year)
                    .param("p", population[i])
                    .param("a", arrests[i])
                    .param("r", i % 3 == 0)
                    .update();
        }
        keyLocality("11980", "15/QĐ-BCĐ", LocalDate.of(2025, 9, 15), null);
        keyLocality("11983", "15/QĐ-BCĐ", LocalDate.of(2025, 9, 15), LocalDate.of(2026, 6, 30));

        long set = jdbc.sql("select id from drugfree_criteria_set where code = 'QG-2025'")
                .query(Long.class)
                .single();
        LocalDate start = today.minusMonths(4);
        long programme = jdbc.sql("insert into drugfree_programme (province_code, name, criteria_set_id, starts_on,"
                        + " phase_ends_on, target_percent, created_by) values ('33', :n, :s, :d, :e, 30, 'demo')"
                        + " returning id")
                .param("n", "Xây dựng xã, phường không ma túy tỉnh Hưng Yên năm " + year)
                .param("s", set)
                .param("d", start)
                .param("e", LocalDate.of(year, 12, 14))
                .query(Long.class)
                .single();
        CriteriaSet criteria = queries.criteriaSet(set).orElseThrow();
        entry(programme, criteria, "11953", DrugFreeStatus.REGISTERED, start.plusDays(5));
        entry(programme, criteria, "11977", DrugFreeStatus.SELF_ASSESSED, start.plusDays(6));
        entry(programme, criteria, "11992", DrugFreeStatus.SUBMITTED, start.plusDays(7));
        entry(programme, criteria, "11995", DrugFreeStatus.RETURNED, start.plusDays(8));
        entry(programme, criteria, "12004", DrugFreeStatus.APPRAISED, start.plusDays(9));
        entry(programme, criteria, "12019", DrugFreeStatus.RECOGNISED, start.plusDays(10));
        log.info("Demo places: 2 key localities, a drug-free programme with 6 communes in Hưng Yên");
    }

    private AdminUnit unit(String code) {
        return units.find(code, LocalDate.now(clock)).orElseThrow();
    }

    private void keyLocality(String commune, String decision, LocalDate on, LocalDate transformed) {
        jdbc.sql("insert into key_locality (unit_id, locality_type, decision_number, decision_date, period_from,"
                        + " period_to, reasons, criteria_met, transformation_plan, transformed_on, transformed_decision,"
                        + " created_by) values (:u, 'I', :d, :on, :on, :to, :r, :c, :p, :t, :td, 'demo')")
                .param("u", unit(commune).id())
                .param("d", decision)
                .param("on", on)
                .param("to", on.plusYears(2))
                .param("r", "Nhiều điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy; tỷ lệ người nghiện cao")
                .param("c", "Tỷ lệ người có hồ sơ sử dụng, nghiện trên dân số; Số điểm tổ chức, chứa chấp sử dụng")
                .param(
                        "p",
                        "Triệt xóa các điểm; lập hồ sơ quản lý 100% người sử dụng; tuyên truyền tại thôn, tổ dân phố")
                .param("t", transformed)
                .param("td", transformed == null ? null : "42/QĐ-UBND")
                .update();
    }

    /** A commune taken through the workflow up to the status, with its steps and a self-assessment. */
    private void entry(long programme, CriteriaSet set, String code, DrugFreeStatus status, LocalDate registered) {
        AdminUnit commune = unit(code);
        long id = jdbc.sql(
                        "insert into drugfree_commune (programme_id, unit_id, status, registered_on, decision_number,"
                                + " recognised_on) values (:p, :u, :s, :d, :dec, :rec) returning id")
                .param("p", programme)
                .param("u", commune.id())
                .param("s", status.name())
                .param("d", registered)
                .param("dec", status == DrugFreeStatus.RECOGNISED ? "120/QĐ-UBND" : null)
                .param("rec", status == DrugFreeStatus.RECOGNISED ? registered.plusDays(60) : null)
                .query(Long.class)
                .single();
        queries.step(id, DrugFreeAction.REGISTER, DrugFreeStatus.REGISTERED, registered, null, "demo");
        if (status == DrugFreeStatus.REGISTERED) {
            return;
        }
        Map<Long, ManualValue> manual = new HashMap<>();
        for (DrugFreeCriterion c : set.criteria()) {
            switch (c.method()) {
                case MANUAL_ZERO -> manual.put(c.id(), new ManualValue(BigDecimal.ZERO, null, "Biên bản rà soát"));
                case MANUAL_ALL -> manual.put(
                        c.id(), new ManualValue(new BigDecimal("1250"), new BigDecimal("1250"), "Sổ cam kết"));
                case MANUAL_AT_LEAST -> manual.put(c.id(), new ManualValue(BigDecimal.ONE, null, "Mô hình tự quản"));
                default -> {}
            }
        }
        LocalDate assessed = registered.plusDays(20);
        List<CriterionResult> results = evaluator.evaluate(set.criteria(), commune, assessed, manual);
        queries.saveAssessment(id, AssessmentKind.SELF, assessed, results, "Tự đánh giá của xã", "demo");
        queries.step(id, DrugFreeAction.SELF_ASSESS, DrugFreeStatus.SELF_ASSESSED, assessed, null, "demo");
        if (status == DrugFreeStatus.SELF_ASSESSED) {
            return;
        }
        queries.step(id, DrugFreeAction.SUBMIT, DrugFreeStatus.SUBMITTED, assessed.plusDays(2), null, "demo");
        if (status == DrugFreeStatus.SUBMITTED) {
            return;
        }
        LocalDate appraised = assessed.plusDays(15);
        queries.saveAssessment(
                id,
                AssessmentKind.APPRAISAL,
                appraised,
                results,
                status == DrugFreeStatus.RETURNED ? "Bổ sung minh chứng tiêu chí 5" : null,
                "demo");
        queries.step(
                id,
                DrugFreeAction.APPRAISE,
                status == DrugFreeStatus.RETURNED ? DrugFreeStatus.RETURNED : DrugFreeStatus.APPRAISED,
                appraised,
                status == DrugFreeStatus.RETURNED ? "Bổ sung minh chứng tiêu chí 5" : null,
                "demo");
        if (status == DrugFreeStatus.RECOGNISED) {
            queries.step(
                    id,
                    DrugFreeAction.RECOGNISE,
                    DrugFreeStatus.RECOGNISED,
                    registered.plusDays(60),
                    "120/QĐ-UBND",
                    "demo");
        }
    }
}
