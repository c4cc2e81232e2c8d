package vn.pcmt.hotspots;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask the hotspot register (ADR 027, 037): a hotspot's id, name, commune and state, only for
 * hotspots inside the current user's jurisdiction, and the counts the Decision 28 classification and the drug-free
 * criteria read. The register itself (forms, entity, service) stays in {@code hotspots.internal}.
 */
public interface Hotspots {

    /** A hotspot as another module shows it: its name, its commune (the unit version it was recorded in), its state. */
    record Summary(
            long id,
            String name,
            String communeCode,
            String communeName,
            LocalDate detectedOn,
            LocalDate eliminatedOn,
            boolean active) {}

    /** The hotspot if it exists (not deleted) and lies inside the current user's jurisdiction; else empty. */
    Optional<Summary> find(long id);

    /**
     * The hotspots (not deleted) of a commune, of the communes it covers or of the commune covering it (across the
     * 2025 reform), visible to the current user: those a record of that commune may refer to; newest first.
     */
    List<Summary> ofCommune(long communeId);

    /**
     * Hotspots active at some time in the period for each of the given units (one query), places of use only when
     * asked. The caller answers for the jurisdiction of the units.
     */
    Map<Long, Long> activeDuringByUnit(Collection<Long> unitIds, LocalDate from, LocalDate to, boolean placesOfUse);

    /**
     * What another module links to a hotspot (a business whose inspection found drug use there), shown on the hotspot's
     * page. A module contributes a bean; the hotspot register knows nothing of the module.
     */
    interface Links {

        /** The records of the module linked to the hotspot, visible to the current user. */
        List<Link> linksTo(long hotspotId);
    }

    /**
     * A record of another module linked to a hotspot: a message key of its kind, its name, its day, its page, and its
     * resource in the API (or null when it has none).
     */
    record Link(String kindKey, String name, LocalDate on, String href, String apiHref) {

        public Link(String kindKey, String name, LocalDate on, String href) {
            this(kindKey, name, on, href, null);
        }
    }
}
