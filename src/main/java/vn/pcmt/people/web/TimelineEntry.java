package vn.pcmt.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.PersonEvent;

/**
 * One line of a person's timeline: an episode starting or ending, or an event, newest first. A test flagged under
 * art. 256a carries the episode that opened its window ({@code opener}).
 */
record TimelineEntry(LocalDate date, String what, Episode episode, PersonEvent event, Episode opener) {

    static List<TimelineEntry> of(List<Episode> episodes, List<PersonEvent> events) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Episode e : episodes) {
            entries.add(new TimelineEntry(e.getStartDate(), "start", e, null, null));
            if (e.getEndDate() != null) {
                entries.add(new TimelineEntry(e.getEndDate(), "end", e, null, null));
            }
        }
        for (PersonEvent v : events) {
            Episode opener = v.getFlag256aEpisodeId() == null
                    ? null
                    : episodes.stream()
                            .filter(e -> e.getId().equals(v.getFlag256aEpisodeId()))
                            .findFirst()
                            .orElse(null);
            entries.add(new TimelineEntry(v.getEventDate(), "event", null, v, opener));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return entries;
    }
}
