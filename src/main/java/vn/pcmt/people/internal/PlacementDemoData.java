package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo placements (ADR 043, ADR 052): the demo people's compulsory rehab is placed at the demo rehab facilities of
 * Hưng Yên, so that occupancy and the facility staff account {@code cosocainghien} show something. Before 1/7/2025 a
 * person of the former Thái Bình goes to facility no. 2 (Thái Bình), everybody else to the provincial facility; from
 * 1/7/2025 two admissions in three go to facility no. 1 (opened that day, the staff account's), the others to the
 * provincial facility. One placement in three still running on 1/9/2025 at the two older facilities is transferred
 * to facility no. 1 that day (the episode there ends on 31/8 as moved, the next starts on 1/9, as
 * {@link PlacementService#transfer} does). Those whose rehab has ended are discharged (completed) as their episode
 * says. Once, by SQL like the other demo registers (no audit history); off with the facility demo data
 * ({@code pcmt.demo.facilities=false}, as in tests).
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.facilities", havingValue = "true", matchIfMissing = true)
@Order(67)
class PlacementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacementDemoData.class);

    static final String PROVINCIAL = "Cơ sở cai nghiện ma túy tỉnh Hưng Yên";
    static final String THAI_BINH = "Cơ sở cai nghiện ma túy số 2 tỉnh Hưng Yên (Thái Bình cũ)";
    static final String NUMBER_ONE = "Cơ sở cai nghiện ma túy số 1 tỉnh Hưng Yên";

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate TRANSFER = LocalDate.of(2025, 9, 1);

    /** The demo people's compulsory rehab not yet placed. */
    private static final String UNPLACED = " from episode e join person p on p.id = e.person_id"
            + " and p.created_by = 'demo' and p.deleted_at is null where e.kind = 'REHAB'"
            + " and e.form = 'COMPULSORY_ADULT' and e.deleted_at is null";

    private final JdbcClient jdbc;
    private final Clock clock;

    PlacementDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*)" + UNPLACED + " and e.facility_id is not null")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Map<String, Long> facilities = facilities();
        if (facilities.size() < 3 || LocalDate.now(clock).isBefore(TRANSFER)) {
            return;
        }
        long provincial = facilities.get(PROVINCIAL);
        long thaiBinh = facilities.get(THAI_BINH);
        long numberOne = facilities.get(NUMBER_ONE);
        // one statement per facility: the statuses are recomputed once per statement (a statement trigger)
        int before = jdbc.sql("update episode e set facility_id = case when u.province_code = '34' then :tb"
                        + " else :hy end, facility = case when u.province_code = '34' then :tbName else :hyName end"
                        + " from person p, admin_unit u where p.id = e.person_id and p.created_by = 'demo'"
                        + " and p.deleted_at is null and u.id = e.unit_id and e.kind = 'REHAB'"
                        + " and e.form = 'COMPULSORY_ADULT' and e.deleted_at is null and e.facility_id is null"
                        + " and e.start_date < :reform")
                .param("tb", thaiBinh)
                .param("hy", provincial)
                .param("tbName", THAI_BINH)
                .param("hyName", PROVINCIAL)
                .param("reform", REFORM)
                .update();
        int after = jdbc.sql("update episode e set facility_id = case when e.id % 3 = 0 then :hy else :one end,"
                        + " facility = case when e.id % 3 = 0 then :hyName else :oneName end"
                        + " from person p where p.id = e.person_id and p.created_by = 'demo' and p.deleted_at is null"
                        + " and e.kind = 'REHAB' and e.form = 'COMPULSORY_ADULT' and e.deleted_at is null"
                        + " and e.facility_id is null and e.start_date >= :reform")
                .param("hy", provincial)
                .param("one", numberOne)
                .param("hyName", PROVINCIAL)
                .param("oneName", NUMBER_ONE)
                .param("reform", REFORM)
                .update();
        // transfers on 1/9/2025: the next episode first (a copy starting that day), then the one here ends on 31/8
        String moving = " e.kind = 'REHAB' and e.deleted_at is null and e.facility_id in (:older)"
                + " and e.start_date < :day and (e.end_date is null or e.end_date >= :day) and e.id % 3 = 1"
                + " and exists (select 1 from person p where p.id = e.person_id and p.created_by = 'demo')";
        List<Long> older = List.of(provincial, thaiBinh);
        int transferred = jdbc.sql("insert into episode (person_id, kind, form, unit_id, start_date, planned_end_date,"
                        + " end_date, end_reason, decision_number, decision_date, signer, facility, facility_id,"
                        + " physician, result, note, officer, planned_end_by_hand)"
                        + " select e.person_id, e.kind, e.form, e.unit_id, :day, e.planned_end_date, e.end_date,"
                        + " e.end_reason, e.decision_number, e.decision_date, e.signer, :oneName, :one, e.physician,"
                        + " e.result, 'Chuyển từ ' || e.facility, e.officer, e.planned_end_by_hand from episode e"
                        + " where" + moving)
                .param("day", TRANSFER)
                .param("older", older)
                .param("one", numberOne)
                .param("oneName", NUMBER_ONE)
                .update();
        jdbc.sql("update episode e set end_date = :eve, end_reason = 'MOVED' where" + moving)
                .param("eve", TRANSFER.minusDays(1))
                .param("day", TRANSFER)
                .param("older", older)
                .update();
        log.info(
                "Demo placements: {} compulsory rehab episodes placed before 1/7/2025, {} after, {} transferred to"
                        + " facility no. 1 on 1/9/2025",
                before,
                after,
                transferred);
    }

    /** The demo rehab facilities by name (the staff account's facility and the three of the facility demo data). */
    private Map<String, Long> facilities() {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("select name, min(id) as id from facility where deleted_at is null and name in (:names) group by name")
                .param("names", List.of(PROVINCIAL, THAI_BINH, NUMBER_ONE))
                .query((rs, n) -> ids.put(rs.getString("name"), rs.getLong("id")))
                .list();
        return ids;
    }
}
