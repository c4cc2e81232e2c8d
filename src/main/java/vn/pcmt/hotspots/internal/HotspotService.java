package vn.pcmt.hotspots.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitLink;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.Village;
import vn.pcmt.geo.VillageService;
import vn.pcmt.hotspots.HotspotRecorded;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.people.People;
import vn.pcmt.platform.RuleViolationException;

/**
 * The hotspot register: record, correct, eliminate, re-form, delete (softly), list and count, always inside the
 * caller's jurisdiction. Every change is kept by Envers.
 */
@Service
@Transactional
public class HotspotService implements Hotspots {

    /** The most rows a list or a map shows at once. */
    public static final int LIST_LIMIT = 2000;

    private final HotspotRepository hotspots;
    private final HotspotQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final VillageService villages;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HotspotService(
            HotspotRepository hotspots,
            HotspotQueries queries,
            UnitService units,
            UnitCoverage coverage,
            VillageService villages,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.hotspots = hotspots;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.villages = villages;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** A hotspot of the caller's jurisdiction. */
    @Transactional(readOnly = true)
    public Hotspot get(long id) {
        Hotspot hotspot = hotspots.findById(id).orElseThrow();
        coverage.check(hotspot.getCommuneId());
        return hotspot;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> find(long id) {
        return hotspots.findById(id)
                .filter(h -> coverage.covers(coverage.current(), h.getCommuneId()))
                .map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Summary> ofCommune(long communeId) {
        return queries.idsNear(communeId).stream()
                .map(hotspots::findById)
                .flatMap(Optional::stream)
                .filter(h -> coverage.covers(coverage.current(), h.getCommuneId()))
                .map(this::summary)
                .toList();
    }

    private Summary summary(Hotspot h) {
        AdminUnit commune = units.findById(h.getCommuneId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        return new Summary(
                h.getId(),
                h.getName(),
                commune.code(),
                commune.fullName(),
                h.getDetectedOn(),
                h.getEliminatedOn(),
                h.stateOn(today) == HotspotState.ACTIVE);
    }

    /** The hotspot that re-formed at this one's place, if any. */
    @Transactional(readOnly = true)
    public Optional<Hotspot> reformationOf(long id) {
        get(id);
        return hotspots.findReformationOf(id);
    }

    @Transactional(readOnly = true)
    public List<HotspotRow> search(HotspotSearch search) {
        AdminUnit unit = coverage.visibleUnit(search.unitCode(), search.date());
        return queries.list(unit.id(), search.date(), search.state(), search.activity(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public HotspotFigures figures(String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("period.invalid", from, to);
        }
        AdminUnit unit = coverage.visibleUnit(unitCode, to);
        var f = queries.figures(unit.id(), from, to);
        return new HotspotFigures(
                unit.code(),
                unit.fullName(),
                from,
                to,
                f.get("arisen"),
                f.get("reformed"),
                f.get("eliminated"),
                f.get("arisenEliminated"),
                f.get("activeAtStart"),
                f.get("activeAtEnd"),
                f.get("placesOfUse"));
    }

    /**
     * The figures of {@link #figures} for each of the given units (with what each covers) in one query, by unit id;
     * the caller answers for the jurisdiction of the units.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.util.Map<String, Long>> figuresByUnit(
            java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
        return queries.figures(unitIds, from, to);
    }

    /**
     * Hotspots active at some time in the period for each of the given units (one query), places of use only
     * when asked. The caller answers for the jurisdiction of the units.
     */
    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> activeDuringByUnit(
            java.util.Collection<Long> unitIds, LocalDate from, LocalDate to, boolean placesOfUse) {
        return queries.activeDuringByUnit(unitIds, from, to, placesOfUse);
    }

    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    public Hotspot record(HotspotForm form) {
        AdminUnit commune = checkedCommune(form);
        Hotspot hotspot = hotspots.saveAndFlush(new Hotspot(commune.id(), form, null));
        events.publishEvent(new HotspotRecorded(
                hotspot.getId(), hotspot.getCommuneId(), hotspot.getActivity(), hotspot.getDetectedOn()));
        return hotspot;
    }

    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    public Hotspot correct(long id, HotspotForm form) {
        Hotspot hotspot = editable(id, form.version());
        AdminUnit commune = checkedCommune(form);
        if (hotspot.getEliminatedOn() != null && form.detectedOn().isAfter(hotspot.getEliminatedOn())) {
            throw new RuleViolationException("hotspot.detected.afterElimination", hotspot.getEliminatedOn());
        }
        hotspot.apply(commune.id(), form);
        return hotspots.saveAndFlush(hotspot);
    }

    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    public Hotspot eliminate(long id, EliminationForm form) {
        Hotspot hotspot = editable(id, form.version());
        if (hotspot.getEliminatedOn() != null) {
            throw new RuleViolationException("hotspot.alreadyEliminated", hotspot.getEliminatedOn());
        }
        if (form.eliminatedOn().isBefore(hotspot.getDetectedOn())) {
            throw new RuleViolationException("hotspot.eliminated.beforeDetected", hotspot.getDetectedOn());
        }
        hotspot.eliminate(form);
        return hotspots.saveAndFlush(hotspot);
    }

    /** New activity at an eliminated hotspot: a new hotspot at the same place, linked to the old one. */
    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    public Hotspot reform(long id, ReformationForm form) {
        Hotspot old = get(id);
        if (old.getEliminatedOn() == null) {
            throw new RuleViolationException("hotspot.reform.notEliminated");
        }
        if (!form.detectedOn().isAfter(old.getEliminatedOn())) {
            throw new RuleViolationException("hotspot.reform.beforeElimination", old.getEliminatedOn());
        }
        hotspots.findReformationOf(id).ifPresent(h -> {
            throw new RuleViolationException("hotspot.reform.already", h.getId());
        });
        HotspotForm place = new HotspotForm(
                null,
                old.getVillageId(),
                old.getShape(),
                form.activity() == null ? old.getActivity() : form.activity(),
                old.getName(),
                old.getAddress(),
                old.getLatitude(),
                old.getLongitude(),
                old.getBusinessKind(),
                old.getBusinessName(),
                form.detectedOn(),
                form.source(),
                form.note(),
                List.copyOf(old.getSuspectIds()),
                null);
        AdminUnit commune = units.findById(old.getCommuneId()).orElseThrow();
        AdminUnit now = commune.validOn(form.detectedOn()) ? commune : successorOn(commune, form.detectedOn());
        Hotspot reformed = hotspots.saveAndFlush(new Hotspot(now.id(), place, id));
        events.publishEvent(new HotspotRecorded(
                reformed.getId(), reformed.getCommuneId(), reformed.getActivity(), reformed.getDetectedOn()));
        return reformed;
    }

    @PreAuthorize("hasAuthority('HOTSPOT_EDIT')")
    public void delete(long id, long version) {
        Hotspot hotspot = editable(id, version);
        if (hotspots.findReformationOf(id).isPresent()) {
            throw new RuleViolationException("hotspot.delete.reformed");
        }
        hotspot.delete(currentUser(), Instant.now(clock));
        hotspots.saveAndFlush(hotspot);
    }

    /** The commune code of a hotspot as a user reads it (the code of the unit version it was recorded in). */
    @Transactional(readOnly = true)
    public AdminUnit communeOf(Hotspot hotspot) {
        return units.findById(hotspot.getCommuneId()).orElseThrow();
    }

    private Hotspot editable(long id, Long version) {
        Hotspot hotspot = get(id);
        if (version == null || version != hotspot.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Hotspot.class, id);
        }
        return hotspot;
    }

    /** The commune version in force on the detection date, inside the jurisdiction; village and suspects checked. */
    private AdminUnit checkedCommune(HotspotForm form) {
        String code = form.communeCode().strip();
        AdminUnit commune = units.find(code, form.detectedOn())
                .or(() -> units.find(code, LocalDate.now(clock)))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() ->
                        new RuleViolationException("hotspot.commune.unknown", form.communeCode(), form.detectedOn()));
        coverage.check(commune.id());
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw new RuleViolationException("hotspot.coordinates.incomplete");
        }
        if (form.villageId() != null) {
            Village village = villages.find(form.villageId())
                    .filter(v -> !v.isDeleted())
                    .orElseThrow(() -> new RuleViolationException("hotspot.village.unknown"));
            if (village.getCommuneId() != commune.id()) {
                throw new RuleViolationException("hotspot.village.otherCommune", village.getName());
            }
        }
        for (Long personId : form.suspects()) {
            try {
                people.visibleName(personId);
            } catch (NoSuchElementException | OutsideJurisdictionException e) {
                throw new RuleViolationException("hotspot.suspect.unknown", personId);
            }
        }
        return commune;
    }

    /** The unit that succeeded a commune on a date (the one covering it), for a place recorded before a merger. */
    private AdminUnit successorOn(AdminUnit commune, LocalDate date) {
        return units.successors(commune).stream()
                .map(UnitLink::unit)
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(date))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("hotspot.commune.unknown", commune.code(), date));
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
