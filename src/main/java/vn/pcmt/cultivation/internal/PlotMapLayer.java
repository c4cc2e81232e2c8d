package vn.pcmt.cultivation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.SupplyMap;

/**
 * The cultivation plots on the supply map (ADR 045): plots of the unit found in the period, standing or destroyed
 * (by the end of the period), with their point when recorded with one.
 */
@Component
class PlotMapLayer implements SupplyMap.Layer {

    private final CultivationService plots;
    private final MessageSource messages;

    PlotMapLayer(CultivationService plots, MessageSource messages) {
        this.plots = plots;
        this.messages = messages;
    }

    /** An area in the reader's notation, without trailing zeros: "320,5" in Vietnamese, "320.5" in English. */
    static String area(java.math.BigDecimal area, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(area);
    }

    @Override
    public String nameKey() {
        return "supplyMap.layer.plots";
    }

    @Override
    public List<SupplyMap.Point> points(String unitCode, LocalDate from, LocalDate to) {
        Locale locale = LocaleContextHolder.getLocale();
        return plots.search(unitCode, from, to, null, null).stream()
                .map(p -> new SupplyMap.Point(
                        "PLOT",
                        p.state().name(),
                        "cultivation.state." + p.state(),
                        p.latitude(),
                        p.longitude(),
                        p.foundOn(),
                        p.communeName(),
                        messages.getMessage(
                                "supplyMap.plot.label",
                                new Object[] {
                                    messages.getMessage("cultivation.species." + p.species(), null, locale),
                                    area(p.areaM2(), locale),
                                    p.plants()
                                },
                                locale),
                        "/cultivation?unit=" + p.communeCode() + "&from="
                                + p.foundOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                + "&to="
                                + p.foundOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                + "#plot-" + p.id()))
                .toList();
    }
}
