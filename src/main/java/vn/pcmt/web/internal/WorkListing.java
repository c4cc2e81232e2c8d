package vn.pcmt.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.pcmt.platform.WorkEntry;
import vn.pcmt.platform.WorkItems;

/**
 * The signed-in user's whole work list (ADR 047): the items every module offers through {@link WorkItems}, grouped
 * (late groups first, then the smaller groups first, then in the modules' order), each group by date (undated last),
 * with the count of each group;
 * for the home page and {@code GET /api/v1/work-list}.
 */
@Service
class WorkListing {

    private static final Logger log = LoggerFactory.getLogger(WorkListing.class);

    private final List<WorkItems> sources;
    private final MessageSource messages;
    private final Clock clock;

    WorkListing(List<WorkItems> sources, MessageSource messages, Clock clock) {
        this.sources = sources;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every item of the user, grouped. */
    List<Group> groups() {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<WorkEntry>> byGroup = new LinkedHashMap<>();
        for (WorkItems source : sources) {
            List<WorkEntry> entries;
            try {
                entries = source.due(today);
            } catch (RuntimeException e) {
                // one module failing must not take the home page down with it
                log.warn("work list: {} failed", source.getClass().getSimpleName(), e);
                continue;
            }
            for (WorkEntry e : entries) {
                byGroup.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((code, items) -> groups.add(new Group(
                code,
                messages.getMessage("work." + code, null, code, LocaleContextHolder.getLocale()),
                items.stream().anyMatch(WorkEntry::urgent),
                items.stream()
                        .sorted(Comparator.comparing(WorkEntry::date, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList())));
        // late groups first; then the smaller groups (a report to send before 264 people to call in), stable
        return groups.stream()
                .sorted(Comparator.comparing((Group g) -> !g.urgent()).thenComparing(Group::count))
                .toList();
    }

    /** A group of items: its code, label, whether any is late, and its items in order. */
    public record Group(String group, String label, boolean urgent, List<WorkEntry> items) {

        public int count() {
            return items.size();
        }

        /** The items of a page (0-based) of the given size; empty past the last. */
        public List<WorkEntry> page(int page, int size) {
            int from = Math.min(items.size(), Math.max(0, page) * size);
            return items.subList(from, Math.min(items.size(), from + size));
        }
    }
}
