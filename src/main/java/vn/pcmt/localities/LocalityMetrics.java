package vn.pcmt.localities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.internal.DrugFreeQueries;
import vn.pcmt.localities.internal.LocalityQueries;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;

/** Key localities, drug-free communes and the number of communes of a unit, in the metric catalogue. */
@Component
class LocalityMetrics implements MetricSource {

    private static final List<String> KEY_LOCALITIES = List.of(
            "key_localities.selected",
            "key_localities.transformed",
            "key_localities.complex_again",
            "key_localities.not_complex_again");

    private final KeyLocalityService localities;
    private final LocalityQueries localityQueries;
    private final DrugFreeQueries drugFree;
    private final UnitService units;
    private final UnitCoverage coverage;

    LocalityMetrics(
            KeyLocalityService localities,
            LocalityQueries localityQueries,
            DrugFreeQueries drugFree,
            UnitService units,
            UnitCoverage coverage) {
        this.localities = localities;
        this.localityQueries = localityQueries;
        this.drugFree = drugFree;
        this.units = units;
        this.coverage = coverage;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(
                Metric.of("units.communes", MetricKind.STOCK, "xã", "geo"),
                Metric.of("drugfree.registered", MetricKind.STOCK, "xã", "localities"),
                Metric.of("drugfree.recognised", MetricKind.STOCK, "xã", "localities"),
                Metric.of("key_localities.selected", MetricKind.FLOW, "địa bàn", "localities"),
                Metric.of("key_localities.transformed", MetricKind.FLOW, "địa bàn", "localities"),
                Metric.of("key_localities.complex_again", MetricKind.FLOW, "địa bàn", "localities"),
                Metric.of("key_localities.not_complex_again", MetricKind.FLOW, "địa bàn", "localities"));
    }

    @Override
    public BigDecimal value(String code, String unitCode, LocalDate from, LocalDate to) {
        if (code.startsWith("key_localities.")) {
            KeyLocalityFigures f = localities.figures(unitCode, from, to);
            return BigDecimal.valueOf(
                    switch (code) {
                        case "key_localities.selected" -> f.selected();
                        case "key_localities.transformed" -> f.transformed();
                        case "key_localities.complex_again" -> f.complexAgain();
                        default -> f.notComplexAgain();
                    });
        }
        AdminUnit unit = coverage.visibleUnit(unitCode.strip(), to);
        if (code.equals("units.communes")) {
            return BigDecimal.valueOf(units.communesCovered(unit, to));
        }
        return BigDecimal.valueOf(drugFree.stock(unit.id(), to).get(code.substring("drugfree.".length())));
    }

    /** Every unit in one query. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> values(String code, List<AdminUnit> list, LocalDate from, LocalDate to) {
        List<Long> ids = list.stream().map(AdminUnit::id).toList();
        Map<Long, BigDecimal> values = new HashMap<>();
        if (code.startsWith("key_localities.")) {
            int index = KEY_LOCALITIES.indexOf(code);
            localityQueries.figures(ids, from, to).forEach((unit, f) -> values.put(unit, BigDecimal.valueOf(f[index])));
        } else if (code.equals("units.communes")) {
            units.communesCovered(ids, to).forEach((unit, n) -> values.put(unit, BigDecimal.valueOf(n)));
        } else {
            String key = code.substring("drugfree.".length());
            drugFree.stock(ids, to).forEach((unit, stock) -> values.put(unit, BigDecimal.valueOf(stock.get(key))));
        }
        return values;
    }
}
