package vn.pcmt.hotspots.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A hotspot in a list or on the map, with its state on the list's date. */
public record HotspotRow(
        long id,
        String name,
        HotspotShape shape,
        HotspotActivity activity,
        String communeCode,
        String communeName,
        String villageName,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        LocalDate detectedOn,
        LocalDate eliminatedOn,
        Long reformedFromId,
        HotspotState state) {

    public boolean isReformed() {
        return reformedFromId != null;
    }
}
