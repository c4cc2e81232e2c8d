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

    /**
     * By id alone (equal versions have the same id): figures of the country's 3,321 communes are kept in maps keyed
     * by unit, and hashing every name of every unit cost a tenth of a breakdown's time. Equality stays the record's
     * (every component), which implies the same id.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

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
