package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.people.PersonRecordChanged;
import vn.pcmt.people.SubstitutionTreatments;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.RuleViolationException;

/**
 * Episodes and events of a person's record, checked against the legal workflow; the substitution register's courses
 * of treatment as legal episodes ({@link SubstitutionTreatments}).
 */
@Service
@Transactional
public class RecordService implements SubstitutionTreatments {

    private final PersonService people;
    private final EpisodeRepository episodes;
    private final PersonEventRepository events;
    private final EpisodeRules rules;
    private final Penal256a penal256a;
    private final CurrentOfficer officer;
    private final TransferRepository transfers;

    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final vn.pcmt.geo.UnitCoverage coverage;

    RecordService(
            PersonService people,
            EpisodeRepository episodes,
            PersonEventRepository events,
            EpisodeRules rules,
            Penal256a penal256a,
            CurrentOfficer officer,
            TransferRepository transfers,
            ApplicationEventPublisher publisher,
            Clock clock,
            vn.pcmt.geo.UnitCoverage coverage) {
        this.coverage = coverage;
        this.transfers = transfers;
        this.publisher = publisher;
        this.people = people;
        this.episodes = episodes;
        this.events = events;
        this.rules = rules;
        this.penal256a = penal256a;
        this.officer = officer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<Episode> episodes(long personId) {
        people.viewed(personId, "episodes");
        return episodes.findLive(personId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<PersonEvent> events(long personId) {
        people.viewed(personId, "events");
        return events.findLive(personId);
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Episode open(long personId, EpisodeForm input) {
        EpisodeForm form = input.normalized();
        Person person = people.visible(personId);
        List<Episode> record = episodes.findLive(personId);
        EpisodeRules.Planned planned = rules.checkNew(person, record, form, LocalDate.now(clock));
        Episode opened = new Episode(
                personId, unitOn(person, form.startDate()), form, planned.end(), planned.byHand(), officer.username());
        Long station = coverage.workplace();
        if (form.kind() == EpisodeKind.ADDICTION_DETERMINATION && station != null) {
            // recorded by a health worker of a station: the station made it (ADR 043)
            opened.placeAt(station);
        }
        Episode episode = episodes.saveAndFlush(opened);
        penal256a.refresh(personId);
        changed(person);
        return episode;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Episode end(long personId, long episodeId, EpisodeEnd end) {
        Person person = people.visible(personId);
        Episode episode = Part.asRead(episodes.findById(episodeId), personId, end.version());
        rules.checkEnd(person, episode, end, LocalDate.now(clock));
        episode.end(end.endDate(), end.reason(), end.result(), end.substances());
        Episode ended = episodes.saveAndFlush(episode);
        penal256a.refresh(personId);
        changed(person);
        return ended;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public void deleteEpisode(long personId, long episodeId, long version) {
        people.visible(personId);
        episodes.saveAndFlush(Part.deleteAsRead(
                episodes.findById(episodeId), personId, version, officer.username(), Instant.now(clock)));
        penal256a.refresh(personId);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('PERSON_EDIT', 'SUBSTITUTION_EDIT')")
    public long open(long personId, LocalDate start, String drug, String clinicName) {
        EpisodeForm form = new EpisodeForm(
                EpisodeKind.SUBSTITUTION_TREATMENT,
                drug,
                start,
                null,
                null,
                null,
                null,
                "",
                null,
                "",
                clinicName,
                "",
                "");
        return open(personId, form).getId();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('PERSON_EDIT', 'SUBSTITUTION_EDIT')")
    public void end(long personId, long legalEpisodeId, LocalDate end, Ending ending) {
        Episode episode = substitution(personId, legalEpisodeId);
        EndReason reason =
                switch (ending) {
                    case COMPLETED -> EndReason.COMPLETED;
                    case QUIT_ON_OWN -> EndReason.QUIT_ON_OWN;
                    case STOPPED -> EndReason.STOPPED;
                    case DIED -> EndReason.DIED;
                    case DETAINED -> EndReason.COMPULSORY_MEASURE;
                };
        end(personId, legalEpisodeId, new EpisodeEnd(end, reason, null, episode.getVersion()));
    }

    @Override
    @PreAuthorize("hasAnyAuthority('PERSON_EDIT', 'SUBSTITUTION_EDIT')")
    public void reopen(long personId, long legalEpisodeId) {
        Person person = people.visible(personId);
        Episode episode = substitution(personId, legalEpisodeId);
        episode.reopen();
        episodes.saveAndFlush(episode);
        penal256a.refresh(personId);
        changed(person);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('PERSON_EDIT', 'SUBSTITUTION_EDIT')")
    public void delete(long personId, long legalEpisodeId) {
        Person person = people.visible(personId);
        Episode episode = substitution(personId, legalEpisodeId);
        deleteEpisode(personId, legalEpisodeId, episode.getVersion());
        changed(person);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('PERSON_EDIT', 'SUBSTITUTION_EDIT')")
    public void renameClinic(long personId, long legalEpisodeId, String clinicName) {
        Person person = people.visible(personId);
        Episode episode = substitution(personId, legalEpisodeId);
        episode.renameFacility(clinicName);
        episodes.saveAndFlush(episode);
        changed(person);
    }

    private Episode substitution(long personId, long legalEpisodeId) {
        Episode episode = Part.live(episodes.findById(legalEpisodeId), personId);
        if (episode.getKind() != EpisodeKind.SUBSTITUTION_TREATMENT) {
            throw new java.util.NoSuchElementException();
        }
        return episode;
    }

    /**
     * Records an event; a positive test inside a window of art. 256a is flagged for the investigator, with the window
     * and the episode that opened it.
     */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public PersonEvent record(long personId, EventForm form) {
        Person person = people.visible(personId);
        if (form.date().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("event.date.future");
        }
        if (form.kind() == EventKind.DRUG_TEST && form.result() == null) {
            throw new RuleViolationException("event.test.resultRequired");
        }
        if (form.kind() == EventKind.SERVICE && form.service() == null) {
            throw new RuleViolationException("event.service.required");
        }
        var flag = penal256a.flagFor(episodes.findLive(personId), form.kind(), form.result(), form.date());
        PersonEvent event = events.saveAndFlush(
                new PersonEvent(personId, unitOn(person, form.date()), form, flag, officer.username()));
        if (form.kind() == EventKind.CHECK_IN) {
            presentedAt(event);
        }
        changed(person);
        return event;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public void deleteEvent(long personId, long eventId, long version) {
        people.visible(personId);
        events.saveAndFlush(
                Part.deleteAsRead(events.findById(eventId), personId, version, officer.username(), Instant.now(clock)));
    }

    /**
     * A check-in at the commune a person moved to, on or after the move, is the presentation there that Law
     * 120/2025 asks for: the move records its day (the page of moves records it too).
     */
    private void presentedAt(PersonEvent checkIn) {
        transfers
                .findByPersonIdAndPresentedOnIsNullAndStatusIn(
                        checkIn.getPersonId(), TransferStatus.awaitingPresentation())
                .stream()
                .filter(t -> t.getToCommuneId() == checkIn.getUnitId()
                        && !checkIn.getEventDate().isBefore(t.getMoveDate()))
                .forEach(t -> t.presented(checkIn.getEventDate(), officer.username()));
    }

    /** The commune where the person lived on the date (the managing commune if the record starts later). */
    private long unitOn(Person person, LocalDate date) {
        return people.residences(person.getId()).stream()
                .filter(r -> !r.getValidFrom().isAfter(date)
                        && (r.getValidTo() == null || !r.getValidTo().isBefore(date)))
                .map(Residence::getCommuneId)
                .findFirst()
                .orElse(person.getUnitId());
    }

    /** Tells other modules, inside the transaction, that what the person's record says may have changed. */
    private void changed(Person person) {
        publisher.publishEvent(new PersonRecordChanged(person.getId(), person.getUnitId()));
    }
}
