package vn.pcmt.legalaid.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo legal-aid requests of Hưng Yên, 2023 to today (HY9): about ten a year in six communes (the commune of the day:
 * a former one before 1/7/2025), anonymous; most found eligible and served by the provincial legal-aid centre within
 * a few weeks, a few not eligible (with the reason), one eligible left unserved, the last weeks' still undecided.
 * Never after today by the clock. Off in tests ({@code pcmt.demo.outreach=false}), like the supply demo data.
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.outreach", havingValue = "true", matchIfMissing = true)
@Order(65)
class LegalAidDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegalAidDemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final String CENTRE = "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hưng Yên";

    /** Phố Hiến, Sơn Nam, Mỹ Hào, Khoái Châu, Trần Lãm, Thái Bình (codes of 1/7/2025). */
    private static final List<String> COMMUNES = List.of("11953", "11983", "12103", "12205", "12454", "13225");

    private static final List<String> SUBJECTS = List.of(
            "Tư vấn về thủ tục cai nghiện ma túy tự nguyện tại gia đình",
            "Tư vấn về quyết định đưa vào cơ sở cai nghiện bắt buộc",
            "Tham gia tố tụng bào chữa cho người bị buộc tội về tàng trữ trái phép chất ma túy",
            "Tư vấn về quản lý sau cai nghiện và hỗ trợ học nghề",
            "Tư vấn về xử phạt vi phạm hành chính đối với người sử dụng trái phép chất ma túy");

    private final UnitService units;
    private final JdbcClient jdbc;
    private final Clock clock;

    LegalAidDemoData(UnitService units, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from legal_aid_request where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        List<AdminUnit> communes = COMMUNES.stream()
                .map(code -> units.find(code, REFORM))
                .flatMap(java.util.Optional::stream)
                .toList();
        LocalDate today = LocalDate.now(clock);
        if (communes.isEmpty() || today.isBefore(FIRST)) {
            return;
        }
        Random random = new Random(2034);
        int made = 0;
        boolean leftUnserved = false;
        for (int year = FIRST.getYear(); year <= today.getYear(); year++) {
            for (int i = 0; i < 10; i++) {
                LocalDate asked = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (asked.isAfter(today)) {
                    continue;
                }
                AdminUnit commune = communes.get(random.nextInt(communes.size()));
                Boolean eligible;
                String reason = null;
                LocalDate served = null;
                if (asked.isAfter(today.minusDays(21))) {
                    eligible = null;
                } else if (random.nextInt(10) == 0) {
                    eligible = false;
                    reason = "Không thuộc diện được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý năm 2017";
                } else {
                    eligible = true;
                    served = asked.plusDays(3 + random.nextInt(25));
                    if (served.isAfter(today) || (!leftUnserved && year == 2024 && i > 6)) {
                        leftUnserved |= !served.isAfter(today);
                        served = null;
                    }
                }
                jdbc.sql("insert into legal_aid_request (commune_id, requested_on, subject, eligible,"
                                + " eligibility_reason, served_on, provider_name, created_by)"
                                + " values (:c, :on, :s, :e, :r, :served, :p, 'demo')")
                        .param("c", communeOn(commune, asked, random))
                        .param("on", asked)
                        .param("s", SUBJECTS.get(random.nextInt(SUBJECTS.size())))
                        .param("e", eligible)
                        .param("r", reason)
                        .param("served", served)
                        .param("p", served == null ? null : CENTRE)
                        .update();
                made++;
            }
        }
        log.info("Demo legal aid: {} requests in Hưng Yên", made);
    }

    private long communeOn(AdminUnit commune, LocalDate day, Random random) {
        if (!day.isBefore(REFORM)) {
            return commune.id();
        }
        var olds = units.predecessors(commune);
        return olds.isEmpty()
                ? commune.id()
                : olds.get(random.nextInt(olds.size())).unit().id();
    }
}
