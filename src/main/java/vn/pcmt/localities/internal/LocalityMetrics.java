package vn.pcmt.localities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;
import vn.pcmt.metrics.Register;

/** Key localities, drug-free communes and the number of communes of a unit, in the metric catalogue. */
@Component
class LocalityMetrics implements MetricSource {

    private static final List<String> KEY_LOCALITIES = List.of(
            "key_localities.selected",
            "key_localities.transformed",
            "key_localities.complex_again",
            "key_localities.not_complex_again");

    private static final Map<Register, String> FIRST_RECORDS = Map.of(
            Register.KEY_LOCALITIES,
            """
            select c.ancestor_id, min(k.period_from) from unit_coverage c
            join key_locality k on k.unit_id = c.unit_id and k.deleted_at is null
            where c.ancestor_id in (:units) group by c.ancestor_id""",
            Register.DRUG_FREE,
            """
            select c.ancestor_id, min(d.registered_on) from unit_coverage c
            join drugfree_commune d on d.unit_id = c.unit_id
            where c.ancestor_id in (:units) group by c.ancestor_id""");

    private final LocalityQueries localityQueries;
    private final DrugFreeQueries drugFree;
    private final UnitService units;
    private final JdbcClient jdbc;

    LocalityMetrics(LocalityQueries localityQueries, DrugFreeQueries drugFree, UnitService units, JdbcClient jdbc) {
        this.localityQueries = localityQueries;
        this.drugFree = drugFree;
        this.units = units;
        this.jdbc = jdbc;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                Metric.of("units.communes", MetricKind.STOCK, "xã", "geo"),
                Metric.of("drugfree.registered", MetricKind.STOCK, "xã", "localities"),
                Metric.of("drugfree.recognised", MetricKind.STOCK, "xã", "localities"),
                Metric.of("drugfree.revoked", MetricKind.FLOW, "xã", "localities"),
                Metric.of("key_localities.in_force", MetricKind.STOCK, "địa bàn", "localities"),
                Metric.of("key_localities.selected", MetricKind.FLOW, "địa bàn", "localities"),
                Metric.of("key_localities.transformed", MetricKind.FLOW, "địa bàn", "localities"),
                Metric.of("key_localities.complex_again", MetricKind.FLOW, "địa bàn", "localities"),
                Metric.of("key_localities.not_complex_again", MetricKind.FLOW, "địa bàn", "localities"));
    }

    /** Every unit in one query. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> list, LocalDate from, LocalDate to) {
        List<Long> ids = list.stream().map(AdminUnit::id).toList();
        Map<Long, BigDecimal> values = new HashMap<>();
        if (code.equals("key_localities.in_force")) {
            localityQueries.inForce(ids, to).forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        } else if (code.equals("drugfree.revoked")) {
            drugFree.revoked(ids, from, to).forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        } else if (code.startsWith("key_localities.")) {
            int index = KEY_LOCALITIES.indexOf(code);
            localityQueries.figures(ids, from, to).forEach((unit, f) -> values.put(unit, BigDecimal.valueOf(f[index])));
        } else if (code.equals("units.communes")) {
            units.communesCovered(ids, to).forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        } else {
            String key = code.substring("drugfree.".length());
            values.putAll(MetricSource.pick(drugFree.stock(ids, to), key));
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
