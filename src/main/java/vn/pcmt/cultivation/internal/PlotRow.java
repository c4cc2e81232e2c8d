package vn.pcmt.cultivation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A plot in a list. */
public record PlotRow(
        long id,
        String communeCode,
        String communeName,
        PlantSpecies species,
        BigDecimal areaM2,
        int plants,
        LocalDate foundOn,
        String foundBy,
        BigDecimal latitude,
        BigDecimal longitude,
        LocalDate destroyedOn,
        Long replantedFromId,
        PlotState state,
        long version) {}
