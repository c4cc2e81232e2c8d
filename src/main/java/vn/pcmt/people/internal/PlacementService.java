package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.facilities.Facilities;
import vn.pcmt.facilities.FacilityRef;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * People placed at rehab facilities (ADR 043): an admission opens a rehab episode naming the facility, a transfer
 * ends it and opens the next at another facility in one operation, a discharge ends it with a reason. Occupancy is
 * counted from these episodes, never typed. A facility's staff act at their facility; an officer whose jurisdiction
 * covers both the person and the facility may act too.
 */
@Service
@Transactional
public class PlacementService {

    private final PersonService people;
    private final PersonQueries queries;
    private final EpisodeRepository episodes;
    private final EpisodeRules rules;
    private final Penal256a penal256a;
    private final Facilities facilities;
    private final UnitCoverage coverage;
    private final CurrentOfficer officer;
    private final DuplicateProbes probes;
    private final AccessLog accessLog;
    private final org.springframework.context.ApplicationEventPublisher publisher;
    private final java.time.Clock clock;

    PlacementService(
            PersonService people,
            PersonQueries queries,
            EpisodeRepository episodes,
            EpisodeRules rules,
            Penal256a penal256a,
            Facilities facilities,
            UnitCoverage coverage,
            CurrentOfficer officer,
            DuplicateProbes probes,
            AccessLog accessLog,
            org.springframework.context.ApplicationEventPublisher publisher,
            java.time.Clock clock) {
        this.people = people;
        this.queries = queries;
        this.episodes = episodes;
        this.rules = rules;
        this.penal256a = penal256a;
        this.facilities = facilities;
        this.coverage = coverage;
        this.officer = officer;
        this.probes = probes;
        this.accessLog = accessLog;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The facility, when the caller may act at it: its staff, or an officer whose jurisdiction covers it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public FacilityRef facility(long facilityId) {
        FacilityRef facility =
                facilities.find(facilityId).filter(FacilityRef::rehab).orElseThrow();
        Jurisdiction mine = coverage.current();
        if (!mine.isFacility(facilityId) && !coverage.covers(mine, facility.communeId())) {
            throw new OutsideJurisdictionException();
        }
        return facility;
    }

    /** The people placed at the facility on the day, by name; the list is in the access log. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<PlacedRow> placed(long facilityId, LocalDate day) {
        facility(facilityId);
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        List<PlacedRow> rows = queries.placedOn(facilityId, on);
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS,
                "Placement",
                facilityId,
                "facility=" + facilityId + "; on=" + on + "; returned=" + rows.size());
        return rows;
    }

    /**
     * Admits a person: a rehab episode at the facility from the day. The facility's staff name the person by
     * identification number and birth year (a wrong guess counts towards {@link DuplicateProbes}); an officer by id.
     */
    @PreAuthorize("hasAuthority('PLACEMENT_EDIT')")
    public Episode admit(long facilityId, AdmissionForm form) {
        FacilityRef facility = facility(facilityId);
        Person person = admitted(facilityId, form);
        List<Episode> record = episodes.findLive(person.getId());
        LocalDate today = LocalDate.now(clock);
        if (!queries.openPlacements(person.getId(), form.startDate()).isEmpty()) {
            throw new RuleViolationException("placement.alreadyPlaced");
        }
        checkFits(facility, form.form(), person, form.startDate());
        EpisodeForm episode = new EpisodeForm(
                EpisodeKind.REHAB,
                form.form().name(),
                form.startDate(),
                form.plannedEndDate(),
                null,
                null,
                null,
                form.decisionNumber(),
                form.decisionDate(),
                "",
                facility.name(),
                "",
                form.note());
        EpisodeRules.Planned planned = rules.checkNew(person, record, episode, today);
        Episode opened = new Episode(
                person.getId(), person.getUnitId(), episode, planned.end(), planned.byHand(), officer.username());
        opened.placeAt(facilityId);
        Episode saved = episodes.saveAndFlush(opened);
        changed(person);
        return saved;
    }

    /**
     * Transfers a placed person to another rehab facility on the day: the episode here ends the day before (reason
     * moved), the next starts at the other facility on the day, in the same form, with the same planned end; one
     * operation, so the person is counted in exactly one facility every day.
     */
    @PreAuthorize("hasAuthority('PLACEMENT_EDIT')")
    public Episode transfer(long episodeId, PlacementMove move) {
        Episode here = placedAsRead(episodeId, move.version());
        if (move.toFacilityId() == null) {
            throw RuleViolationException.onField("toFacilityId", "placement.transfer.toRequired");
        }
        if (move.toFacilityId() == here.getFacilityId().longValue()) {
            throw RuleViolationException.onField("toFacilityId", "placement.transfer.same");
        }
        FacilityRef to = facilities
                .find(move.toFacilityId())
                .filter(FacilityRef::rehab)
                .orElseThrow(() -> RuleViolationException.onField("toFacilityId", "placement.facility.notRehab"));
        Person person = people.findActive(here.getPersonId());
        LocalDate day = move.date();
        if (!day.isAfter(here.getStartDate())) {
            throw RuleViolationException.onField("date", "placement.transfer.notAfterStart", here.getStartDate());
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("date", "placement.date.future");
        }
        RehabForm form = RehabForm.valueOf(here.getForm());
        checkFits(to, form, person, day);
        here.end(day.minusDays(1), EndReason.MOVED, null);
        episodes.saveAndFlush(here);
        EpisodeForm next = new EpisodeForm(
                EpisodeKind.REHAB,
                form.name(),
                day,
                here.getPlannedEndDate(),
                null,
                null,
                null,
                blank(move.decisionNumber()) ? here.getDecisionNumber() : move.decisionNumber(),
                here.getDecisionDate(),
                here.getSigner(),
                to.name(),
                "",
                "");
        Episode there = new Episode(
                person.getId(),
                here.getUnitId(),
                next,
                here.getPlannedEndDate(),
                here.isPlannedEndByHand(),
                officer.username());
        there.placeAt(to.id());
        Episode saved = episodes.saveAndFlush(there);
        changed(person);
        return saved;
    }

    /** Discharges a placed person on the day with a reason (completed, absconded, died…), as any rehab end. */
    @PreAuthorize("hasAuthority('PLACEMENT_EDIT')")
    public Episode discharge(long episodeId, PlacementMove move) {
        Episode here = placedAsRead(episodeId, move.version());
        Person person = people.findActive(here.getPersonId());
        if (move.reason() == null) {
            throw RuleViolationException.onField("reason", "episode.end.reasonRequired");
        }
        if (move.reason() == EndReason.MOVED) {
            throw RuleViolationException.onField("reason", "placement.discharge.useTransfer");
        }
        rules.checkEnd(
                person, here, new EpisodeEnd(move.date(), move.reason(), null, move.version()), LocalDate.now(clock));
        here.end(move.date(), move.reason(), null);
        Episode saved = episodes.saveAndFlush(here);
        penal256a.refresh(person.getId());
        changed(person);
        return saved;
    }

    /** A running placement the caller may act on, at the version read. */
    private Episode placedAsRead(long episodeId, Long version) {
        Episode episode = episodes.findById(episodeId)
                .filter(e -> e.getKind() == EpisodeKind.REHAB && e.getFacilityId() != null)
                .orElseThrow();
        facility(episode.getFacilityId());
        people.visible(episode.getPersonId());
        if (version == null || version != episode.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Episode.class, episodeId);
        }
        if (episode.getEndDate() != null) {
            throw new RuleViolationException("episode.alreadyEnded");
        }
        return episode;
    }

    /** Who is admitted: by id for an officer who covers them; by papers for the facility's staff. */
    private Person admitted(long facilityId, AdmissionForm form) {
        Jurisdiction mine = coverage.current();
        if (!mine.isFacility()) {
            if (form.personId() == null) {
                throw RuleViolationException.onField("personId", "placement.person.required");
            }
            return people.visible(form.personId());
        }
        if (!mine.isFacility(facilityId)) {
            throw new OutsideJurisdictionException();
        }
        String idNumber = form.idNumber() == null ? "" : form.idNumber().strip();
        if (!idNumber.matches("[0-9]{12}") || form.birthYear() == null) {
            throw RuleViolationException.onField("idNumber", "placement.person.papers");
        }
        if (probes.exhausted(officer.username())) {
            throw new vn.pcmt.platform.ThrottledException("person.duplicate.throttled");
        }
        List<Long> found = queries.byIdNumberAndBirthYear(idNumber, form.birthYear());
        if (found.size() != 1) {
            probes.found(officer.username(), 0L);
            throw RuleViolationException.onField("idNumber", "placement.person.notFound");
        }
        return people.findActive(found.get(0));
    }

    /**
     * The facility takes this placement: a rehab facility open on the day; a form of rehab at a facility; compulsory
     * rehab only at a public facility; none where the register knows the facility has no place of that kind
     * (voluntary/compulsory, adult/minor by age on the day). Occupancy above capacity is shown, not refused.
     */
    private void checkFits(FacilityRef facility, RehabForm form, Person person, LocalDate day) {
        if (!facility.rehab() || !facility.openOn(day)) {
            throw RuleViolationException.onField("facility", "placement.facility.notInForce", facility.name());
        }
        if (form != RehabForm.VOLUNTARY_FACILITY && !form.compulsory()) {
            throw RuleViolationException.onField("form", "placement.form.notAtFacility");
        }
        if (form.compulsory() && !facility.publicOwned()) {
            throw RuleViolationException.onField("form", "placement.compulsory.private");
        }
        boolean minor = form == RehabForm.COMPULSORY_MINOR
                || (form == RehabForm.VOLUNTARY_FACILITY && EpisodeRules.age(person, day) < 18);
        Integer places = form.compulsory()
                ? (minor ? facility.compulsoryMinors() : facility.compulsoryAdults())
                : (minor ? facility.voluntaryMinors() : facility.voluntaryAdults());
        if (places != null && places == 0) {
            throw RuleViolationException.onField("form", "placement.capacity.none", facility.name());
        }
    }

    private void changed(Person person) {
        publisher.publishEvent(new vn.pcmt.people.PersonRecordChanged(person.getId(), person.getUnitId()));
    }

    private static boolean blank(String text) {
        return text == null || VietnameseText.clean(text) == null;
    }
}
