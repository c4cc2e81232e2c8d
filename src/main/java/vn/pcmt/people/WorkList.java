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
import vn.pcmt.people.internal.WorkListQueries;

/**
 * The officer's due items in their jurisdiction: management or post-rehab ending soon, determinations past their
 * deadline, voluntary-rehab registration past its deadline, no check-in for a while, positive tests flagged.
 * Deadlines come from the legal rules in force on the date each started.
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
            LocalDate deadline = law.on(LegalRuleCode.ADDICTION_DETERMINATION_DEADLINE, pending.date())
                    .addTo(pending.date());
            if (deadline.isBefore(today)) {
                items.add(withDate(pending, deadline));
            }
        }
        for (WorkItem addicted : queries.addictedWithoutRehab(jurisdiction)) {
            LocalDate deadline = law.on(LegalRuleCode.VOLUNTARY_REHAB_REGISTRATION_DEADLINE, addicted.date())
                    .addTo(addicted.date());
            if (deadline.isBefore(today)) {
                items.add(withDate(addicted, deadline));
            }
        }
        items.addAll(queries.withoutCheckIn(jurisdiction, today, today.minusDays(properties.checkInDays())));
        items.addAll(queries.flaggedTests(jurisdiction, today.minusDays(properties.flaggedDays())));
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS, "WorkList", null, "work list; returned=" + items.size());
        return items;
    }

    private static WorkItem withDate(WorkItem item, LocalDate date) {
        return new WorkItem(item.kind(), item.personId(), item.fullName(), item.communeName(), date);
    }
}
