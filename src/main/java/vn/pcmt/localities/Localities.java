package vn.pcmt.localities;

import java.util.List;

/**
 * What other modules may ask the localities register: today, the open alerts of recognised drug-free communes
 * inside the caller's jurisdiction (the home page lists them). Implemented by the drug-free programme's service.
 */
public interface Localities {

    /**
     * The open alerts inside the caller's jurisdiction: a recognised commune no longer meets an automatic criterion;
     * of one commune's entry when {@code entryId} is given, of every entry when it is null.
     */
    List<DrugFreeAlert> openAlerts(Long entryId);
}
