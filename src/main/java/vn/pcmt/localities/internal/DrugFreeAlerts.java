package vn.pcmt.localities.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.pcmt.hotspots.HotspotRecorded;
import vn.pcmt.people.PersonRecordChanged;

/**
 * Raises an alert, in the same transaction as the change, when a recognised drug-free commune breaks an automatic
 * criterion: a hotspot recorded in it, an addict or user left without a measure. The alert shows on the work list
 * of the commune and of the standing office until the office closes it.
 */
@Component
class DrugFreeAlerts {

    private static final Logger log = LoggerFactory.getLogger(DrugFreeAlerts.class);

    private final DrugFreeQueries queries;
    private final DrugFreeCommuneRepository entries;
    private final DrugFreeService service;
    private final Clock clock;

    DrugFreeAlerts(DrugFreeQueries queries, DrugFreeCommuneRepository entries, DrugFreeService service, Clock clock) {
        this.queries = queries;
        this.entries = entries;
        this.service = service;
        this.clock = clock;
    }

    @EventListener
    void on(HotspotRecorded event) {
        recheck(event.communeId());
    }

    @EventListener
    void on(PersonRecordChanged event) {
        recheck(event.unitId());
    }

    private void recheck(long unitId) {
        LocalDate today = LocalDate.now(clock);
        for (long entryId : queries.recognisedCovering(unitId)) {
            DrugFreeCommune entry = entries.findById(entryId).orElseThrow();
            for (CriterionResult broken : service.brokenAutomatic(entry, today)) {
                String detail = broken.total() == null
                        ? "%s: %s".formatted(broken.criterion().code(), broken.value())
                        : "%s: %s/%s".formatted(broken.criterion().code(), broken.value(), broken.total());
                if (queries.raise(entryId, broken.criterion().id(), detail)) {
                    log.info("Drug-free alert for entry {}: {}", entryId, detail);
                }
            }
        }
    }
}
