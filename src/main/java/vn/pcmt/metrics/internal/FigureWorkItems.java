package vn.pcmt.metrics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.access.Permission;
import vn.pcmt.geo.UnitService;
import vn.pcmt.metrics.FigureStatus;
import vn.pcmt.metrics.ManualFigures;
import vn.pcmt.metrics.ManualMetric;
import vn.pcmt.platform.WorkEntry;
import vn.pcmt.platform.WorkItems;

/**
 * The manual figures' part of the work list (ADR 047), one item per figure definition of the caller's province: for
 * the standing office, the figures submitted and waiting for its review; for those who enter figures, the figures
 * returned to them (a department: of its agency's definitions; a unit: of the definitions no agency owns); for a
 * department, its agency's definitions with no figure entered yet. Each item opens the definition's page.
 */
@Component
@Order(40)
class FigureWorkItems implements WorkItems {

    private final CurrentUsers users;
    private final ManualFigures figures;
    private final UnitService units;
    private final MessageSource messages;

    FigureWorkItems(CurrentUsers users, ManualFigures figures, UnitService units, MessageSource messages) {
        this.users = users;
        this.figures = figures;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public List<WorkEntry> due(LocalDate today) {
        CurrentUser user = users.require();
        boolean review = user.can(Permission.FIGURE_REVIEW);
        boolean enter = user.can(Permission.FIGURE_ENTER);
        if (!review && !enter) {
            return List.of();
        }
        String province = units.provinceCodeOf(user.jurisdiction(), null);
        if (province == null) {
            return List.of();
        }
        Map<Long, Map<FigureStatus, Long>> counts = figures.statusCounts(province);
        List<ManualMetric> metrics = new ArrayList<>(figures.definitions(province));
        metrics.addAll(figures.standIns(province));
        List<WorkEntry> entries = new ArrayList<>();
        for (ManualMetric m : metrics) {
            Map<FigureStatus, Long> of = counts.getOrDefault(m.getId(), Map.of());
            String href = "/figures/" + m.getId();
            long waiting = of.getOrDefault(FigureStatus.SUBMITTED, 0L);
            if (review && waiting > 0) {
                entries.add(new WorkEntry(
                        "FIGURES_TO_REVIEW", false, m.getName(), text("work.figures.waiting", waiting), null, href));
            }
            boolean ours = user.agencyId() == null
                    ? m.getAgencyId() == null
                    : user.agencyId().equals(m.getAgencyId());
            long returned = of.getOrDefault(FigureStatus.RETURNED, 0L);
            if (enter && (ours || review) && returned > 0) {
                entries.add(new WorkEntry(
                        "FIGURES_RETURNED", true, m.getName(), text("work.figures.returned", returned), null, href));
            }
            if (enter && user.agencyId() != null && ours && of.isEmpty()) {
                entries.add(new WorkEntry(
                        "FIGURES_TO_ENTER", false, m.getName(), text("work.figures.none"), null, href + "#enter"));
            }
        }
        return entries;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
