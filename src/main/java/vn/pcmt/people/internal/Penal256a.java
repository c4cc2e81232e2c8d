package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRules;

/**
 * Penal Code art. 256a (from 1/7/2025): drug use is an offence when, at the time of use, the person is inside one
 * of the four {@link Penal256aWindow}s. The system flags such a positive test for the investigator, with the window
 * and the episode that opened it; it decides nothing. A window whose rule is not in force on the test's date opens
 * nothing (before 1/7/2025 nothing is flagged). Flags follow the record: they are computed again when an episode
 * of the person changes, and for every person when a window rule changes.
 */
@Component
public class Penal256a {

    /** A flag: the window and the episode that opened it. */
    public record Flag(Penal256aWindow window, Episode episode) {}

    private final LegalRules law;
    private final EpisodeRepository episodes;
    private final PersonEventRepository events;

    Penal256a(LegalRules law, EpisodeRepository episodes, PersonEventRepository events) {
        this.law = law;
        this.episodes = episodes;
        this.events = events;
    }

    /** The first window (in the order of the clauses) that a live episode opens on the test's date. */
    public Optional<Flag> flag(List<Episode> record, LocalDate testDate) {
        return flag(record, testDate, windows());
    }

    /** Every version of each window's rule, read once to judge many tests. */
    private Map<Penal256aWindow, List<LegalRule>> windows() {
        Map<Penal256aWindow, List<LegalRule>> versions = new EnumMap<>(Penal256aWindow.class);
        for (Penal256aWindow window : Penal256aWindow.values()) {
            versions.put(window, law.versions(window.rule()));
        }
        return versions;
    }

    private static Optional<Flag> flag(
            List<Episode> record, LocalDate testDate, Map<Penal256aWindow, List<LegalRule>> windows) {
        for (Penal256aWindow window : Penal256aWindow.values()) {
            Optional<LegalRule> version = windows.get(window).stream()
                    .filter(r -> r.inForceOn(testDate))
                    .findFirst();
            if (version.isEmpty()) {
                continue;
            }
            Optional<Episode> opener = record.stream()
                    .filter(e -> !e.isDeleted() && window.openedBy(e, testDate, version.get()))
                    .max(Comparator.comparing(Episode::getStartDate).thenComparing(Episode::getId));
            if (opener.isPresent()) {
                return Optional.of(new Flag(window, opener.get()));
            }
        }
        return Optional.empty();
    }

    /** The flag a positive test gets; nothing for any other event. */
    Optional<Flag> flagFor(List<Episode> record, EventKind kind, TestResult result, LocalDate date) {
        return flagFor(record, kind, result, date, windows());
    }

    private static Optional<Flag> flagFor(
            List<Episode> record,
            EventKind kind,
            TestResult result,
            LocalDate date,
            Map<Penal256aWindow, List<LegalRule>> windows) {
        if (kind != EventKind.DRUG_TEST || result != TestResult.POSITIVE) {
            return Optional.empty();
        }
        return flag(record, date, windows);
    }

    /**
     * Computes again the flags of a person's live events, inside the caller's transaction; changed events are
     * saved (and audited). Returns how many changed.
     */
    int refresh(long personId) {
        return refresh(List.of(personId));
    }

    /** The same for many people at once (two queries), inside the caller's transaction. */
    int refresh(Collection<Long> personIds) {
        Map<Penal256aWindow, List<LegalRule>> windows = windows();
        Map<Long, List<Episode>> records =
                episodes.findLiveOf(personIds).stream().collect(Collectors.groupingBy(Episode::getPersonId));
        int changed = 0;
        for (PersonEvent event : events.findLiveOf(personIds, EventKind.DRUG_TEST, TestResult.POSITIVE)) {
            List<Episode> record = records.getOrDefault(event.getPersonId(), List.of());
            if (event.reflag(flagFor(record, event.getKind(), event.getResult(), event.getEventDate(), windows))) {
                changed++;
            }
        }
        return changed;
    }
}
