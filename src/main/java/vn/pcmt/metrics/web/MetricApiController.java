package vn.pcmt.metrics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.metrics.Metric;
import vn.pcmt.metrics.MetricValue;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.platform.ListPeriod;
import vn.pcmt.platform.ReadsFigures;
import vn.pcmt.platform.RuleViolationException;

/** The metric catalogue and the values of its metrics for any unit, date or period. */
@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Chỉ số", description = "The metric catalogue and its evaluation over units and periods")
@ReadsFigures
class MetricApiController {

    private final Metrics metrics;
    private final Clock clock;

    MetricApiController(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Every metric: code, name, definition, stock or flow, what it counts, which module",
            description = "With the manual figures defined by `province` (the caller's province by default).")
    List<Metric> catalogue(@RequestParam(required = false) String province) {
        return metrics.catalogue(province);
    }

    @GetMapping("/{code}/values")
    @Operation(
            summary = "A metric for a unit (with what it covers, across the 2025 reform)",
            description = "`date`: a stock on that date, a flow from 1 January of its year; `from`/`to`: a flow over"
                    + " the period, a stock on `to`; `years=2024-2026`: one value per year (trend). `value` null is no"
                    + " data; `manual` true: made of figures entered by hand for the register before the unit kept it.")
    Object values(
            @PathVariable String code,
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String years) {
        metrics.find(code).orElseThrow(() -> metrics.unknown("code", code, null));
        if (years != null) {
            String[] range = years.split("-");
            int first = Integer.parseInt(range[0].strip());
            int last = range.length > 1 ? Integer.parseInt(range[1].strip()) : first;
            if (last < first || last - first > 30) {
                throw new IllegalArgumentException("years");
            }
            Map<Integer, BigDecimal> series = metrics.yearly(code, unit, first, last, LocalDate.now(clock));
            return new Series(code, unit, series);
        }
        if (from != null || to != null) {
            ListPeriod period = ListPeriod.strict(from, to, clock);
            return metrics.value(code, unit, period.from(), period.to());
        }
        MetricValue value = metrics.value(code, unit, date == null ? LocalDate.now(clock) : date);
        return value;
    }

    @GetMapping(value = "/{code}/values", params = "level")
    @Operation(
            summary = "A metric for every unit of a level beneath a unit, or of the whole country",
            description = "`level`: `province`, `district` (before 1/7/2025) or `commune`, finer than `unit`'s level;"
                    + " without `unit`, every unit of the level in the country (national users only). The units are"
                    + " those in force on the period's end; each counts what it covers, across the 2025 reform."
                    + " `date`: a stock on that date, a flow from 1 January of its year; `from`/`to`: a period. One"
                    + " query per figure, never one per unit; `value` null is no data.")
    Beneath valuesBeneath(
            @PathVariable String code,
            @RequestParam String level,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        metrics.find(code).orElseThrow(() -> metrics.unknown("code", code, null));
        UnitLevel asked = UnitLevel.parse(level)
                .orElseThrow(() -> RuleViolationException.onField("level", "metric.level.unknown", level));
        String parent = unit == null || unit.isBlank() ? null : unit.strip();
        UnitLevel parentLevel = parent == null ? null : UnitLevel.ofCode(parent).orElse(UnitLevel.COMMUNE);
        if (parentLevel != null && parentLevel.ordinal() >= asked.ordinal()) {
            throw RuleViolationException.onField("level", "metric.level.notBeneath", level, parent);
        }
        ListPeriod period = date != null && from == null && to == null
                ? ListPeriod.strict(null, date, clock)
                : ListPeriod.strict(from, to, clock);
        List<UnitValue> values =
                metrics.valuesBeneath(code, parent, asked, period.to(), period.from(), period.to()).entrySet().stream()
                        .map(e -> new UnitValue(e.getKey().code(), e.getKey().fullName(), e.getValue()))
                        .toList();
        return new Beneath(code, parent, asked, period.from(), period.to(), values);
    }

    record Series(String code, String unitCode, Map<Integer, BigDecimal> byYear) {}

    /** A metric for every unit of a level beneath a unit (or the country), in the units' order. */
    record Beneath(
            String code, String unitCode, UnitLevel level, LocalDate from, LocalDate to, List<UnitValue> values) {}

    /** One unit's value; null is no data. */
    record UnitValue(String unitCode, String unitName, BigDecimal value) {}
}
