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
            SubstitutionQueries queries,
            UnitCoverage coverage,
            UnitService units,
            Clinics clinics,
            People people,
            SubstitutionTreatments record,
            AccessLog accessLog,
            Clock clock) {
        this.episodes = episodes;
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
        AdminUnit unit = coverage.visibleUnit(unitCode.strip(), end);
        ListMode how = mode == null ? ListMode.IN_TREATMENT : mode;
        List<TreatmentRow> rows = queries.list(
                unit.id(),
                clinicId,
                how,
                start,
                end,
                UnitCoverage.sqlCondition(coverage.current(), "p.unit_id"),
                LIST_LIMIT);
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS,
                "SubstitutionEpisodes",
                null,
                "unit=" + unit.code() + "; clinic=" + clinicId + "; " + how + " " + start + ".." + end + "; returned="
                        + rows.size());
        return rows;
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
    public TreatmentEpisode record(TreatmentForm form) {
        try {
            person(form.personId());
        } catch (NoSuchElementException e) {
            throw RuleViolationException.onField("personId", "substitution.person.unknown", form.personId());
        }
        LocalDate today = LocalDate.now(clock);
        if (form.startDate().isAfter(today)) {
            throw RuleViolationException.onField("startDate", "substitution.future", form.startDate());
        }
        Clinic clinic = clinic(form.clinicId(), form.startDate(), "clinicId");
        dispensingPoint(form.dispensingPointId(), clinic.id(), form.startDate());
        TreatmentRules.checkNew(spans(form.personId()), form.startDate(), today);
        long legal =
                record.open(form.personId(), form.startDate(), form.medicine().legalDrug(), clinic.name());
        return episodes.saveAndFlush(new TreatmentEpisode(form, null, legal));
    }

    /** The medicine, the dose regime, the dispensing point and the note. */
    @PreAuthorize("hasAuthority('SUBSTITUTION_EDIT')")
    public TreatmentEpisode correct(long id, TreatmentForm form) {
        TreatmentEpisode episode = editable(id, form.version());
        if (form.personId() != null && form.personId() != episode.getPersonId()
                || form.clinicId() != null && form.clinicId() != episode.getClinicId()
                || form.startDate() != null && !form.startDate().equals(episode.getStartDate())) {
            throw new RuleViolationException("substitution.correct.fixed");
        }
        dispensingPoint(form.dispensingPointId(), episode.getClinicId(), episode.getStartDate());
        episode.correct(form);
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
