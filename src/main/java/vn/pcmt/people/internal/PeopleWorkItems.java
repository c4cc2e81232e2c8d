package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.pcmt.people.WorkItem;
import vn.pcmt.people.WorkItemKind;
import vn.pcmt.people.WorkList;
import vn.pcmt.platform.WorkEntry;
import vn.pcmt.platform.WorkItems;

/**
 * The register's part of the work list (ADR 047): the people's legal and care deadlines of {@link WorkList} (ending
 * measures, determinations and voluntary-rehab registrations past the deadline of the rule in force, no check-in,
 * positive tests under art. 256a, moves not presented in time) and the moves into the caller's communes that wait
 * for their acceptance.
 */
@Component
@Order(10)
class PeopleWorkItems implements WorkItems {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CurrentOfficer officer;
    private final WorkList workList;
    private final TransferService transfers;
    private final MessageSource messages;

    PeopleWorkItems(CurrentOfficer officer, WorkList workList, TransferService transfers, MessageSource messages) {
        this.officer = officer;
        this.workList = workList;
        this.transfers = transfers;
        this.messages = messages;
    }

    @Override
    public List<WorkEntry> due(LocalDate today) {
        if (!officer.can("PERSON_READ")) {
            return List.of();
        }
        List<WorkEntry> entries = new ArrayList<>();
        if (officer.can("PERSON_EDIT")) {
            for (TransferView t : transfers.pending()) {
                if (t.incoming()) {
                    entries.add(new WorkEntry(
                            "TRANSFER_TO_ACCEPT",
                            t.presentationLate(today),
                            t.fullName() + " (" + t.birthYear() + ")",
                            text(
                                    "work.move",
                                    t.fromCommune(),
                                    t.toCommune(),
                                    t.moveDate().format(DAY)),
                            t.moveDate(),
                            "/people/transfers"));
                }
            }
        }
        for (WorkItem w : workList.due(today)) {
            entries.add(new WorkEntry(
                    w.kind().name(),
                    urgent(w.kind()),
                    w.fullName(),
                    detail(w),
                    w.date(),
                    w.move() != null ? "/people/transfers" : "/people/" + w.personId()));
        }
        return entries;
    }

    /** Past a deadline, or a positive test to deal with: shown red. */
    private static boolean urgent(WorkItemKind kind) {
        return kind == WorkItemKind.POSITIVE_TEST_FLAGGED
                || kind == WorkItemKind.MOVE_NOT_PRESENTED
                || kind.name().endsWith("OVERDUE");
    }

    private String detail(WorkItem w) {
        List<String> parts = new ArrayList<>();
        if (w.communeName() != null) {
            parts.add(w.communeName());
        }
        if (w.flag() != null) {
            var flag = w.flag();
            String episode = text("episode.kind." + flag.episodeKind())
                    + (flag.episodeForm() != null ? " — " + text("episode.form." + flag.episodeForm()) : "");
            parts.add(text("penal256a.clause", flag.window().clause())
                    + ": " + text("penal256a.window." + flag.window())
                    + " — " + text("penal256a.openedBy")
                    + " "
                    + text("penal256a.episode", episode, flag.episodeStart().format(DAY)));
        }
        if (w.move() != null) {
            parts.add(text(
                    "work.move",
                    w.move().fromCommune(),
                    w.move().toCommune(),
                    w.move().moveDate().format(DAY)));
        }
        parts.add(w.date() != null ? text("work.date." + w.kind(), w.date().format(DAY)) : text("work.never"));
        return String.join(" · ", parts);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
