package vn.pcmt.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.pcmt.platform.RuleViolationException;

/**
 * The catalogue and its evaluation. Values are computed from the registers at each call, so they are never stale
 * after a change.
 */
@Service
public class Metrics {

    private final List<MetricSource> sources;
    private final MessageSource messages;

    Metrics(List<MetricSource> sources, MessageSource messages) {
        this.sources = List.copyOf(sources);
        this.messages = messages;
    }

    /** Every metric, by code. */
    public List<Metric> catalogue() {
        List<Metric> all = new ArrayList<>();
        var locale = LocaleContextHolder.getLocale();
        sources.forEach(s -> s.metrics()
                .forEach(m -> all.add(m.named(
                        messages.getMessage("metric." + m.code(), null, m.code(), locale),
                        messages.getMessage("metric." + m.code() + ".def", null, "", locale)))));
        all.sort(Comparator.comparing(Metric::code));
        return all;
    }

    public Optional<Metric> find(String code) {
        return catalogue().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** A stock on the date, or a flow from 1 January of the date's year to the date. */
    public MetricValue value(String code, String unitCode, LocalDate date) {
        return value(code, unitCode, date.withDayOfYear(1), date);
    }

    public MetricValue value(String code, String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        MetricSource source = sourceOf(code);
        Metric metric = find(code).orElseThrow();
        LocalDate start = metric.kind() == MetricKind.STOCK ? to : from;
        return new MetricValue(code, unitCode, start, to, source.value(code, unitCode, start, to));
    }

    /** The value at the end of each year of the range (a stock) or over each year (a flow), for trends. */
    public Map<Integer, BigDecimal> yearly(String code, String unitCode, int fromYear, int toYear, LocalDate today) {
        Map<Integer, BigDecimal> series = new LinkedHashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            if (LocalDate.of(year, 1, 1).isAfter(today)) {
                break;
            }
            LocalDate to = end.isAfter(today) ? today : end;
            series.put(year, value(code, unitCode, LocalDate.of(year, 1, 1), to).value());
        }
        return series;
    }

    private MetricSource sourceOf(String code) {
        return sources.stream()
                .filter(s -> s.metrics().stream().anyMatch(m -> m.code().equals(code)))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("metric.unknown", code));
    }
}
