package vn.pcmt.geo;

import java.time.LocalDate;

/**
 * One version of an official administrative unit: a code valid over a period. {@code validFrom} null means
 * in force since before the earliest list PCMT holds; {@code validTo} null means still in force.
 */
public record AdminUnit(
        long id,
        String code,
        UnitLevel level,
        String name,
        String fullName,
        String nameEn,
        String unitType,
        String provinceCode,
        String districtCode,
        LocalDate validFrom,
        LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    /** The code of the unit directly above on the unit's own dates; null for a province. */
    public String parentCode() {
        return switch (level) {
            case PROVINCE -> null;
            case DISTRICT -> provinceCode;
            case COMMUNE -> districtCode != null ? districtCode : provinceCode;
        };
    }
}
