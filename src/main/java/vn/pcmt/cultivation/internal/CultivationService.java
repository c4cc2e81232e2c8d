package vn.pcmt.cultivation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitLink;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.RuleViolationException;

/**
 * The cultivation register: record, correct, destroy, re-plant, delete (softly) and list plots, always inside the
 * caller's jurisdiction ({@link UnitCoverage}: commune police in their commune, the province's offices in the
 * province). Every change is kept by Envers.
 */
@Service
@Transactional
public class CultivationService {

    /** The most rows a list shows at once. */
    public static final int LIST_LIMIT = 2000;

    private final PlotRepository plots;
    private final PlotQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    CultivationService(
            PlotRepository plots, PlotQueries queries, UnitService units, UnitCoverage coverage, Clock clock) {
        this.plots = plots;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** A plot of the caller's jurisdiction. */
    @Transactional(readOnly = true)
    public CultivationPlot get(long id) {
        CultivationPlot plot = plots.findById(id).orElseThrow();
        coverage.check(plot.getCommuneId());
        return plot;
    }

    /** The plot re-planted at this one's place, if any. */
    @Transactional(readOnly = true)
    public Optional<CultivationPlot> replantingOf(long id) {
        get(id);
        return plots.findReplantingOf(id);
    }

    /** Plots of a unit (by code, on {@code to}) found in [from, to]. */
    @Transactional(readOnly = true)
    public List<PlotRow> search(String unitCode, LocalDate from, LocalDate to, PlotState state, PlantSpecies species) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        return queries.list(unit.id(), from, to, state, species, LIST_LIMIT);
    }

    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    public CultivationPlot record(PlotForm form) {
        AdminUnit commune = checkedCommune(form);
        return plots.saveAndFlush(new CultivationPlot(commune.id(), form, null));
    }

    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    public CultivationPlot correct(long id, PlotForm form) {
        CultivationPlot plot = editable(id, form.version());
        AdminUnit commune = checkedCommune(form);
        if (plot.getDestroyedOn() != null && form.foundOn().isAfter(plot.getDestroyedOn())) {
            throw new RuleViolationException("cultivation.found.afterDestruction", plot.getDestroyedOn());
        }
        plot.apply(commune.id(), form);
        return plots.saveAndFlush(plot);
    }

    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    public CultivationPlot destroy(long id, DestructionForm form) {
        CultivationPlot plot = editable(id, form.version());
        if (plot.getDestroyedOn() != null) {
            throw new RuleViolationException("cultivation.alreadyDestroyed", plot.getDestroyedOn());
        }
        if (form.destroyedOn().isBefore(plot.getFoundOn())) {
            throw new RuleViolationException("cultivation.destroyed.beforeFound", plot.getFoundOn());
        }
        if (form.destroyedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("cultivation.future", form.destroyedOn());
        }
        plot.destroy(form);
        return plots.saveAndFlush(plot);
    }

    /** Plants found again on a destroyed plot: a new plot at the same place, linked to the earlier one. */
    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    public CultivationPlot replant(long id, ReplantingForm form) {
        CultivationPlot old = get(id);
        if (old.getDestroyedOn() == null) {
            throw new RuleViolationException("cultivation.replant.notDestroyed");
        }
        if (!form.foundOn().isAfter(old.getDestroyedOn())) {
            throw new RuleViolationException("cultivation.replant.beforeDestruction", old.getDestroyedOn());
        }
        if (form.foundOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("cultivation.future", form.foundOn());
        }
        plots.findReplantingOf(id).ifPresent(p -> {
            throw new RuleViolationException("cultivation.replant.already", p.getId());
        });
        AdminUnit commune = units.findById(old.getCommuneId()).orElseThrow();
        AdminUnit now = commune.validOn(form.foundOn()) ? commune : successorOn(commune, form.foundOn());
        coverage.check(now.id());
        PlotForm place = new PlotForm(
                now.code(),
                old.getSpecies(),
                old.getSpeciesNote(),
                form.areaM2(),
                form.plants(),
                form.foundOn(),
                form.foundBy(),
                old.getLatitude(),
                old.getLongitude(),
                old.getAddress(),
                form.note(),
                null);
        return plots.saveAndFlush(new CultivationPlot(now.id(), place, id));
    }

    @PreAuthorize("hasAuthority('CULTIVATION_EDIT')")
    public void delete(long id, long version) {
        CultivationPlot plot = editable(id, version);
        if (plots.findReplantingOf(id).isPresent()) {
            throw new RuleViolationException("cultivation.delete.replanted");
        }
        plot.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        plots.saveAndFlush(plot);
    }

    /** The commune version a plot was recorded in. */
    @Transactional(readOnly = true)
    public AdminUnit communeOf(CultivationPlot plot) {
        return units.findById(plot.getCommuneId()).orElseThrow();
    }

    private CultivationPlot editable(long id, Long version) {
        CultivationPlot plot = get(id);
        if (version == null || version != plot.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(CultivationPlot.class, id);
        }
        return plot;
    }

    /** The commune version in force on the day found, inside the jurisdiction; the point whole or absent. */
    private AdminUnit checkedCommune(PlotForm form) {
        if (form.foundOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("cultivation.future", form.foundOn());
        }
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw new RuleViolationException("cultivation.coordinates.incomplete");
        }
        if (form.species() == PlantSpecies.OTHER
                && (form.speciesNote() == null || form.speciesNote().isBlank())) {
            throw RuleViolationException.onField("speciesNote", "cultivation.species.otherUnnamed");
        }
        String code = form.communeCode().strip();
        AdminUnit commune = units.find(code, form.foundOn())
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() ->
                        new RuleViolationException("cultivation.commune.unknown", form.communeCode(), form.foundOn()));
        coverage.check(commune.id());
        return commune;
    }

    /** The commune that succeeded a commune on a date (the one covering it), for a place found before a merger. */
    private AdminUnit successorOn(AdminUnit commune, LocalDate date) {
        return units.successors(commune).stream()
                .map(UnitLink::unit)
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(date))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("cultivation.commune.unknown", commune.code(), date));
    }
}
