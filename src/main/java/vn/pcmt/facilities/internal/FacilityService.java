package vn.pcmt.facilities.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.RuleViolationException;

/**
 * The facility register: record, correct, delete (softly) facilities, their qualifications and the assessments of
 * their legal conditions; always inside the caller's jurisdiction ({@link UnitCoverage}) by the facility's commune.
 * Adding or removing a qualification or an assessment is an edit of the facility: it needs the facility's version as
 * read and raises it.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('FACILITY_READ')")
public class FacilityService {

    public static final int LIST_LIMIT = 2000;

    private final FacilityRepository facilities;
    private final FacilityQualificationRepository qualifications;
    private final FacilityAssessmentRepository assessments;
    private final FacilityQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final EntityManager entityManager;
    private final Clock clock;

    FacilityService(
            FacilityRepository facilities,
            FacilityQualificationRepository qualifications,
            FacilityAssessmentRepository assessments,
            FacilityQueries queries,
            UnitService units,
            UnitCoverage coverage,
            EntityManager entityManager,
            Clock clock) {
        this.facilities = facilities;
        this.qualifications = qualifications;
        this.assessments = assessments;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Facilities of a unit (and what it covers), of a kind or all, open on the day (today by default). */
    @Transactional(readOnly = true)
    public List<FacilityRow> search(String unitCode, FacilityKind kind, LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return queries.list(coverage.visibleUnit(unitCode.strip(), day).id(), kind, day, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Facility get(long id) {
        Facility facility = facilities.findById(id).orElseThrow();
        if (!coverage.current().isFacility(id)) {
            // a facility's staff read their own facility (ADR 043); everybody else by the unit it lies in
            coverage.check(facility.getCommuneId());
        }
        return facility;
    }

    /** A rehab facility's occupancy on the day (today by default), from the episodes placed at it (ADR 043). */
    @Transactional(readOnly = true)
    public Occupancy occupancy(long id, LocalDate on) {
        Facility facility = get(id);
        if (!facility.getKind().isRehab()) {
            throw new RuleViolationException("facility.occupancy.notRehab");
        }
        return queries.occupancy(id, on == null ? LocalDate.now(clock) : on);
    }

    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public Facility record(FacilityForm form) {
        AdminUnit commune = checked(form, null);
        return facilities.saveAndFlush(new Facility(commune.id(), form));
    }

    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public Facility correct(long id, FacilityForm form) {
        Facility facility = editable(id, form.version());
        AdminUnit commune = checked(form, id);
        if (facility.getKind() != form.kind()
                && (!qualifications.findByFacilityIdOrderBySinceDescIdDesc(id).isEmpty()
                        || !assessments
                                .findByFacilityIdOrderByAssessedOnDescIdDesc(id)
                                .isEmpty())) {
            throw RuleViolationException.onField("kind", "facility.kind.fixed");
        }
        facility.apply(commune.id(), form);
        return facilities.saveAndFlush(facility);
    }

    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public void delete(long id, long version) {
        Facility facility = editable(id, version);
        facility.delete(user(), Instant.now(clock));
        facilities.saveAndFlush(facility);
    }

    @Transactional(readOnly = true)
    public List<FacilityQualification> qualifications(long facilityId) {
        get(facilityId);
        return qualifications.findByFacilityIdOrderBySinceDescIdDesc(facilityId);
    }

    /**
     * A qualification: determining addiction for rehab facilities, health stations and other qualified facilities;
     * reception and counselling for reception points and health stations; not before the facility opened, not in
     * the future.
     */
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public FacilityQualification qualify(long facilityId, QualificationForm form) {
        Facility facility = editable(facilityId, form.version());
        FacilityKind kind = facility.getKind();
        boolean fits = form.kind() == QualificationKind.DETERMINE_ADDICTION
                ? kind != FacilityKind.RECEPTION_POINT && kind != FacilityKind.DISPENSING_POINT
                : kind == FacilityKind.RECEPTION_POINT || kind == FacilityKind.HEALTH_STATION;
        if (!fits) {
            throw RuleViolationException.onField("kind", "facility.qualification.kind.mismatch");
        }
        if (form.since().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("since", "facility.future", form.since());
        }
        if (form.since().isBefore(facility.getValidFrom())) {
            throw RuleViolationException.onField("since", "facility.beforeOpening", facility.getValidFrom());
        }
        if (form.until() != null && form.until().isBefore(form.since())) {
            throw RuleViolationException.onField("until", "facility.period.reversed");
        }
        touch(facility);
        return qualifications.saveAndFlush(new FacilityQualification(facilityId, form));
    }

    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public void deleteQualification(long facilityId, long qualificationId, long version) {
        Facility facility = editable(facilityId, version);
        FacilityQualification q = qualifications
                .findById(qualificationId)
                .filter(x -> x.getFacilityId() == facilityId)
                .orElseThrow();
        q.delete(user(), Instant.now(clock));
        qualifications.saveAndFlush(q);
        touch(facility);
    }

    @Transactional(readOnly = true)
    public List<FacilityAssessment> assessments(long facilityId) {
        get(facilityId);
        return assessments.findByFacilityIdOrderByAssessedOnDescIdDesc(facilityId);
    }

    /** An assessment of a legal condition: public rehab facilities only, not in the future. */
    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public FacilityAssessment assess(long facilityId, AssessmentForm form) {
        Facility facility = editable(facilityId, form.version());
        if (facility.getKind() != FacilityKind.PUBLIC_REHAB) {
            throw RuleViolationException.onField("criterion", "facility.assessment.notPublicRehab");
        }
        if (form.assessedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("assessedOn", "facility.future", form.assessedOn());
        }
        touch(facility);
        return assessments.saveAndFlush(new FacilityAssessment(facilityId, form));
    }

    @PreAuthorize("hasAuthority('FACILITY_EDIT')")
    public void deleteAssessment(long facilityId, long assessmentId, long version) {
        Facility facility = editable(facilityId, version);
        FacilityAssessment a = assessments
                .findById(assessmentId)
                .filter(x -> x.getFacilityId() == facilityId)
                .orElseThrow();
        a.delete(user(), Instant.now(clock));
        assessments.saveAndFlush(a);
        touch(facility);
    }

    /** The checklist on a day: each criterion's latest assessment on or before it (absent when never assessed). */
    @Transactional(readOnly = true)
    public Map<Criterion, FacilityAssessment> checklist(long facilityId, LocalDate day) {
        Map<Criterion, FacilityAssessment> latest = new EnumMap<>(Criterion.class);
        for (FacilityAssessment a : assessments(facilityId)) {
            if (!a.getAssessedOn().isAfter(day)) {
                latest.putIfAbsent(a.getCriterion(), a);
            }
        }
        return latest;
    }

    @Transactional(readOnly = true)
    public boolean meetsLaw(long facilityId, LocalDate day) {
        get(facilityId);
        return queries.meetsLaw(facilityId, day);
    }

    @Transactional(readOnly = true)
    public AdminUnit communeOf(Facility facility) {
        return units.findById(facility.getCommuneId()).orElseThrow();
    }

    /** The clinic of a dispensing point, when the caller may read it. */
    @Transactional(readOnly = true)
    public String clinicName(Facility facility) {
        if (facility.getClinicId() == null) {
            return null;
        }
        return facilities
                .findById(facility.getClinicId())
                .filter(c -> coverage.covers(coverage.current(), c.getCommuneId()))
                .map(Facility::getName)
                .orElse(null);
    }

    private void touch(Facility facility) {
        entityManager.lock(facility, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
    }

    private Facility editable(long id, Long version) {
        Facility facility = get(id);
        if (version == null || version != facility.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Facility.class, id);
        }
        return facility;
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /**
     * The commune in force on the opening day, inside the jurisdiction; dates in order and not in the future; the
     * clinic of a dispensing point is a clinic the caller covers.
     */
    private AdminUnit checked(FacilityForm form, Long id) {
        LocalDate day = form.validFrom();
        if (day.isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("validFrom", "facility.future", day);
        }
        if (form.validTo() != null && form.validTo().isBefore(day)) {
            throw RuleViolationException.onField("validTo", "facility.period.reversed");
        }
        if (form.licenceDate() != null && form.licenceDate().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("licenceDate", "facility.future", form.licenceDate());
        }
        String code = form.communeCode().strip();
        AdminUnit commune = units.find(code, day)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(
                        () -> RuleViolationException.onField("communeCode", "facility.commune.unknown", code, day));
        coverage.check(commune.id());
        if (form.kind() != FacilityKind.DISPENSING_POINT && form.clinicId() != null) {
            throw RuleViolationException.onField("clinicId", "facility.clinic.notDispensing");
        }
        if (!form.kind().isRehab()
                && (form.voluntaryAdults() != null
                        || form.voluntaryMinors() != null
                        || form.compulsoryAdults() != null
                        || form.compulsoryMinors() != null)) {
            throw RuleViolationException.onField("voluntaryAdults", "facility.capacity.notRehab");
        }
        if (form.kind() == FacilityKind.DISPENSING_POINT) {
            if (form.clinicId() == null || form.clinicId().equals(id)) {
                throw RuleViolationException.onField("clinicId", "facility.clinic.missing");
            }
            Facility clinic = facilities
                    .findById(form.clinicId())
                    .filter(c -> c.getKind() == FacilityKind.SUBSTITUTION_CLINIC)
                    .orElseThrow(() -> RuleViolationException.onField("clinicId", "facility.clinic.unknown"));
            coverage.check(clinic.getCommuneId());
        }
        return commune;
    }
}
