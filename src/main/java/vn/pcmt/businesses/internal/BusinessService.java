package vn.pcmt.businesses.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.platform.RuleViolationException;

/**
 * The register of businesses under security conditions: register, correct, inspect, decide on the licence, delete
 * (softly), list; always inside the caller's jurisdiction ({@link UnitCoverage}). Every change is kept by Envers.
 */
@Service
@Transactional
public class BusinessService {

    public static final int LIST_LIMIT = 2000;

    private final BusinessRepository businesses;
    private final InspectionRepository inspections;
    private final LicenceStepRepository steps;
    private final BusinessQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Hotspots hotspots;
    private final Clock clock;

    BusinessService(
            BusinessRepository businesses,
            InspectionRepository inspections,
            LicenceStepRepository steps,
            BusinessQueries queries,
            UnitService units,
            UnitCoverage coverage,
            Hotspots hotspots,
            Clock clock) {
        this.businesses = businesses;
        this.inspections = inspections;
        this.steps = steps;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.hotspots = hotspots;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Business get(long id) {
        Business business = businesses.findById(id).orElseThrow();
        coverage.check(business.getCommuneId());
        return business;
    }

    @Transactional(readOnly = true)
    public List<BusinessRow> search(String unitCode, BusinessKind kind) {
        AdminUnit unit = coverage.visibleUnit(unitCode, LocalDate.now(clock));
        return queries.list(unit.id(), kind, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<Inspection> inspectionsOf(long id) {
        get(id);
        return inspections.findByBusinessIdOrderByInspectedOnDescIdDesc(id);
    }

    @Transactional(readOnly = true)
    public List<LicenceStep> licenceStepsOf(long id) {
        get(id);
        return steps.findByBusinessIdOrderByTakenOnAscIdAsc(id);
    }

    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    public Business register(BusinessForm form) {
        return businesses.saveAndFlush(new Business(checkedCommune(form).id(), form));
    }

    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    public Business correct(long id, BusinessForm form) {
        Business business = editable(id, form.version());
        business.apply(checkedCommune(form).id(), form);
        return businesses.saveAndFlush(business);
    }

    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    public Inspection inspect(long id, InspectionForm form) {
        Business business = get(id);
        if (form.inspectedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("inspectedOn", "business.future", form.inspectedOn());
        }
        if (business.getLicenceDate() != null && form.inspectedOn().isBefore(business.getLicenceDate())) {
            throw RuleViolationException.onField(
                    "inspectedOn", "business.inspection.beforeLicence", business.getLicenceDate());
        }
        if (form.fineVnd() != null
                && (form.sanction() == null || form.sanction().isBlank())) {
            throw RuleViolationException.onField("sanction", "business.fine.withoutSanction");
        }
        return inspections.saveAndFlush(new Inspection(business.getId(), form));
    }

    /**
     * Links an inspection that found drug use on the premises to the hotspot of the hotspot register found there
     * (one visible to the user, in the business's commune or the commune covering it across the reform), or unlinks
     * it ({@code hotspotId} null). Needs the inspection's version read.
     */
    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    public Inspection linkHotspot(long id, long inspectionId, HotspotLinkForm form) {
        Business business = get(id);
        Inspection inspection = inspections
                .findById(inspectionId)
                .filter(i -> i.getBusinessId() == business.getId())
                .orElseThrow();
        if (form.version() == null || form.version() != inspection.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Inspection.class, inspectionId);
        }
        if (form.hotspotId() != null) {
            if (!inspection.getViolations().contains(Violation.DRUG_USE_ON_PREMISES)) {
                throw RuleViolationException.onField("hotspotId", "business.hotspot.noDrugUse");
            }
            boolean near =
                    hotspots.ofCommune(business.getCommuneId()).stream().anyMatch(h -> h.id() == form.hotspotId());
            if (!near) {
                throw RuleViolationException.onField("hotspotId", "business.hotspot.unknown", form.hotspotId());
            }
        }
        inspection.linkHotspot(form.hotspotId());
        return inspections.saveAndFlush(inspection);
    }

    /** The hotspots an inspection of the business may refer to (those of its commune, visible to the user). */
    @Transactional(readOnly = true)
    public List<Hotspots.Summary> hotspotsNear(long id) {
        return hotspots.ofCommune(get(id).getCommuneId());
    }

    /** The hotspot an inspection refers to, as the user may see it (empty when gone or outside the jurisdiction). */
    @Transactional(readOnly = true)
    public java.util.Optional<Hotspots.Summary> hotspotOf(Inspection inspection) {
        return inspection.getHotspotId() == null
                ? java.util.Optional.empty()
                : hotspots.find(inspection.getHotspotId());
    }

    /** Suspend, reinstate or revoke the licence, as the workflow allows ({@link LicenceStatus#allows}). */
    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    public Business decide(long id, LicenceForm form) {
        Business business = editable(id, form.version());
        if (!business.getLicenceStatus().allows(form.action())) {
            throw new RuleViolationException(
                    "business.licence.notAllowed",
                    form.action().name(),
                    business.getLicenceStatus().name());
        }
        if (form.takenOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("takenOn", "business.future", form.takenOn());
        }
        if (business.getLicenceStatusOn() != null && form.takenOn().isBefore(business.getLicenceStatusOn())) {
            throw RuleViolationException.onField(
                    "takenOn", "business.licence.beforeLast", business.getLicenceStatusOn());
        }
        business.take(form);
        steps.save(new LicenceStep(business.getId(), form.action(), form.takenOn(), business.getLicenceDecision()));
        return businesses.saveAndFlush(business);
    }

    @PreAuthorize("hasAuthority('BUSINESS_EDIT')")
    public void delete(long id, long version) {
        Business business = editable(id, version);
        business.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        businesses.saveAndFlush(business);
    }

    @Transactional(readOnly = true)
    public AdminUnit communeOf(Business business) {
        return units.findById(business.getCommuneId()).orElseThrow();
    }

    private Business editable(long id, Long version) {
        Business business = get(id);
        if (version == null || version != business.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Business.class, id);
        }
        return business;
    }

    /** The commune in force today, or on the licence date for a code that ended since; inside the jurisdiction. */
    private AdminUnit checkedCommune(BusinessForm form) {
        LocalDate today = LocalDate.now(clock);
        if (form.licenceDate() != null && form.licenceDate().isAfter(today)) {
            throw RuleViolationException.onField("licenceDate", "business.future", form.licenceDate());
        }
        String code = form.communeCode().strip();
        AdminUnit commune = units.find(code, today)
                .or(() ->
                        form.licenceDate() == null ? java.util.Optional.empty() : units.find(code, form.licenceDate()))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> RuleViolationException.onField(
                        "communeCode", "business.commune.unknown", form.communeCode(), today));
        coverage.check(commune.id());
        return commune;
    }
}
