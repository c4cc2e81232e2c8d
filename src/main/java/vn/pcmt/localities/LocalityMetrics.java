package vn.pcmt.localities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.localities.internal.DrugFreeQueries;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricKind;
import vn.pcmt.metrics.MetricSource;

/** Key localities, drug-free communes and the number of communes of a unit, in the metric catalogue. */
@Component
class LocalityMetrics implements MetricSource {

    private final KeyLocalityService localities;
    private final DrugFreeQueries drugFree;
    private final UnitService units;
    private final UnitCoverage coverage;

    LocalityMetrics(KeyLocalityService localities, DrugFreeQueries drugFree, UnitService units, UnitCoverage coverage) {
        this.localities = localities;
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
}
