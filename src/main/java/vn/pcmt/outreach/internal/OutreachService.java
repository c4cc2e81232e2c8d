package vn.pcmt.outreach.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.ListPeriod;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * The outreach registers: schools, industrial zones and media (reference data kept per commune or province) and the
 * activities that reach them; record, correct, delete (softly), list, always inside the caller's jurisdiction
 * ({@link UnitCoverage}). A zone or an activity over several communes is read by whoever covers one of them and
 * changed only by whoever covers them all. Every change is kept by Envers.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('OUTREACH_READ')")
public class OutreachService {

    public static final int LIST_LIMIT = 2000;

    private final SchoolRepository schools;
    private final IndustrialZoneRepository zones;
    private final MediumRepository media;
    private final OutreachActivityRepository activities;
    private final OutreachQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final AgencyService agencies;
    private final Clock clock;

    OutreachService(
            SchoolRepository schools,
            IndustrialZoneRepository zones,
            MediumRepository media,
            OutreachActivityRepository activities,
            OutreachQueries queries,
            UnitService units,
            UnitCoverage coverage,
            AgencyService agencies,
            Clock clock) {
        this.schools = schools;
        this.zones = zones;
        this.media = media;
        this.activities = activities;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.agencies = agencies;
        this.clock = clock;
    }

    // --- lists

    @Transactional(readOnly = true)
    public List<SchoolRow> schools(String unitCode) {
        return queries.schools(unit(unitCode).id(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ZoneRow> zones(String unitCode) {
        return queries.zones(unit(unitCode).id(), LIST_LIMIT);
    }

    /** The media of the unit's province (a commune's officers read their province's media to name them). */
    @Transactional(readOnly = true)
    public List<MediumRow> media(String unitCode) {
        AdminUnit unit = units.find(unitCode.strip(), LocalDate.now(clock)).orElseThrow();
        if (!worksIn(unit.id())) {
            throw new OutsideJurisdictionException();
        }
        return queries.media(unit.id(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ActivityRow> activities(String unitCode, LocalDate from, LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return queries.activities(
                coverage.visibleUnit(unitCode.strip(), period.to()).id(), period.from(), period.to(), LIST_LIMIT);
    }

    // --- schools

    @Transactional(readOnly = true)
    public School school(long id) {
        School school = schools.findById(id).orElseThrow();
        coverage.check(school.getCommuneId());
        return school;
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public School addSchool(SchoolForm form) {
        return schools.saveAndFlush(new School(schoolCommune(form).id(), form));
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public School correctSchool(long id, SchoolForm form) {
        School school = school(id);
        checkVersion(School.class, id, school.getVersion(), form.version());
        school.apply(schoolCommune(form).id(), form);
        return schools.saveAndFlush(school);
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public void deleteSchool(long id, long version) {
        School school = school(id);
        checkVersion(School.class, id, school.getVersion(), version);
        school.delete(username(), Instant.now(clock));
        schools.saveAndFlush(school);
    }

    private AdminUnit schoolCommune(SchoolForm form) {
        if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw RuleViolationException.onField("validTo", "outreach.school.endsBeforeStart");
        }
        if (form.validFrom() != null && form.validFrom().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("validFrom", "outreach.future", form.validFrom());
        }
        return commune("communeCode", form.communeCode(), form.validFrom());
    }

    // --- zones

    @Transactional(readOnly = true)
    public IndustrialZone zone(long id) {
        IndustrialZone zone = zones.findById(id).orElseThrow();
        checkAny(zone.getCommuneIds());
        return zone;
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public IndustrialZone addZone(ZoneForm form) {
        return zones.saveAndFlush(new IndustrialZone(zoneCommunes(form), form));
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public IndustrialZone correctZone(long id, ZoneForm form) {
        IndustrialZone zone = editableZone(id, form.version());
        zone.apply(zoneCommunes(form), form);
        return zones.saveAndFlush(zone);
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public void deleteZone(long id, long version) {
        IndustrialZone zone = editableZone(id, version);
        zone.delete(username(), Instant.now(clock));
        zones.saveAndFlush(zone);
    }

    private IndustrialZone editableZone(long id, Long version) {
        IndustrialZone zone = zone(id);
        zone.getCommuneIds().forEach(coverage::check);
        checkVersion(IndustrialZone.class, id, zone.getVersion(), version);
        return zone;
    }

    private List<Long> zoneCommunes(ZoneForm form) {
        if (form.workersCountedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("workersCountedOn", "outreach.future", form.workersCountedOn());
        }
        if (form.codes().isEmpty()) {
            throw RuleViolationException.onField("communeCodes", "outreach.communes.missing");
        }
        List<Long> ids = new ArrayList<>();
        for (String code : form.codes()) {
            ids.add(commune("communeCodes", code, null).id());
        }
        return ids;
    }

    // --- media

    @Transactional(readOnly = true)
    public Medium medium(long id) {
        Medium medium = media.findById(id).orElseThrow();
        if (!worksIn(medium.getProvinceId())) {
            throw new OutsideJurisdictionException();
        }
        return medium;
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public Medium addMedium(MediumForm form) {
        return media.saveAndFlush(new Medium(mediumProvince(form).id(), form));
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public Medium correctMedium(long id, MediumForm form) {
        Medium medium = medium(id);
        coverage.check(medium.getProvinceId());
        checkVersion(Medium.class, id, medium.getVersion(), form.version());
        medium.apply(mediumProvince(form).id(), form);
        return media.saveAndFlush(medium);
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public void deleteMedium(long id, long version) {
        Medium medium = medium(id);
        coverage.check(medium.getProvinceId());
        checkVersion(Medium.class, id, medium.getVersion(), version);
        medium.delete(username(), Instant.now(clock));
        media.saveAndFlush(medium);
    }

    /** The province in force today, covered whole by the caller (the standing office keeps its media). */
    private AdminUnit mediumProvince(MediumForm form) {
        if (form.columnUntil() != null
                && (form.columnSince() == null || form.columnUntil().isBefore(form.columnSince()))) {
            throw RuleViolationException.onField("columnUntil", "outreach.medium.columnUntil.beforeSince");
        }
        if (form.columnSince() != null && form.columnSince().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("columnSince", "outreach.future", form.columnSince());
        }
        String code = form.provinceCode().strip();
        AdminUnit province = units.find(code, LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .orElseThrow(() -> RuleViolationException.onField("provinceCode", "outreach.province.unknown", code));
        coverage.check(province.id());
        return province;
    }

    // --- activities

    @Transactional(readOnly = true)
    public OutreachActivity activity(long id) {
        OutreachActivity activity = activities.findById(id).orElseThrow();
        checkAny(activity.getCommuneIds());
        return activity;
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public OutreachActivity record(ActivityForm form) {
        return activities.saveAndFlush(new OutreachActivity(checked(form), form));
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public OutreachActivity correct(long id, ActivityForm form) {
        OutreachActivity activity = editableActivity(id, form.version());
        activity.apply(checked(form), form);
        return activities.saveAndFlush(activity);
    }

    @PreAuthorize("hasAuthority('OUTREACH_EDIT')")
    public void delete(long id, long version) {
        OutreachActivity activity = editableActivity(id, version);
        activity.delete(username(), Instant.now(clock));
        activities.saveAndFlush(activity);
    }

    private OutreachActivity editableActivity(long id, Long version) {
        OutreachActivity activity = activity(id);
        activity.getCommuneIds().forEach(coverage::check);
        checkVersion(OutreachActivity.class, id, activity.getVersion(), version);
        return activity;
    }

    /**
     * The communes reached (in force on the day, each inside the jurisdiction); the schools in force that day and the
     * zones lying in them; the medium of an article or broadcast, and the organising agency, of their province.
     */
    private List<Long> checked(ActivityForm form) {
        LocalDate day = form.heldOn();
        if (day.isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("heldOn", "outreach.future", day);
        }
        if (form.codes().isEmpty()) {
            throw RuleViolationException.onField("communeCodes", "outreach.communes.missing");
        }
        List<Long> communes = new ArrayList<>();
        for (String code : form.codes()) {
            AdminUnit commune = units.find(code, day)
                    .filter(u -> u.level() == UnitLevel.COMMUNE)
                    .orElseThrow(() ->
                            RuleViolationException.onField("communeCodes", "outreach.commune.unknown", code, day));
            coverage.check(commune.id());
            communes.add(commune.id());
        }
        for (Long id : form.schools()) {
            School school = schools.findById(id)
                    .orElseThrow(() -> RuleViolationException.onField("schoolIds", "outreach.school.unknown", id));
            if (!school.inForceOn(day)) {
                throw RuleViolationException.onField("schoolIds", "outreach.school.notInForce", school.getName(), day);
            }
            if (!queries.related(school.getCommuneId(), communes)) {
                throw RuleViolationException.onField("schoolIds", "outreach.school.elsewhere", school.getName());
            }
        }
        for (Long id : form.zones()) {
            IndustrialZone zone = zones.findById(id)
                    .orElseThrow(() -> RuleViolationException.onField("zoneIds", "outreach.zone.unknown", id));
            if (zone.getCommuneIds().stream().noneMatch(c -> queries.related(c, communes))) {
                throw RuleViolationException.onField("zoneIds", "outreach.zone.elsewhere", zone.getName());
            }
        }
        if (form.mediumId() == null && form.form().published()) {
            throw RuleViolationException.onField("mediumId", "outreach.medium.required");
        }
        if (form.mediumId() != null) {
            Medium medium = media.findById(form.mediumId())
                    .orElseThrow(() -> RuleViolationException.onField("mediumId", "outreach.medium.unknown"));
            if (!queries.related(medium.getProvinceId(), communes)) {
                throw RuleViolationException.onField("mediumId", "outreach.medium.otherProvince", medium.getName());
            }
        }
        if (form.agencyId() != null) {
            Agency agency = agencies.find(form.agencyId())
                    .filter(a -> !a.isDeleted())
                    .orElseThrow(() -> RuleViolationException.onField("agencyId", "outreach.agency.unknown"));
            Optional<AdminUnit> province = units.find(agency.getProvinceCode(), LocalDate.now(clock));
            if (province.isEmpty() || !queries.related(province.get().id(), communes)) {
                throw RuleViolationException.onField("agencyId", "outreach.agency.otherProvince", agency.getName());
            }
        }
        return communes;
    }

    // --- names for an import (ADR 052)

    /** The communes in force on the day among the codes (unknown codes left out: the record names them). */
    @Transactional(readOnly = true)
    public List<Long> communesOn(Collection<String> codes, LocalDate day) {
        return codes.stream()
                .map(c -> units.find(c.strip(), day).filter(u -> u.level() == UnitLevel.COMMUNE))
                .flatMap(Optional::stream)
                .map(AdminUnit::id)
                .toList();
    }

    /** The schools named so lying in or around the communes (one when the name is clear). */
    @Transactional(readOnly = true)
    public List<Long> schoolsNamed(String name, Collection<Long> communes) {
        return communes.isEmpty() ? List.of() : queries.named("school", VietnameseText.normalize(name), communes);
    }

    /** The industrial zones named so lying in or around the communes. */
    @Transactional(readOnly = true)
    public List<Long> zonesNamed(String name, Collection<Long> communes) {
        return communes.isEmpty()
                ? List.of()
                : queries.named("industrial_zone", VietnameseText.normalize(name), communes);
    }

    /** The media named so of the communes' province. */
    @Transactional(readOnly = true)
    public List<Long> mediaNamed(String name, Collection<Long> communes) {
        return communes.isEmpty()
                ? List.of()
                : queries.named("outreach_medium", VietnameseText.normalize(name), communes);
    }

    /** The agencies of the caller's province named so (case and diacritics aside). */
    @Transactional(readOnly = true)
    public List<Long> agenciesNamed(String name) {
        String folded = vn.pcmt.text.VietnameseText.fold(name).strip();
        return agencies().stream()
                .filter(a ->
                        vn.pcmt.text.VietnameseText.fold(a.getName()).strip().equals(folded))
                .map(Agency::getId)
                .toList();
    }

    // --- names for the pages and the API

    @Transactional(readOnly = true)
    public AdminUnit unitOf(long id) {
        return units.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AdminUnit> unitsOf(Collection<Long> ids) {
        return ids.stream().map(this::unitOf).toList();
    }

    @Transactional(readOnly = true)
    public List<School> schoolsOf(Collection<Long> ids) {
        return schools.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public List<IndustrialZone> zonesOf(Collection<Long> ids) {
        return zones.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public Optional<Medium> mediumOf(Long id) {
        return id == null ? Optional.empty() : media.findById(id);
    }

    @Transactional(readOnly = true)
    public String agencyName(Long id) {
        return id == null ? null : agencies.find(id).map(Agency::getName).orElse(null);
    }

    /** The agencies of the caller's province (a national user: none), to organise an activity. */
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        Jurisdiction jurisdiction = coverage.current();
        if (jurisdiction.isNational()) {
            return List.of();
        }
        return agencies.list(units.provinceCodeOf(jurisdiction, UnitService.FIRST_PROVINCE));
    }

    // --- helpers

    private AdminUnit unit(String code) {
        return coverage.visibleUnit(code.strip(), LocalDate.now(clock));
    }

    /** A commune by code in force today, or on the date for a code that ended since; inside the jurisdiction. */
    private AdminUnit commune(String field, String code, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        String c = code.strip();
        AdminUnit commune = units.find(c, today)
                .or(() -> date == null ? Optional.empty() : units.find(c, date))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> RuleViolationException.onField(field, "outreach.commune.unknown", c, today));
        coverage.check(commune.id());
        return commune;
    }

    private void checkAny(Collection<Long> communeIds) {
        Jurisdiction jurisdiction = coverage.current();
        if (communeIds.stream().noneMatch(c -> coverage.covers(jurisdiction, c))) {
            throw new OutsideJurisdictionException();
        }
    }

    /** Whether the caller covers the unit or works inside it (a commune's officers and their province's media). */
    private boolean worksIn(long unitId) {
        Jurisdiction jurisdiction = coverage.current();
        return coverage.covers(jurisdiction, unitId) || coverage.covers(Jurisdiction.of(unitId), jurisdiction.unitId());
    }

    private static void checkVersion(Class<?> type, long id, long current, Long read) {
        if (read == null || read != current) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static String username() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
