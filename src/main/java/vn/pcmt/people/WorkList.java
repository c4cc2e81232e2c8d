package vn.pcmt.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.legal.LegalRuleCode;
import vn.pcmt.legal.LegalRules;
import vn.pcmt.people.internal.PeopleProperties;
import vn.pcmt.people.internal.WorkListQueries;

/**
 * The officer's due items in their jurisdiction: management or post-rehab ending soon, determinations past their
 * deadline, voluntary-rehab registration past its deadline, no check-in for a while, positive tests flagged (with
 * the window of art. 256a and the episode that opened it), moves not presented at the new commune in time (on
 * both communes' lists). Deadlines come from the legal rules in force on the date each started; where none was in
 * force (records from before the earliest rule) there is no deadline to miss.
 */
@Service
@Transactional(readOnly = true)
public class WorkList {

    private final WorkListQueries queries;
    private final UnitCoverage coverage;
    private final LegalRules law;
    private final PeopleProperties properties;
    private final AccessLog accessLog;

    WorkList(
            WorkListQueries queries,
            UnitCoverage coverage,
            LegalRules law,
            PeopleProperties properties,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.queries = queries;
        this.coverage = coverage;
        this.law = law;
        this.properties = properties;
    }

    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<WorkItem> due(LocalDate today) {
        String jurisdiction = UnitCoverage.sqlCondition(coverage.current(), "p.unit_id");
        LocalDate horizon = today.plusDays(properties.endingWithinDays());
        List<WorkItem> items = new ArrayList<>();
        items.addAll(
                queries.ending("DRUG_USE_MANAGEMENT", WorkItemKind.MANAGEMENT_ENDING, jurisdiction, today, horizon));
        items.addAll(
                queries.ending("POST_REHAB_MANAGEMENT", WorkItemKind.POST_REHAB_ENDING, jurisdiction, today, horizon));
        for (WorkItem pending : queries.pendingDeterminations(jurisdiction)) {
            missed(LegalRuleCode.ADDICTION_DETERMINATION_DEADLINE, pending.date(), today)
                    .ifPresent(deadline -> items.add(pending.withDate(deadline)));
        }
        for (WorkItem addicted : queries.addictedWithoutRehab(jurisdiction)) {
            missed(LegalRuleCode.VOLUNTARY_REHAB_REGISTRATION_DEADLINE, addicted.date(), today)
                    .ifPresent(deadline -> items.add(addicted.withDate(deadline)));
        }
        items.addAll(queries.withoutCheckIn(jurisdiction, today, today.minusDays(properties.checkInDays())));
        items.addAll(queries.flaggedTests(jurisdiction, today.minusDays(properties.flaggedDays())));
        items.addAll(movesNotPresented(today));
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS, "WorkList", null, "work list; returned=" + items.size());
        return items;
    }

    /**
     * The deadline the rule in force on {@code start} sets from it, when it has passed by {@code today}; empty when it
     * has not, or when no rule was in force then (nothing to miss).
     */
    private java.util.Optional<LocalDate> missed(LegalRuleCode deadline, LocalDate start, LocalDate today) {
        return law.find(deadline, start).map(rule -> rule.addTo(start)).filter(due -> due.isBefore(today));
    }

    /**
     * Law 120/2025: a person who changes residence presents at the new commune within the deadline in force on the
     * move's date; past it, and until the receiving commune records the presentation, both communes see the move.
     */
    private List<WorkItem> movesNotPresented(LocalDate today) {
        var since = law.firstInForce(LegalRuleCode.RESIDENCE_CHANGE_PRESENTATION_DEADLINE);
        if (since.isEmpty()) {
            return List.of();
        }
        var mine = coverage.current();
        List<WorkItem> items = new ArrayList<>();
        for (var move : queries.movesNotPresented(
                UnitCoverage.sqlCondition(mine, "t.from_commune_id"),
                UnitCoverage.sqlCondition(mine, "t.to_commune_id"),
                since.get())) {
            missed(LegalRuleCode.RESIDENCE_CHANGE_PRESENTATION_DEADLINE, move.moveDate(), today)
                    .ifPresent(deadline -> items.add(new WorkItem(
                            WorkItemKind.MOVE_NOT_PRESENTED,
                            move.personId(),
                            move.fullName(),
                            move.incoming() ? move.toCommune() : move.fromCommune(),
                            deadline,
                            null,
                            new WorkItem.MoveDue(
                                    move.transferId(),
                                    move.fromCommune(),
                                    move.toCommune(),
                                    move.moveDate(),
                                    deadline,
                                    move.status(),
                                    move.incoming()))));
        }
        return items;
    }
}
