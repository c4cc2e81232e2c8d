package vn.pcmt.hotspots.internal;

import java.time.LocalDate;

/**
 * Hotspot figures of a unit over a period. {@code arisen} counts every hotspot detected in the period, new or
 * re-formed, once; {@code reformed} is the part of it that re-formed at an eliminated place;
 * {@code arisenEliminated} is the part of it eliminated by the end of the period (NB2: 80% of arisen eliminated).
 */
public record HotspotFigures(
        String unitCode,
        String unitName,
        LocalDate from,
        LocalDate to,
        long arisen,
        long reformed,
        long eliminated,
        long arisenEliminated,
        long activeAtStart,
        long activeAtEnd,
        long placesOfUseActiveAtEnd) {}
