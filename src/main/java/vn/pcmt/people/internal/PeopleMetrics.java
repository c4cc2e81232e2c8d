package vn.pcmt.people.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;
import vn.pcmt.people.PeopleStats;

/** The person register's figures in the metric catalogue: people by status on a date, flows over a period. */
@Component
class PeopleMetrics implements MetricSource {

    private static final Map<String, PersonStatus> STOCKS = Map.ofEntries(
            Map.entry("people.under_management", PersonStatus.UNDER_MANAGEMENT),
            Map.entry("people.addicts", PersonStatus.ADDICT),
            Map.entry("people.addicts_with_record", PersonStatus.ADDICT_WITH_RECORD),
            Map.entry("people.addicts_without_record", PersonStatus.ADDICT_WITHOUT_RECORD),
            Map.entry("people.in_rehab", PersonStatus.IN_REHAB),
            Map.entry("people.in_rehab_home", PersonStatus.IN_REHAB_VOLUNTARY_HOME),
            Map.entry("people.in_rehab_community", PersonStatus.IN_REHAB_VOLUNTARY_COMMUNITY),
            Map.entry("people.in_rehab_compulsory", PersonStatus.IN_REHAB_COMPULSORY_ADULT),
            Map.entry("people.after_rehab", PersonStatus.AFTER_REHAB),
            Map.entry("people.in_substitution", PersonStatus.IN_SUBSTITUTION),
            Map.entry("people.high_risk", PersonStatus.HIGH_RISK));

    private static final Map<String, String> FLOWS = Map.of(
            "people.management_opened", "managementOpened",
            "people.determined_addicted", "determinedAddicted",
            "people.rehab_started", "rehabStarted",
            "people.rehab_completed", "rehabCompleted",
            "people.drug_tests", "drugTests",
            "people.positive_tests", "positiveTests",
            "people.served", "peopleServed",
            "people.counselled", "peopleCounselled",
            "people.new_users", "newUsers",
            "people.new_addicts", "newAddicts");

    /**
     * The first day anyone had a status in a commune covered, or the first event of someone living there: an index
     * read per commune ({@code person_place_status_commune}) and one per kind of event ({@code person_event_commune}
     * is by commune, kind and date: a minimum over every kind read every event of the commune, 135 ms for Hưng Yên's
     * 637 units on the national register against a few ms so).
     */
    private static final Map<Register, String> FIRST_RECORDS = Map.of(
            Register.PEOPLE,
            """
            select c.ancestor_id, least(
                min((select min(s.valid_from) from person_place_status s where s.commune_id = c.unit_id)),
                min((select min(e.event_date) from person_event e
                     where e.commune_id = c.unit_id and e.kind = 'DRUG_TEST' and e.deleted_at is null)),
                min((select min(e.event_date) from person_event e
                     where e.commune_id = c.unit_id and e.kind = 'CHECK_IN' and e.deleted_at is null)),
                min((select min(e.event_date) from person_event e
                     where e.commune_id = c.unit_id and e.kind = 'HOME_VISIT' and e.deleted_at is null)),
                min((select min(e.event_date) from person_event e
                     where e.commune_id = c.unit_id and e.kind = 'SERVICE' and e.deleted_at is null)))
            from unit_coverage c
            where c.ancestor_id in (:units) group by c.ancestor_id""");

    /** Addicts whose determination in force names an opioid (HY10's denominator, ADR 044). */
    static final String OPIOID_ADDICTS = "people.opioid_addicts";

    private final PeopleStats stats;
    private final PersonQueries queries;
    private final JdbcClient jdbc;
    private final ServiceFigures services;
    private final vn.pcmt.platform.FigureCache cache;

    PeopleMetrics(
            PeopleStats stats,
            PersonQueries queries,
            JdbcClient jdbc,
            ServiceFigures services,
            vn.pcmt.platform.FigureCache cache) {
        this.stats = stats;
        this.queries = queries;
        this.jdbc = jdbc;
        this.services = services;
        this.cache = cache;
    }

    @Override
    public List<Metric> metrics() {
        var list = new java.util.ArrayList<Metric>();
        STOCKS.keySet().forEach(c -> list.add(Metric.of(c, MetricKind.STOCK, "người", "people")));
        list.add(Metric.of("people.with_record", MetricKind.STOCK, "người", "people"));
        list.add(Metric.of(OPIOID_ADDICTS, MetricKind.STOCK, "người", "people"));
        FLOWS.keySet().forEach(c -> list.add(Metric.of(c, MetricKind.FLOW, "người", "people")));
        // services, relapse and high risk (ADR 048)
        list.add(Metric.of("people.communes_with_addicts", MetricKind.STOCK, "xã", "people"));
        list.add(Metric.of("people.communes_home_rehab", MetricKind.FLOW, "xã", "people"));
        list.add(Metric.of("people.completed_treatment", MetricKind.FLOW, "người", "people"));
        list.add(Metric.of("people.relapsed_6m", MetricKind.FLOW, "người", "people"));
        list.add(Metric.of("people.relapsed_12m", MetricKind.FLOW, "người", "people"));
        list.add(Metric.of("people.high_risk_with_measure", MetricKind.STOCK, "người", "people"));
        list.add(Metric.of("people.high_risk_without_measure", MetricKind.STOCK, "người", "people"));
        return list;
    }

    /** Every unit at once: one classification query for the stocks, one query per flow. */
    @Override
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> units, LocalDate from, LocalDate to) {
        List<Long> ids = units.stream().map(AdminUnit::id).toList();
        Map<Long, BigDecimal> values = new HashMap<>();
        if (ServiceFigures.CODES.contains(code)) {
            services.values(code, ids, from, to).forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        } else if (STOCKS.containsKey(code)) {
            stats.statusesByUnit(ids, to)
                    .forEach((unit, counts) -> values.put(unit, BigDecimal.valueOf(counts.get(STOCKS.get(code)))));
        } else if (code.equals(OPIOID_ADDICTS)) {
            // a unit's is the sum of its pieces' (ADR 064): a person lives in one commune on a day
            cache.summed(
                            ids,
                            (whole, asked) -> whole == null
                                    ? queries.countOpioidAddicts(asked, to)
                                    : queries.countOpioidAddictsIn(whole, asked, to),
                            OPIOID_ADDICTS,
                            to)
                    .forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        } else if (code.equals("people.with_record")) {
            Map<Long, Long> counts = stats.withRecordByUnit(ids, to);
            ids.forEach(unit -> values.put(unit, BigDecimal.valueOf(counts.getOrDefault(unit, 0L))));
        } else {
            stats.flowByUnit(FLOWS.get(code), ids, from, to)
                    .forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        }
        return values;
    }

    /** The first record among what each unit covers: one query; the register's start where none was entered. */
    @Override
    public Map<Long, LocalDate> firstRecords(Register register, Collection<Long> unitIds) {
        String sql = FIRST_RECORDS.get(register);
        return sql == null ? Map.of() : MetricSource.firstDays(jdbc, sql, unitIds);
    }
}
