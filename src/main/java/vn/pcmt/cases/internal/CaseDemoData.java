package vn.pcmt.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo drug crime cases and administrative violations in Hưng Yên over 2022 to today (embedded mode only): cases
 * detected in the communes of their day (the former communes before 1/7/2025), by the province's police, border guard
 * and customs, under the articles most cases fall under, some cyberspace-related, some transnational, moved on through
 * the stages as time passed, with suspects (age group from the year of birth) and seizures of several kinds; sanction
 * decisions for drug use. Never after today by the clock. Phường Phố Hiến and Xã Tân Hưng get more, for the demo
 * accounts. Off in tests ({@code pcmt.demo.supply=false}): tests construct the records they count.
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.supply", havingValue = "true", matchIfMissing = true)
@Order(62)
class CaseDemoData implements ApplicationRunner {

    static final int CASES = 240;
    static final int VIOLATIONS = 150;

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Văn", "Đức", "Minh", "Thị", "Quang", "Hữu"};
    private static final String[] GIVEN = {"Hùng", "Dũng", "Tuấn", "Long", "Nam", "Hải", "Thắng", "Linh", "Sơn", "Cường"
    };
    /** Articles with their weight: possession and trafficking make most cases. */
    private static final String[] ARTICLES = {
        "249", "249", "249", "249", "251", "251", "251", "250", "255", "255", "256", "252"
    };
    /** Substance, unit, smallest and largest quantity. */
    private static final Object[][] SEIZED = {
        {"METH", "G", 1, 300},
        {"METH", "G", 1, 50},
        {"HEROIN", "G", 1, 120},
        {"ATS_PILLS", "PILLS", 5, 400},
        {"MDMA", "PILLS", 2, 150},
        {"KETAMINE", "G", 1, 30},
        {"SYNTHETIC_MIX", "G", 5, 500},
        {"CANNABIS", "G", 5, 800}
    };

    private static final String[] SUMMARIES = {
        "Bắt quả tang tàng trữ trái phép chất ma túy",
        "Bắt quả tang mua bán trái phép chất ma túy",
        "Vận chuyển trái phép chất ma túy trên quốc lộ 5",
        "Tổ chức sử dụng trái phép chất ma túy tại quán karaoke",
        "Chứa chấp việc sử dụng trái phép chất ma túy tại nhà nghỉ",
        "Mua bán trái phép chất ma túy qua mạng xã hội"
    };

    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseDemoData(UnitService units, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from drug_case where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        List<Long> agencies = jdbc.sql("select id from agency where province_code = '33' and deleted_at is null"
                        + " and kind in ('POLICE', 'BORDER_GUARD', 'CUSTOMS') order by kind desc, id")
                .query(Long.class)
                .list();
        if (agencies.isEmpty()) {
            log.info("Demo cases: no detecting agency in Hưng Yên, none made");
            return;
        }
        List<AdminUnit> communes = new ArrayList<>(
                units.search(new UnitSearch(UnitLevel.COMMUNE, REFORM, "33", null), PageRequest.of(0, 200))
                        .getContent());
        units.find("11953", REFORM).ifPresent(u -> repeat(communes, u, 10));
        units.find("11977", REFORM).ifPresent(u -> repeat(communes, u, 6));
        Random random = new Random(2017);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(2022, 1, 1);
        int days = (int) (today.toEpochDay() - first.toEpochDay());
        if (days <= 0) {
            return;
        }
        int suspects = 0;
        int seizures = 0;
        for (int i = 0; i < CASES; i++) {
            AdminUnit commune = communes.get(random.nextInt(communes.size()));
            LocalDate detected = first.plusDays(random.nextInt(days + 1));
            long communeId = detected.isBefore(REFORM) ? predecessor(commune, random) : commune.id();
            // the police detect most cases; the border guard and customs some
            long agency = random.nextInt(10) < 8 ? agencies.get(0) : agencies.get(random.nextInt(agencies.size()));
            String article = ARTICLES[random.nextInt(ARTICLES.length)];
            boolean cyber = random.nextInt(100) < (detected.getYear() >= 2025 ? 22 : 12);
            String summary = cyber ? SUMMARIES[5] : SUMMARIES[random.nextInt(5)];
            long id = insertCase(communeId, detected, agency, summary, cyber, random, today);
            jdbc.sql("insert into drug_case_article (case_id, article_code) values (:c, :a)")
                    .param("c", id)
                    .param("a", article)
                    .update();
            if (!detected.isBefore(REFORM) && random.nextInt(8) == 0) {
                jdbc.sql("insert into drug_case_article (case_id, article_code) values (:c, '256a')")
                        .param("c", id)
                        .update();
            }
            int people = 1 + random.nextInt(random.nextInt(5) == 0 ? 4 : 2);
            for (int s = 0; s < people; s++) {
                insertSuspect(id, detected, s == 0 && people > 2, random);
                suspects++;
            }
            if (random.nextInt(10) < 8) {
                Object[] what = SEIZED[random.nextInt(SEIZED.length)];
                int min = (Integer) what[2];
                int max = (Integer) what[3];
                BigDecimal quantity = "G".equals(what[1])
                        ? BigDecimal.valueOf(min + random.nextDouble() * (max - min))
                                .setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.valueOf(min + random.nextInt(max - min + 1));
                jdbc.sql("insert into case_seizure (case_id, substance_code, quantity, unit, other_items, created_by)"
                                + " values (:c, :s, :q, :u, :o, 'demo')")
                        .param("c", id)
                        .param("s", what[0])
                        .param("q", quantity)
                        .param("u", what[1])
                        .param("o", random.nextBoolean() ? (1 + random.nextInt(3)) + " điện thoại di động" : null)
                        .update();
                seizures++;
            }
        }
        for (int i = 0; i < VIOLATIONS; i++) {
            AdminUnit commune = communes.get(random.nextInt(communes.size()));
            LocalDate decided = first.plusDays(random.nextInt(days + 1));
            long communeId = decided.isBefore(REFORM) ? predecessor(commune, random) : commune.id();
            boolean measure = random.nextInt(4) == 0;
            jdbc.sql("insert into drug_violation (commune_id, decided_on, full_name, female, birth_year,"
                            + " decision_number, behaviour, fine, measure, created_by)"
                            + " values (:c, :d, :n, :f, :y, :no, :b, :fine, :m, 'demo')")
                    .param("c", communeId)
                    .param("d", decided)
                    .param("n", name(random))
                    .param("f", random.nextInt(10) == 0)
                    .param("y", 1970 + random.nextInt(36))
                    .param("no", (i + 1) + "/QĐ-XPHC")
                    .param("b", "Sử dụng trái phép chất ma túy")
                    .param("fine", BigDecimal.valueOf(1_000_000L + 250_000L * random.nextInt(5)))
                    .param("m", measure ? "Lập hồ sơ đề nghị áp dụng biện pháp giáo dục tại xã, phường" : null)
                    .update();
        }
        log.info(
                "Demo cases: {} cases, {} suspects, {} seizures, {} violations in Hưng Yên",
                CASES,
                suspects,
                seizures,
                VIOLATIONS);
    }

    private long insertCase(
            long communeId,
            LocalDate detected,
            long agency,
            String summary,
            boolean cyber,
            Random random,
            LocalDate today) {
        // the stages reached as time passed, each on a day not after today
        LocalDate opened = stage(detected, 5 + random.nextInt(20), today);
        LocalDate charged = opened == null ? null : stage(opened, 10 + random.nextInt(40), today);
        LocalDate indicted = charged == null ? null : stage(charged, 60 + random.nextInt(60), today);
        LocalDate tried = indicted == null ? null : stage(indicted, 30 + random.nextInt(60), today);
        LocalDate judged = tried == null ? null : stage(tried, 0, today);
        String stage = judged != null
                ? "JUDGED"
                : tried != null
                        ? "TRIED"
                        : indicted != null
                                ? "INDICTED"
                                : charged != null ? "CHARGED" : opened != null ? "OPENED" : "DETECTED";
        return jdbc.sql("insert into drug_case (commune_id, detected_on, agency_id, summary, stage, opened_on,"
                        + " charged_on, indicted_on, tried_on, mobile_trial, judged_on, cyberspace, transnational,"
                        + " organised_ring, key_route, created_by)"
                        + " values (:c, :d, :a, :s, :st, :o, :ch, :i, :t, :m, :j, :cy, :tn, :r, :k, 'demo')"
                        + " returning id")
                .param("c", communeId)
                .param("d", detected)
                .param("a", agency)
                .param("s", summary)
                .param("st", stage)
                .param("o", opened)
                .param("ch", charged)
                .param("i", indicted)
                .param("t", tried)
                .param("m", tried != null && random.nextInt(8) == 0)
                .param("j", judged)
                .param("cy", cyber)
                .param("tn", random.nextInt(20) == 0)
                .param("r", random.nextInt(12) == 0)
                .param("k", random.nextInt(10) == 0)
                .query(Long.class)
                .single();
    }

    private void insertSuspect(long caseId, LocalDate detected, boolean organiser, Random random) {
        int birthYear = detected.getYear() - 16 - random.nextInt(40);
        jdbc.sql("insert into case_suspect (case_id, full_name, female, birth_year, role, age_group, prior_record,"
                        + " drug_user, created_by) values (:c, :n, :f, :y, :r, :g, :p, :u, 'demo')")
                .param("c", caseId)
                .param("n", name(random))
                .param("f", random.nextInt(8) == 0)
                .param("y", birthYear)
                .param("r", organiser ? "ORGANISER" : random.nextInt(3) == 0 ? "ACCOMPLICE" : "PRINCIPAL")
                .param("g", AgeGroup.of(birthYear, detected).name())
                .param("p", random.nextInt(3) == 0)
                .param("u", random.nextInt(2) == 0)
                .update();
    }

    /** The day a stage was reached, or null when that day is still to come. */
    private static LocalDate stage(LocalDate after, int days, LocalDate today) {
        LocalDate on = after.plusDays(days);
        return on.isAfter(today) ? null : on;
    }

    private static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }

    private long predecessor(AdminUnit commune, Random random) {
        var olds = units.predecessors(commune);
        return olds.isEmpty()
                ? commune.id()
                : olds.get(random.nextInt(olds.size())).unit().id();
    }

    private static void repeat(List<AdminUnit> list, AdminUnit unit, int times) {
        for (int i = 0; i < times; i++) {
            list.add(unit);
        }
    }
}
