package vn.pcmt.substitution.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.facilities.Clinics;
import vn.pcmt.facilities.Clinics.Clinic;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.People;
import vn.pcmt.people.SubstitutionTreatments;
import vn.pcmt.platform.ListPeriod;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.substitution.internal.SubstitutionQueries.ListMode;

/**
 * Substitution treatment episodes: record, correct, stop, transfer, delete (softly), list, a person's history; always
 * for a person of the register inside the caller's jurisdiction, each read of names logged as the person register
 * logs its own (ADR 044). Each course of treatment is one legal episode of the person's record, kept in step through
 * {@link SubstitutionTreatments}: a transfer keeps it running, a stop ends it with its reason, a deletion takes it back.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('SUBSTITUTION_READ') and hasAuthority('PERSON_READ')")
public class SubstitutionService {

    public static final int LIST_LIMIT = 2000;

    private final TreatmentEpisodeRepository episodes;
    private final DispensingRepository dispensing;
    private final SubstitutionQueries queries;
    private final UnitCoverage coverage;
    private final UnitService units;
    private final Clinics clinics;
    private final People people;
    private final SubstitutionTreatments record;
    private final AccessLog accessLog;
    private final Clock clock;

    SubstitutionService(
            TreatmentEpisodeRepository episodes,
            DispensingRepository dispensing,
            SubstitutionQueries queries,
            UnitCoverage coverage,
            UnitService units,
            Clinics clinics,
            People people,
            SubstitutionTreatments record,
            AccessLog accessLog,
            Clock clock) {
        this.episodes = episodes;
        this.dispensing = dispensing;
        this.queries = queries;
        this.coverage = coverage;
        this.units = units;
        this.clinics = clinics;
        this.people = people;
        this.record = record;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * A clinic's patients (when {@code clinicId} is given) or those living in the unit: in treatment on {@code to}
     * (today by default), or started in [from, to] (this year by default); the people of the caller's jurisdiction.
     */
    @Transactional(readOnly = true)
    public List<TreatmentRow> search(String unitCode, Long clinicId, ListMode mode, LocalDate from, LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        LocalDate start = period.from();
        LocalDate end = period.to();
        Jurisdiction mine = coverage.current();
        ListMode how = mode == null ? ListMode.IN_TREATMENT : mode;
        AdminUnit unit;
        String condition;
        if (mine.isFacility()) {
            // a clinic's staff (ADR 053): their clinic's patients, those they may see today; a unit asked must
            // contain their clinic
            if (clinicId != null && !mine.isFacility(clinicId)) {
                throw new OutsideJurisdictionException();
            }
            if (unitCode != null && !unitCode.isBlank()) {
                AdminUnit asked = units.find(unitCode.strip(), end)
                        .or(() -> units.find(unitCode.strip(), LocalDate.now(clock)))
                        .orElseThrow();
                if (mine.unitId() == null || !coverage.covers(Jurisdiction.of(asked.id()), mine.unitId())) {
                    throw new OutsideJurisdictionException();
                }
            }
            clinicId = mine.facilityId();
            unit = units.findById(mine.unitId()).orElseThrow();
            condition = ownPatients(mine.facilityId());
        } else {
            unit = coverage.visibleUnit(unitCode.strip(), end);
            condition = UnitCoverage.sqlCondition(mine, "p.unit_id");
        }
        List<TreatmentRow> rows = queries.list(unit.id(), clinicId, how, start, end, condition, LIST_LIMIT);
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS,
                "SubstitutionEpisodes",
                null,
                "unit=" + unit.code() + "; clinic=" + clinicId + "; " + how + " " + start + ".." + end + "; returned="
                        + rows.size());
        return rows;
    }

    /**
     * The people a clinic's staff see (ADR 053), as the person register's own scope says it: in treatment at the
     * clinic today, or whose treatment there this user recorded.
     */
    private String ownPatients(long clinicId) {
        LocalDate today = LocalDate.now(clock);
        String user =
                SecurityContextHolder.getContext().getAuthentication().getName().replace("'", "''");
        return "p.id in (select s.person_id from substitution_episode s where s.deleted_at is null and s.clinic_id = "
                + clinicId + " and ((s.start_date <= date '" + today + "' and (s.stop_date is null or s.stop_date >="
                + " date '" + today + "')) or s.created_by = '" + user + "'))";
    }

    /** A clinic's staff's list scope (ADR 053): the clinic's commune, the period asked. */
    @Transactional(readOnly = true)
    public vn.pcmt.geo.RegisterScope staffScope(LocalDate from, LocalDate to) {
        AdminUnit unit = units.findById(coverage.current().unitId()).orElseThrow();
        return new vn.pcmt.geo.RegisterScope(unit.code(), unit, ListPeriod.lenient(from, to, clock));
    }

    /** The clinic of a clinic's staff (ADR 053), or null. */
    @Transactional(readOnly = true)
    public Long ownClinic() {
        Jurisdiction mine = coverage.current();
        return mine.isFacility() ? mine.facilityId() : null;
    }

    /** A person's treatment history, oldest first (a logged view of the person's record). */
    @Transactional(readOnly = true)
    public List<TreatmentEpisode> history(long personId) {
        viewed(personId);
        return episodes.findByPersonIdOrderByStartDateAscIdAsc(personId);
    }

    @Transactional(readOnly = true)
    public TreatmentEpisode get(long id) {
        TreatmentEpisode episode = episodes.findById(id).orElseThrow();
        viewed(episode.getPersonId());
        return episode;
    }

    /** The person's name (the caller reads the person's record: their view is logged by the reads above). */
    @Transactional(readOnly = true)
    public String personName(long personId) {
        return people.visibleName(personId);
    }

    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public TreatmentEpisode record(TreatmentForm input) {
        TreatmentForm form = input;
        Jurisdiction mine = coverage.current();
        if (mine.isFacility()) {
            // a clinic's staff record at their clinic; a new patient named by their papers (ADR 053)
            if (input.clinicId() != null && !mine.isFacility(input.clinicId())) {
                throw new OutsideJurisdictionException();
            }
            Long id = input.idNumber() != null && !input.idNumber().isBlank() || input.personId() == null
                    ? Long.valueOf(people.byPapers(input.idNumber(), input.birthYear(), "idNumber"))
                    : input.personId();
            form = new TreatmentForm(
                            id,
                            mine.facilityId(),
                            input.startDate(),
                            input.medicine(),
                            input.doseRegime(),
                            input.dispensingPointId(),
                            input.note(),
                            input.version())
                    .forPerson(id);
            if (id.equals(input.personId())) {
                person(id);
            }
        } else {
            if (form.personId() == null) {
                throw RuleViolationException.onField("personId", "substitution.person.required");
            }
            try {
                person(form.personId());
            } catch (NoSuchElementException e) {
                throw RuleViolationException.onField("personId", "substitution.person.unknown", form.personId());
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (form.startDate().isAfter(today)) {
            throw RuleViolationException.onField("startDate", "substitution.future", form.startDate());
        }
        Clinic clinic = clinic(form.clinicId(), form.startDate(), "clinicId");
        dispensingPoint(form.dispensingPointId(), clinic.id(), form.startDate());
        TreatmentRules.checkNew(spans(form.personId()), form.startDate(), today);
        if (!mine.isFacility()) {
            long legal = record.open(
                    form.personId(), form.startDate(), form.medicine().legalDrug(), clinic.name());
            return episodes.saveAndFlush(new TreatmentEpisode(form, null, legal));
        }
        // a clinic's staff: the row first, so the person is theirs when the legal record is opened (ADR 053)
        TreatmentEpisode episode = episodes.saveAndFlush(new TreatmentEpisode(form, null, null));
        long legal =
                record.open(form.personId(), form.startDate(), form.medicine().legalDrug(), clinic.name());
        episode.linkLegal(legal);
        return episodes.saveAndFlush(episode);
    }

    /**
     * Corrects the medicine, the dose regime, the dispensing point and the note, and (ADR 053) the person or the clinic
     * recorded by mistake: the person only for a course of one episode (no transfer before or after it), moved to the
     * other person's record with its legal episode; the clinic one open on the start, another than the clinic a
     * transfer came from or went to. The start stays (delete and record again). Envers keeps what it was.
     */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public TreatmentEpisode correct(long id, TreatmentForm form) {
        TreatmentEpisode episode = editable(id, form.version());
        if (form.startDate() != null && !form.startDate().equals(episode.getStartDate())) {
            throw new RuleViolationException("substitution.correct.startFixed");
        }
        long clinicId = form.clinicId() == null ? episode.getClinicId() : form.clinicId();
        if (clinicId != episode.getClinicId()) {
            Clinic clinic = clinic(clinicId, episode.getStartDate(), "clinicId");
            List<TreatmentEpisode> course = episodes.findByPersonIdOrderByStartDateAscIdAsc(episode.getPersonId());
            boolean besideATransfer = course.stream()
                    .anyMatch(e -> e.getClinicId() == clinicId
                            && (e.getId().equals(episode.getPreviousId())
                                    || episode.getId().equals(e.getPreviousId())));
            if (besideATransfer) {
                throw RuleViolationException.onField("clinicId", "substitution.transfer.sameClinic");
            }
            episode.changeClinic(clinicId);
            if (episode.getPreviousId() == null) {
                // the course's first clinic is the one the person's record names
                record.renameClinic(episode.getPersonId(), episode.getLegalEpisodeId(), clinic.name());
            }
        }
        dispensingPoint(form.dispensingPointId(), clinicId, episode.getStartDate());
        if (form.personId() != null && form.personId() != episode.getPersonId()) {
            moveToPerson(episode, form.personId());
        }
        episode.correct(form);
        return episodes.saveAndFlush(episode);
    }

    private void moveToPerson(TreatmentEpisode episode, long personId) {
        try {
            person(personId);
        } catch (NoSuchElementException e) {
            throw RuleViolationException.onField("personId", "substitution.person.unknown", personId);
        }
        boolean transferred = episode.getPreviousId() != null
                || episodes.findByPersonIdOrderByStartDateAscIdAsc(episode.getPersonId()).stream()
                        .anyMatch(e -> episode.getId().equals(e.getPreviousId()));
        if (transferred) {
            throw RuleViolationException.onField("personId", "substitution.correct.personTransferred");
        }
        TreatmentRules.checkFits(spans(personId), episode.span(), "personId");
        record.delete(episode.getPersonId(), episode.getLegalEpisodeId());
        long legal = record.open(
                personId,
                episode.getStartDate(),
                episode.getMedicine().legalDrug(),
                facilityName(episode.getClinicId()));
        if (!episode.isOpen()) {
            record.end(
                    personId,
                    legal,
                    episode.getStopDate(),
                    episode.getStopReason().ending());
        }
        episode.moveTo(personId, legal);
    }

    /**
     * Corrects the stop of a stopped episode (ADR 053): its day and reason, the person's legal record following (the
     * course's end moved, so its status spans and the art. 256a (d) window follow the corrected day and reason). A
     * transfer's day moves the next episode's start with it; a transfer stays one.
     */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public TreatmentEpisode correctStop(long id, StopForm form) {
        TreatmentEpisode episode = editable(id, form.version());
        List<TreatmentEpisode> history = episodes.findByPersonIdOrderByStartDateAscIdAsc(episode.getPersonId());
        TreatmentRules.checkStopCorrection(
                history.stream().map(TreatmentEpisode::span).toList(),
                episode.span(),
                form.stopDate(),
                form.reason(),
                LocalDate.now(clock));
        if (form.reason() == StopReason.TRANSFERRED) {
            history.stream()
                    .filter(e -> episode.getId().equals(e.getPreviousId()))
                    .forEach(next -> {
                        next.moveStart(form.stopDate());
                        episodes.save(next);
                    });
        } else {
            record.reopen(episode.getPersonId(), episode.getLegalEpisodeId());
            record.end(
                    episode.getPersonId(),
                    episode.getLegalEpisodeId(),
                    form.stopDate(),
                    form.reason().ending());
        }
        episode.stop(form.stopDate(), form.reason());
        return episodes.saveAndFlush(episode);
    }

    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public TreatmentEpisode stop(long id, StopForm form) {
        TreatmentEpisode episode = editable(id, form.version());
        TreatmentRules.checkStop(episode.span(), form.stopDate(), form.reason(), LocalDate.now(clock));
        record.end(
                episode.getPersonId(),
                episode.getLegalEpisodeId(),
                form.stopDate(),
                form.reason().ending());
        episode.stop(form.stopDate(), form.reason());
        return episodes.saveAndFlush(episode);
    }

    /** Stops the open episode on the day (TRANSFERRED) and opens the next at the other clinic: the new episode. */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public TreatmentEpisode transfer(long id, TransferForm form) {
        TreatmentEpisode episode = editable(id, form.version());
        TreatmentRules.checkTransfer(
                episode.span(), episode.getClinicId(), form.clinicId(), form.date(), LocalDate.now(clock));
        Clinic clinic = clinic(form.clinicId(), form.date(), "clinicId");
        dispensingPoint(form.dispensingPointId(), clinic.id(), form.date());
        episode.stop(form.date(), StopReason.TRANSFERRED);
        episodes.saveAndFlush(episode);
        TreatmentForm next = new TreatmentForm(
                episode.getPersonId(),
                clinic.id(),
                form.date(),
                form.medicine() == null ? episode.getMedicine() : form.medicine(),
                form.doseRegime() == null ? episode.getDoseRegime() : form.doseRegime(),
                form.dispensingPointId(),
                null,
                null);
        return episodes.saveAndFlush(new TreatmentEpisode(next, episode.getId(), episode.getLegalEpisodeId()));
    }

    /**
     * Deletes the person's latest episode recorded by mistake (kept in the history): one a transfer opened takes the
     * transfer back (the previous one runs again); any other takes the course out of the person's record.
     */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public void delete(long id, long version) {
        TreatmentEpisode episode = editable(id, version);
        TreatmentRules.checkDelete(spans(episode.getPersonId()), episode.span());
        episode.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        episodes.saveAndFlush(episode);
        Optional<TreatmentEpisode> previous =
                Optional.ofNullable(episode.getPreviousId()).flatMap(episodes::findById);
        if (previous.isPresent()) {
            previous.get().reopen();
            episodes.saveAndFlush(previous.get());
            if (!episode.isOpen()) {
                record.reopen(episode.getPersonId(), episode.getLegalEpisodeId());
            }
        } else {
            record.delete(episode.getPersonId(), episode.getLegalEpisodeId());
        }
    }

    /**
     * The doses given in an episode over [from, to] (the year of {@code to} by default; {@code to} today by default),
     * latest first: a logged view of the person's record (ADR 053).
     */
    @Transactional(readOnly = true)
    public List<Dispensing> dispensings(long episodeId, LocalDate from, LocalDate to) {
        TreatmentEpisode episode = episodes.findById(episodeId).orElseThrow();
        ListPeriod period = ListPeriod.strict(from, to, clock);
        person(episode.getPersonId());
        accessLog.record(
                AccessEventKind.VIEW_PERSONAL_RECORD, "Person", episode.getPersonId(), "substitution dispensing");
        return dispensing.findByEpisodeIdAndDispensedOnBetweenOrderByDispensedOnDescIdDesc(
                episodeId, period.from(), period.to());
    }

    /**
     * Records a dose given on a day (ADR 053): a day of the episode, not after today, once a day; at the clinic or
     * one of its dispensing points open that day.
     */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public Dispensing dispense(long episodeId, DispensingForm form) {
        TreatmentEpisode episode = episodes.findById(episodeId).orElseThrow();
        person(episode.getPersonId());
        if (form.date().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("date", "substitution.future", form.date());
        }
        if (!episode.span().covers(form.date())) {
            throw RuleViolationException.onField(
                    "date", "substitution.dispensing.outside", episode.getStartDate(), episode.getStopDate());
        }
        dispensingPoint(form.dispensingPointId(), episode.getClinicId(), form.date());
        if (dispensing.existsByEpisodeIdAndDispensedOn(episodeId, form.date())) {
            throw RuleViolationException.onField("date", "substitution.dispensing.twice", form.date());
        }
        return dispensing.saveAndFlush(new Dispensing(episode, form));
    }

    /** Deletes a dose recorded by mistake (kept in the history). */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public Dispensing deleteDispensing(long id, long version) {
        Dispensing dose = dispensing.findById(id).orElseThrow();
        person(dose.getPersonId());
        if (version != dose.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Dispensing.class, id);
        }
        dose.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        return dispensing.saveAndFlush(dose);
    }

    /** The clinic's or dispensing point's name, whatever its dates. */
    @Transactional(readOnly = true)
    public String facilityName(Long id) {
        return id == null ? null : clinics.find(id).map(Clinic::name).orElse(null);
    }

    /** The clinics open today in the unit (facilities are no personal data: any unit, e.g. the user's province). */
    @Transactional(readOnly = true)
    public List<Clinic> clinicsIn(String unitCode) {
        LocalDate today = LocalDate.now(clock);
        return units.find(unitCode.strip(), today)
                .map(u -> clinics.clinicsIn(u.id(), today))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<Clinic> dispensingPoints(long clinicId) {
        return clinics.dispensingPoints(clinicId, LocalDate.now(clock));
    }

    private TreatmentEpisode editable(long id, Long version) {
        TreatmentEpisode episode = episodes.findById(id).orElseThrow();
        person(episode.getPersonId());
        if (version == null || version != episode.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(TreatmentEpisode.class, id);
        }
        return episode;
    }

    private List<TreatmentRules.Span> spans(long personId) {
        return episodes.findByPersonIdOrderByStartDateAscIdAsc(personId).stream()
                .map(TreatmentEpisode::span)
                .toList();
    }

    /** A live person of the register inside the caller's jurisdiction (404 when none, 403 outside). */
    private void person(long personId) {
        people.visibleName(personId);
    }

    private void viewed(long personId) {
        person(personId);
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "Person", personId, "substitution");
    }

    private Clinic clinic(Long id, LocalDate on, String field) {
        return (id == null ? Optional.<Clinic>empty() : clinics.clinic(id, on))
                .orElseThrow(() -> RuleViolationException.onField(field, "substitution.clinic.unknown", on));
    }

    private void dispensingPoint(Long id, long clinicId, LocalDate on) {
        if (id != null && clinics.dispensingPoint(id, clinicId, on).isEmpty()) {
            throw RuleViolationException.onField("dispensingPointId", "substitution.point.unknown", on);
        }
    }
}
