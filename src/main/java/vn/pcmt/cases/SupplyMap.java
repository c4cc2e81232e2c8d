package vn.pcmt.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The map of the supply side (ADR 045): the case register draws its cases, and other registers contribute a layer
 * each (cultivation plots) without the case register knowing them, as {@code hotspots.Hotspots.Links} does for the
 * hotspot page.
 */
public interface SupplyMap {

    /** A layer of records of another register: a bean of that register. */
    interface Layer {

        /** The message key of the layer's name (a heading of the page). */
        String nameKey();

        /**
         * The records of a unit of the caller's jurisdiction (by code, as of {@code to}) dated in [from, to], with or
         * without a point; empty when the caller may not read the register.
         */
        List<Point> points(String unitCode, LocalDate from, LocalDate to);
    }

    /**
     * A record on the map: its layer's code and its state (the marker's colour), the message key of the state, its
     * point (null when it has none: it is listed beside the map), its day, commune, a label in the reader's language,
     * its page.
     */
    record Point(
            String layer,
            String state,
            String stateKey,
            BigDecimal latitude,
            BigDecimal longitude,
            LocalDate on,
            String communeName,
            String label,
            String href) {

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }
}
